/**
 * `virtual:cause-index`: the summary fields of every cause file, so the start page can list the
 * causes without loading their full content (the wizard chunk brings that). See ADR 0004.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { CAUSE_SUMMARY_FIELDS } from '../src/engine/cause-summary-fields.ts';

const ID = 'virtual:cause-index';
const RESOLVED = `\0${ID}`;

export function causeIndexPlugin(causesDir: string): Plugin {
  return {
    name: 'cause-index',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return;
      const files = readdirSync(causesDir).filter((f) => f.endsWith('.json'));
      const summaries = files.map((file) => {
        const path = join(causesDir, file);
        this.addWatchFile(path);
        const cause = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
        return Object.fromEntries(CAUSE_SUMMARY_FIELDS.map((k) => [k, cause[k]]));
      });
      summaries.sort((a, b) => Number(a.number) - Number(b.number));
      return `export default ${JSON.stringify(summaries)};`;
    },
  };
}
