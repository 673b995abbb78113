import { useSyncExternalStore } from 'react';

/**
 * "Hide tenant details" for the report, shared by every report panel on the page so the preview, the
 * copy, the downloads and the printed page always agree. In memory: each session starts unhidden.
 */
let hidden = false;
const listeners = new Set<() => void>();

export function setHideDetails(value: boolean): void {
  hidden = value;
  for (const listener of listeners) listener();
}

export function useHideDetails(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => hidden,
  );
}
