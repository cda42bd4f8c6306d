// The managed (enterprise policy) layer: served at once from the last good copy, then revalidated from
// storage.managed, on start-up, when the browser signals a policy change, and once more after a quiet start.
import { deepEqual } from '../shared/json.js';
import type { ManagedValues } from '../policy/keys.js';
import { readManaged } from '../policy/read.js';
import type { RulesetProblem } from '../ruleset/types.js';
import type { Ruleset } from '../ruleset/types.js';
import { STORAGE, type RulesetStatus } from '../shared/messages.js';
import { readManagedArea, type ManagedRead } from './managed-read.js';
import type { StoreDeps } from './managed-storage.js';

export interface ManagedLayer {
  /** The managed ruleset in force; undefined when nothing is managed. */
  ruleset: Ruleset | undefined;
  /** The policy values it was read from (the last good value of each key). */
  values: ManagedValues;
  /** Problems of the newest policy values; what was good before stays in force. */
  error?: NonNullable<RulesetStatus['error']>;
}

/** What STORAGE.managedCache holds. */
export interface ManagedCache {
  values: ManagedValues;
  at: number;
}

export interface ManagedSourceOptions {
  /**
   * How long an empty policy at start-up is taken for "not loaded yet" before the cached copy is dropped:
   * Chrome can publish policy seconds after the extension starts.
   */
  graceMs?: number;
  /** How long the first start waits for storage.managed when there is no cached copy to serve. */
  firstReadMs?: number;
}

export interface ManagedSource {
  /** Serves the cached copy, starts revalidating; resolves once there is something to serve. */
  start(): Promise<void>;
  current(): ManagedLayer;
  onChange(cb: (layer: ManagedLayer) => void): () => void;
  /** Reads storage.managed again and applies what changed. */
  revalidate(signalled: boolean): Promise<void>;
  stop(): void;
}

const EMPTY: ManagedLayer = { ruleset: undefined, values: {} };

export function createManagedSource(deps: StoreDeps, options: ManagedSourceOptions = {}): ManagedSource {
  const graceMs = options.graceMs ?? 10_000;
  const firstReadMs = options.firstReadMs ?? 1_500;
  let layer: ManagedLayer = EMPTY;
  let graceTimer: unknown;
  let queue: Promise<void> = Promise.resolve();
  const listeners = new Set<(layer: ManagedLayer) => void>();

  const listener = (_changes: Record<string, unknown>, area: string) => {
    if (area === 'managed') void revalidate(true);
  };

  function revalidate(signalled: boolean): Promise<void> {
    // One read at a time, in order: the last signal's read is the one that stays.
    queue = queue.then(async () => apply(await readManagedArea(deps.managed), signalled)).catch(() => undefined);
    return queue;
  }

  async function apply(read: ManagedRead, signalled: boolean): Promise<void> {
    if (read.kind === 'error') {
      const problems = [{ path: '', message: `could not read the managed settings: ${read.message}` }];
      return commit({ ...layer, error: errorOf(problems) });
    }
    if (read.kind === 'none') {
      if (layer.ruleset && !signalled) {
        // Possibly not published yet: keep the cached copy and look again once.
        if (graceTimer === undefined) {
          graceTimer = deps.setTimer(() => {
            graceTimer = undefined;
            void revalidate(true);
          }, graceMs);
        }
        return;
      }
      return commit(EMPTY);
    }
    if (graceTimer !== undefined) {
      deps.clearTimer(graceTimer);
      graceTimer = undefined;
    }
    const reading = readManaged(read.values);
    // A refused key keeps its last good value; a key that is gone is gone.
    const merged: ManagedValues = { ...reading.accepted };
    for (const key of reading.refused) if (key in layer.values) merged[key] = layer.values[key];
    const final = readManaged(merged);
    const problems = [...reading.problems, ...final.problems].filter((p, i, all) => all.findIndex((q) => deepEqual(p, q)) === i);
    const managed = Object.keys(final.accepted).length > 0;
    return commit({
      ruleset: managed ? final.ruleset : undefined,
      values: final.accepted,
      error: problems.length ? errorOf(problems) : undefined,
    });
  }

  function errorOf(problems: RulesetProblem[]): NonNullable<RulesetStatus['error']> {
    // The same problems keep the time they were first seen, so nothing looks new when nothing is.
    if (layer.error && deepEqual(layer.error.problems, problems)) return layer.error;
    return { origin: 'managed', problems, at: deps.now() };
  }

  async function commit(next: ManagedLayer): Promise<void> {
    const sameValues = deepEqual(next.values, layer.values);
    const sameError = deepEqual(next.error, layer.error);
    if (sameValues && sameError && (next.ruleset === undefined) === (layer.ruleset === undefined)) return;
    layer = next;
    for (const cb of listeners) cb(layer);
    // Written after the listeners ran: pages that watch these keys then read the new state.
    if (!sameValues) {
      if (next.ruleset) await deps.local.set({ [STORAGE.managedCache]: { values: next.values, at: deps.now() } satisfies ManagedCache });
      else await deps.local.remove(STORAGE.managedCache);
    }
    if (!sameError) await writeError(next.error);
  }

  async function writeError(error: ManagedLayer['error']): Promise<void> {
    if (error) return deps.local.set({ [STORAGE.rulesetError]: error });
    const stored = (await deps.local.get(STORAGE.rulesetError))[STORAGE.rulesetError] as { origin?: string } | undefined;
    if (stored?.origin === 'managed') await deps.local.remove(STORAGE.rulesetError); // an import's problems are not ours to clear
  }

  async function loadCache(): Promise<boolean> {
    const cache = (await deps.local.get(STORAGE.managedCache))[STORAGE.managedCache] as ManagedCache | undefined;
    if (!cache || typeof cache !== 'object' || !cache.values) return false;
    // The cache was valid when written, but this version's rules may be stricter: read it like a policy.
    const reading = readManaged(cache.values);
    if (!Object.keys(reading.accepted).length) return false;
    layer = { ruleset: reading.ruleset, values: reading.accepted };
    return true;
  }

  return {
    async start() {
      deps.onChanged.addListener(listener);
      const cached = await loadCache().catch(() => false);
      const first = revalidate(false);
      if (!cached) {
        // Nothing to serve yet: give storage.managed a moment rather than start unmanaged.
        await Promise.race([first, new Promise<void>((r) => deps.setTimer(r, firstReadMs))]);
      }
    },
    current: () => layer,
    onChange(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    revalidate,
    stop() {
      deps.onChanged.removeListener(listener);
      if (graceTimer !== undefined) deps.clearTimer(graceTimer);
      listeners.clear();
    },
  };
}
