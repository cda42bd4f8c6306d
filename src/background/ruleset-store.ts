// The effective ruleset and its status: built-in <- managed <- the person's own choices, kept current as either changes.
import { DEFAULT_RULESET } from '../ruleset/load.js';
import { deepEqual } from '../shared/json.js';
import { layerRulesets } from '../ruleset/layers.js';
import { validateRuleset } from '../ruleset/validate.js';
import type { Ruleset } from '../ruleset/types.js';
import { STORAGE, type EffectiveState, type RulesetStatus } from '../shared/messages.js';
import { createManagedSource, type ManagedSourceOptions } from './managed-source.js';
import { browserStorageDeps, type StorageChange, type StoreDeps } from './managed-storage.js';

export interface RulesetStore {
  get(): Promise<EffectiveState>;
  onChange(cb: (s: EffectiveState) => void): () => void;
}

export interface RulesetStoreOptions extends ManagedSourceOptions {
  builtin?: Ruleset;
}

export function createRulesetStore(deps: StoreDeps = browserStorageDeps(), options: RulesetStoreOptions = {}): RulesetStore {
  const builtin = options.builtin ?? DEFAULT_RULESET;
  const managed = createManagedSource(deps, options);
  const listeners = new Set<(s: EffectiveState) => void>();
  let user: Ruleset | undefined;
  let userError: RulesetStatus['error'];
  // A change seen while the start-up read is pending is newer than what that read returns.
  let userChangedDuringStart = false;
  let state: EffectiveState = compute();

  function setUser(value: unknown): void {
    if (value === undefined || value === null) {
      user = undefined;
      userError = undefined;
      return;
    }
    const problems = validateRuleset(value);
    // Saved only after validation, so this is an older or hand-edited copy: leave it out, say why.
    user = problems.length ? undefined : (value as Ruleset);
    userError = problems.length ? { origin: 'import', problems, at: deps.now() } : undefined;
  }

  function compute(): EffectiveState {
    const layer = managed.current();
    const { ruleset, locked } = layerRulesets(builtin, layer.ruleset, user);
    const hasUser = user !== undefined && Object.keys(user).length > 0;
    const status: RulesetStatus = {
      source: layer.ruleset ? 'managed' : hasUser ? 'user' : 'builtin',
      locked,
    };
    if (ruleset.organisation?.name) status.organisation = ruleset.organisation.name;
    if (ruleset.version !== undefined) status.version = ruleset.version;
    const error = layer.error ?? userError;
    if (error) status.error = error;
    return { ruleset, status };
  }

  function recompute(): void {
    const next = compute();
    if (deepEqual(next, state)) return;
    state = next;
    for (const cb of listeners) cb(state);
  }

  const onStorage = (changes: Record<string, StorageChange>, area: string) => {
    if (area !== 'local' || !(STORAGE.userRuleset in changes)) return;
    userChangedDuringStart = true;
    setUser(changes[STORAGE.userRuleset].newValue);
    recompute();
  };

  const ready = (async () => {
    managed.onChange(recompute);
    deps.onChanged.addListener(onStorage);
    const [stored] = await Promise.all([
      deps.local.get(STORAGE.userRuleset).then((r) => r[STORAGE.userRuleset]).catch(() => undefined),
      managed.start(),
    ]);
    if (!userChangedDuringStart) setUser(stored);
    state = compute(); // the first state is what get() answers, not a change
  })();

  return {
    async get() {
      await ready;
      return state;
    },
    onChange(cb) {
      listeners.add(cb);
      return () => {
        listeners.delete(cb);
      };
    },
  };
}
