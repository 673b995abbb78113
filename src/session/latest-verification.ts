import { useSyncExternalStore } from 'react';
import type { CauseVerdict } from '../checks/types';

/**
 * The last verification's findings, in memory only (never in storage or in a link): the board and the
 * verdict notes on cause pages read them. Sign-out and closing the tab forget them.
 */
export interface LatestVerification {
  verdicts: CauseVerdict[];
  /** "Sample data: …" when the demo tenant answered. */
  sampleTitle: string | null;
}

let latest: LatestVerification | null = null;
const listeners = new Set<() => void>();

export function setLatestVerification(value: LatestVerification | null): void {
  latest = value;
  for (const listener of listeners) listener();
}

export function useLatestVerification(): LatestVerification | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => latest,
  );
}
