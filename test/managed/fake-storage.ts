// An in-memory stand-in for chrome.storage (local and managed areas, onChanged) and for timers.
import type { StorageChange, StorageListener, StoreDeps } from '../../src/background/managed-storage.js';

export interface FakeBrowser {
  deps: StoreDeps;
  local: Map<string, unknown>;
  /** Replaces the whole policy, as the browser does when it reloads policy, and signals it like Chrome. */
  setPolicy(values: Record<string, unknown> | undefined, opts?: { signal?: boolean }): void;
  /** Makes the next managed reads fail like this (Firefox without a policy, or a broken read). */
  failManaged(message: string | undefined): void;
  /** Runs the timers that are due after `ms` more milliseconds. */
  advance(ms: number): Promise<void>;
  managedReads: number;
}

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

export function fakeBrowser(policy?: Record<string, unknown>): FakeBrowser {
  const local = new Map<string, unknown>();
  let managed: Record<string, unknown> = clone(policy) ?? {};
  let managedFailure: string | undefined;
  const listeners = new Set<StorageListener>();
  let now = 1_000;
  let timers: Array<{ at: number; fn: () => void; id: number }> = [];
  let nextId = 1;

  const emit = (changes: Record<string, StorageChange>, area: string) => {
    for (const l of [...listeners]) l(changes, area);
  };

  const fake: FakeBrowser = {
    local,
    managedReads: 0,
    deps: {
      managed: {
        async get() {
          fake.managedReads++;
          if (managedFailure) throw new Error(managedFailure);
          return clone(managed);
        },
      },
      local: {
        async get(keys) {
          const list = keys == null ? [...local.keys()] : Array.isArray(keys) ? keys : [keys];
          return Object.fromEntries(list.filter((k) => local.has(k)).map((k) => [k, clone(local.get(k))]));
        },
        async set(items) {
          const changes: Record<string, StorageChange> = {};
          for (const [k, v] of Object.entries(items)) {
            changes[k] = { oldValue: local.get(k), newValue: clone(v) };
            local.set(k, clone(v));
          }
          emit(changes, 'local');
        },
        async remove(keys) {
          const changes: Record<string, StorageChange> = {};
          for (const k of Array.isArray(keys) ? keys : [keys]) {
            if (!local.has(k)) continue;
            changes[k] = { oldValue: local.get(k) };
            local.delete(k);
          }
          if (Object.keys(changes).length) emit(changes, 'local');
        },
      },
      onChanged: {
        addListener: (l) => void listeners.add(l),
        removeListener: (l) => void listeners.delete(l),
      },
      now: () => now,
      setTimer(fn, ms) {
        const id = nextId++;
        timers.push({ at: now + ms, fn, id });
        return id;
      },
      clearTimer(handle) {
        timers = timers.filter((t) => t.id !== handle);
      },
    },
    setPolicy(values, opts = {}) {
      const before = managed;
      managed = clone(values) ?? {};
      if (opts.signal === false) return;
      const changes: Record<string, StorageChange> = {};
      for (const k of new Set([...Object.keys(before), ...Object.keys(managed)])) {
        if (JSON.stringify(before[k]) !== JSON.stringify(managed[k])) changes[k] = { oldValue: before[k], newValue: managed[k] };
      }
      if (Object.keys(changes).length) emit(changes, 'managed');
    },
    failManaged(message) {
      managedFailure = message;
    },
    async advance(ms) {
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      for (const t of due) t.fn();
      await settle();
    },
  };
  return fake;
}

/** Lets queued promise callbacks run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
}
