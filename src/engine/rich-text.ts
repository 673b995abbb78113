/**
 * The little markup content editors may use inside a sentence: **bold** for what to click,
 * `code` for values, and [label](https://…) for links. Anything else is plain text.
 */
export type RichToken =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'link'; text: string; href: string };

export interface RichTextProblem {
  message: string;
}

const PATTERN = /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\((https:\/\/[^\s)]+)\)/g;

export function parseRichText(source: string): RichToken[] {
  const tokens: RichToken[] = [];
  let last = 0;
  for (const m of source.matchAll(PATTERN)) {
    const index = m.index ?? 0;
    if (index > last) tokens.push({ kind: 'text', text: source.slice(last, index) });
    if (m[1] !== undefined) tokens.push({ kind: 'strong', text: m[1] });
    else if (m[2] !== undefined) tokens.push({ kind: 'code', text: m[2] });
    else if (m[3] !== undefined && m[4] !== undefined) tokens.push({ kind: 'link', text: m[3], href: m[4] });
    last = index + m[0].length;
  }
  if (last < source.length) tokens.push({ kind: 'text', text: source.slice(last) });
  return tokens;
}

/** Markup an editor left half-done: it would show up on screen as stray characters. */
export function richTextProblems(source: string): RichTextProblem[] {
  const leftover = parseRichText(source)
    .filter((t) => t.kind === 'text')
    .map((t) => t.text)
    .join('');
  const problems: RichTextProblem[] = [];
  if (leftover.includes('**')) problems.push({ message: 'has a "**" without its closing "**"' });
  if (leftover.includes('`')) problems.push({ message: 'has a "`" without its closing "`"' });
  if (/\[[^\]]*\]\(/.test(leftover)) problems.push({ message: 'has a link that is not [label](https://…)' });
  return problems;
}

/** The words a reader sees, without markup (for the plain-text case summary). */
export function plainText(source: string): string {
  return parseRichText(source)
    .map((t) => t.text)
    .join('');
}
