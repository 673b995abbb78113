import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAUSE_IDS } from '../engine/cause-ids';
import { formatIssue, validateContent } from '../engine/validate-content';
import { content } from './index';

const dir = import.meta.dirname;
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const causeFiles = readdirSync(join(dir, 'causes')).filter((f) => f.endsWith('.json'));
const raw = {
  flow: readJson('flow.json'),
  errorSignatures: readJson('error-signatures.json'),
  causes: Object.fromEntries(causeFiles.map((f) => [f.replace(/\.json$/, ''), readJson(join('causes', f))])),
};

describe('troubleshooting content', () => {
  const { issues } = validateContent(raw);

  // One test per file, so a failure names the file an editor has to fix.
  it.each([
    'src/content/flow.json',
    'src/content/error-signatures.json',
    ...causeFiles.map((f) => `src/content/causes/${f}`),
  ])('%s is valid', (file) => {
    const mine = issues.filter((i) => i.file === file).map(formatIssue);
    expect(mine, mine.join('\n')).toEqual([]);
  });

  it('has a file for each of the seven causes and nothing else', () => {
    expect(causeFiles.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...CAUSE_IDS].sort());
    const orphans = issues.filter((i) => !i.file.startsWith('src/content/')).map(formatIssue);
    expect(orphans).toEqual([]);
  });

  it('is what the app imports', () => {
    const byId = (id: string) => content.causes.find((c) => c.id === id);
    for (const id of CAUSE_IDS) expect(byId(id)).toEqual(raw.causes[id]);
    expect(content.flow).toEqual(raw.flow);
    expect(content.errorSignatures).toEqual(raw.errorSignatures);
  });
});
