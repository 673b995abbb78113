import type { ErrorSignature, ErrorSignatures } from './content-schema';

export interface ErrorMatch {
  signature: ErrorSignature;
  cause: ErrorSignature['cause'];
  /** The AADSTS code found in the text, when the match came from a code. */
  code?: number;
}

/**
 * Recognises an error the user pasted: an AADSTS code ("AADSTS53003", or the bare number when it is
 * one we know) or a known phrase. The first recognised code wins over phrases, since a code is exact.
 */
export function matchErrorText(table: ErrorSignatures, text: string | undefined): ErrorMatch | null {
  if (!text) return null;
  const codes = [...text.matchAll(/(?:AADSTS|(?<![\w-]))(\d{5,7})(?![\w-])/gi)].map((m) => Number(m[1]));
  for (const code of codes) {
    const signature = table.signatures.find((s) => s.codes?.includes(code));
    if (signature) return { signature, cause: signature.cause, code };
  }
  const folded = fold(text);
  const signature = table.signatures.find((s) => s.phrases?.some((p) => folded.includes(fold(p))));
  return signature ? { signature, cause: signature.cause } : null;
}

/** Case, curly quotes and runs of white space do not matter when comparing phrases. */
function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ');
}
