import { type ComponentType, lazy, Suspense, useState, useSyncExternalStore } from 'react';
import { hasStoredItems, onStorageChange } from '../../session/device-storage';

// If the chunk can't load (offline), the start page simply goes without the list.
const RecentSessionsList = lazy(
  (): Promise<{ default: ComponentType }> =>
    import('./recent-sessions-list').then(
      (m) => ({ default: m.RecentSessionsList }),
      () => ({ default: () => null }),
    ),
);

/**
 * Where the start page shows recent sessions. The list is a chunk of its own, loaded only once this
 * device keeps something of the app; once shown it stays, so "forget everything" can say it is done.
 */
export function RecentSessionsSlot() {
  const stored = useSyncExternalStore(onStorageChange, hasStoredItems);
  const [shown, setShown] = useState(stored);
  if (stored && !shown) setShown(true);
  return shown ? (
    <Suspense fallback={null}>
      <RecentSessionsList />
    </Suspense>
  ) : null;
}
