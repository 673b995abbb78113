/** Schema and rules together, over the raw files an editor changed: what the content test runs. */
import type { z } from 'zod';
import { type Cause, type Content, causeSchema, errorSignaturesSchema, flowSchema } from './content-schema';
import { CONTENT_FILES, type ContentIssue, lintContent } from './lint-content';

export interface RawContentFiles {
  flow: unknown;
  errorSignatures: unknown;
  /** Keyed by file name without ".json", which must be the cause id. */
  causes: Record<string, unknown>;
}

export function validateContent(raw: RawContentFiles): { content: Content | null; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const flow = parse(flowSchema, raw.flow, CONTENT_FILES.flow, issues);
  const errorSignatures = parse(errorSignaturesSchema, raw.errorSignatures, CONTENT_FILES.errorSignatures, issues);
  const causes: Cause[] = [];
  for (const [name, data] of Object.entries(raw.causes)) {
    const file = CONTENT_FILES.cause(name);
    const cause = parse(causeSchema, data, file, issues);
    if (!cause) continue;
    if (cause.id !== name)
      issues.push({ file, path: 'id', rule: 'file-name', message: `must match the file name "${name}"` });
    causes.push(cause);
  }
  if (!flow || !errorSignatures || issues.length > 0) return { content: null, issues };
  const content: Content = { causes, flow, errorSignatures };
  issues.push(...lintContent(content));
  return { content: issues.length === 0 ? content : null, issues };
}

export function formatIssue(i: ContentIssue): string {
  return `${i.file}${i.path ? ` → ${i.path}` : ''}: ${i.message} [${i.rule}]`;
}

function parse<T>(schema: z.ZodType<T>, data: unknown, file: string, issues: ContentIssue[]): T | null {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const e of result.error.issues) {
    issues.push({ file, path: formatPath(e.path), rule: 'schema', message: e.message });
  }
  return null;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}
