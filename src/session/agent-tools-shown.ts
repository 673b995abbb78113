import { useSyncExternalStore } from 'react';
import { onStorageChange, readItem, writeItem } from './device-storage';

/**
 * Whether the agent tools are open beside the wizard. Closed until someone opens them, so a partner
 * who troubleshoots alone is not handed a support script; remembered on the device, so an agent opens
 * them once.
 */
const KEY = 'agent-tools';

const isShown = () => readItem(KEY) === '1';

export function setAgentToolsShown(shown: boolean): void {
  writeItem(KEY, shown ? '1' : null);
}

export function useAgentToolsShown(): boolean {
  return useSyncExternalStore(
    (notify) =>
      onStorageChange((key) => {
        if (key === KEY || key === null) notify();
      }),
    isShown,
  );
}
