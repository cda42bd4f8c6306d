// The parts of the browser's storage API the ruleset store uses, so tests can hand it in-memory ones.

export interface ReadableArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
}

export interface WritableArea extends ReadableArea {
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export type StorageListener = (changes: Record<string, StorageChange>, areaName: string) => void;

export interface StorageEvents {
  addListener(listener: StorageListener): void;
  removeListener(listener: StorageListener): void;
}

export interface StoreDeps {
  managed: ReadableArea;
  local: WritableArea;
  onChanged: StorageEvents;
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

interface StorageNamespace {
  managed: ReadableArea;
  local: WritableArea;
  onChanged: StorageEvents;
}

/** Firefox's `browser` when present (promise-based everywhere), else Chrome's `chrome`. */
export function browserStorageDeps(): StoreDeps {
  const g = globalThis as unknown as { browser?: { storage?: StorageNamespace }; chrome?: { storage?: StorageNamespace } };
  const storage = g.browser?.storage ?? g.chrome?.storage;
  if (!storage) throw new Error('no extension storage API here');
  return {
    managed: storage.managed,
    local: storage.local,
    onChanged: storage.onChanged,
    now: () => Date.now(),
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
}
