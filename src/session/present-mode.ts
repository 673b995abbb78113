import { useEffect, useSyncExternalStore } from 'react';
import { onStorageChange, readItem, writeItem } from './device-storage';

/**
 * Screen-share mode: bigger type, one instruction at a time, tenant details hidden. Turned on by the
 * toggle (remembered on this device, in every tab) or by a link with `?present=1`.
 */
const KEY = 'present';

if (new URLSearchParams(window.location.search).get('present') === '1') writeItem(KEY, '1');

export const readPresentMode = () => readItem(KEY) === '1';

export function setPresentMode(on: boolean): void {
  writeItem(KEY, on ? '1' : null);
}

export function usePresentMode(): boolean {
  const on = useSyncExternalStore(
    (notify) =>
      onStorageChange((key) => {
        if (key === KEY || key === null) notify();
      }),
    readPresentMode,
  );
  // Bigger type everywhere comes from the root font size (see styles.css).
  useEffect(() => {
    document.documentElement.toggleAttribute('data-present', on);
  }, [on]);
  return on;
}
