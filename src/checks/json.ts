/**
 * Graph answers reach the checks as untrusted JSON. These helpers narrow one value at a time and answer
 * `undefined` for any other shape, so a check can turn a malformed body into "could not check" instead
 * of a throw.
 */
export type JsonObject = Readonly<Record<string, unknown>>;

export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asBoolean(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function asArray(value: unknown): readonly unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

/** A list of strings; Graph sends `null` or leaves out an empty collection, both read as []. */
export function asStringList(value: unknown): string[] | undefined {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
}

/** One resource, whether or not it is wrapped in "value" (the SharePoint settings doc example is). */
export function unwrapObject(body: unknown): JsonObject | undefined {
  const object = asObject(body);
  return asObject(object?.value) ?? object;
}

/** A collection: Graph's `{"value": [...]}`, or a bare array. */
function unwrapList(body: unknown): readonly unknown[] | undefined {
  if (Array.isArray(body)) return body;
  const value = asObject(body)?.value;
  return Array.isArray(value) ? value : undefined;
}

/** Every item narrowed by `parse`, or undefined when the body is no list or any item has another shape. */
export function parseList<T>(body: unknown, parse: (item: unknown) => T | undefined): T[] | undefined {
  const items = unwrapList(body);
  if (!items) return undefined;
  const parsed: T[] = [];
  for (const item of items) {
    const value = parse(item);
    if (value === undefined) return undefined;
    parsed.push(value);
  }
  return parsed;
}

// Date.parse also accepts "1" or "May 5": only ISO 8601 date-times, as Graph writes them, are times here.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO date-time as epoch seconds. */
export function parseTime(value: unknown): number | undefined {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms / 1000;
}

/** "2026-07-01 10:12 UTC": evidence on screen, readable at a glance and the same for every viewer. */
export function formatTime(epochSeconds: number): string {
  return `${new Date(epochSeconds * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
