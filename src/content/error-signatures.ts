import type { ErrorSignatures } from '../engine/content-schema';

let loaded: Promise<ErrorSignatures> | null = null;

/** The error signatures, loaded once, when the start page first needs them (they are not in the first load). */
export function loadErrorSignatures(): Promise<ErrorSignatures> {
  loaded ??= import('./error-signatures.json').then((m) => m.default as unknown as ErrorSignatures);
  return loaded;
}
