/**
 * For the session modules' unit tests (which run in Node, without a DOM): an in-memory localStorage
 * that can be made to refuse (blocked, or full), and a `window` that carries `storage` events.
 */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  /** 'blocked': every call throws (cookies blocked); 'full': writes throw (quota exceeded). */
  refuse: 'blocked' | 'full' | null = null;

  get length(): number {
    this.check('read');
    return this.items.size;
  }
  key(index: number): string | null {
    this.check('read');
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    this.check('read');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.check('write');
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.check('remove');
    this.items.delete(key);
  }
  clear(): void {
    this.check('remove');
    this.items.clear();
  }
  /** Every key and value, to assert on without going through the refusals. */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.items);
  }

  private check(kind: 'read' | 'write' | 'remove') {
    if (this.refuse === 'blocked') throw new DOMException('The operation is insecure.', 'SecurityError');
    if (this.refuse === 'full' && kind === 'write') throw new DOMException('Quota exceeded', 'QuotaExceededError');
  }
}

export interface FakeBrowser {
  storage: MemoryStorage;
  /** What another tab's write looks like here: a `storage` event (with the full key, prefix included). */
  otherTabWrote: (key: string | null) => void;
  /** Makes even reaching `localStorage` throw, as browsers do when site data is blocked. */
  blockAccess: () => void;
  restore: () => void;
}

export function installFakeBrowser(search = ''): FakeBrowser {
  const storage = new MemoryStorage();
  const win = Object.assign(new EventTarget(), { location: { search } });
  const g = globalThis as Record<string, unknown>;
  const before = {
    window: Object.getOwnPropertyDescriptor(globalThis, 'window'),
    localStorage: Object.getOwnPropertyDescriptor(globalThis, 'localStorage'),
  };
  Object.defineProperty(globalThis, 'window', { value: win, configurable: true, writable: true });
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true, writable: true });
  return {
    storage,
    otherTabWrote: (key) =>
      win.dispatchEvent(Object.assign(new Event('storage'), { key, storageArea: storage, newValue: null })),
    blockAccess: () =>
      Object.defineProperty(globalThis, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      }),
    restore: () => {
      for (const name of ['window', 'localStorage'] as const) {
        const d = before[name];
        if (d) Object.defineProperty(globalThis, name, d);
        else delete g[name];
      }
    },
  };
}
