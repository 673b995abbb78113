/**
 * The only place that touches localStorage: the few things kept on this device (screen-share mode,
 * recent sessions, the agent's notes), all under one prefix so "forget everything" can find them.
 * Storage can be blocked or full: then what could not be stored is kept for this page only (so a note
 * being typed or screen-share mode still work until the page closes), and nothing breaks.
 */
const PREFIX = '401-troubleshooter.';

/** Writes that storage refused, by key (null: removed), read back before storage. */
const unsaved = new Map<string, string | null>();

export function readItem(key: string): string | null {
  if (unsaved.has(key)) return unsaved.get(key) ?? null;
  try {
    return localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

export function writeItem(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, value);
    unsaved.delete(key);
  } catch {
    // Blocked or full: remembered on this page only.
    unsaved.set(key, value);
  }
  for (const listener of [...listeners]) listener(key);
}

export function readJson<T>(key: string, valid: (v: unknown) => v is T, fallback: T): T {
  const raw = readItem(key);
  if (raw === null) return fallback;
  try {
    const value: unknown = JSON.parse(raw);
    return valid(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

/** Removes everything this app keeps on the device. */
export function forgetEverything(): void {
  unsaved.clear();
  try {
    const ours: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(PREFIX)) ours.push(key);
    }
    for (const key of ours) localStorage.removeItem(key);
  } catch {
    // Nothing could be stored either.
  }
  for (const listener of [...listeners]) listener(null);
}

/** Whether this app keeps anything on the device (for the start page, before it loads the list). */
export function hasStoredItems(): boolean {
  if ([...unsaved.values()].some((v) => v !== null)) return true;
  try {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(PREFIX)) return true;
  } catch {
    // Blocked: nothing stored.
  }
  return false;
}

type Listener = (key: string | null) => void;
const listeners = new Set<Listener>();

/** Calls back when a key changes here or in another tab (null: everything changed). */
export function onStorageChange(listener: Listener): () => void {
  listeners.add(listener);
  const fromOtherTab = (e: StorageEvent) => {
    if (e.key === null) listener(null);
    else if (e.key.startsWith(PREFIX)) listener(e.key.slice(PREFIX.length));
  };
  window.addEventListener('storage', fromOtherTab);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', fromOtherTab);
  };
}
