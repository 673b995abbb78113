/**
 * `virtual:content-index`: what the start page needs from the content, and nothing more (ADR 0004):
 * each cause's summary fields and, of flow.json, the walking orders and the kinds of change. Editors
 * keep one file per cause; the wizard chunk brings the rest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { CAUSE_SUMMARY_FIELDS, FLOW_INDEX_FIELDS } from '../src/engine/cause-summary-fields.ts';

const ID = 'virtual:content-index';
const RESOLVED = `\0${ID}`;

export function contentIndexPlugin(contentDir: string): Plugin {
  return {
    name: 'content-index',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return;
      const read = (path: string) => {
        this.addWatchFile(path);
        return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      };
      const causesDir = join(contentDir, 'causes');
      const causes = readdirSync(causesDir)
        .filter((f) => f.endsWith('.json'))
        .map((file) => pick(read(join(causesDir, file)), CAUSE_SUMMARY_FIELDS))
        .sort((a, b) => Number(a.number) - Number(b.number));
      const flow = pick(read(join(contentDir, 'flow.json')), FLOW_INDEX_FIELDS);
      return `export const causes = ${JSON.stringify(causes)};\nexport const flow = ${JSON.stringify(flow)};`;
    },
  };
}

function pick(source: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((k) => [k, source[k]]));
}
