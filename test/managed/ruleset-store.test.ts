import { describe, expect, it } from 'vitest';
import { createRulesetStore } from '../../src/background/ruleset-store.js';
import type { EffectiveState } from '../../src/shared/messages.js';
import { STORAGE } from '../../src/shared/messages.js';
import type { Ruleset } from '../../src/ruleset/types.js';
import { fakeBrowser, settle } from './fake-storage.js';

const builtin: Ruleset = { name: 'Built-in', version: 1, defaultRegion: 'OM', checks: {} };

const policy = {
  organisation: { name: 'Ministry of Digital Services' },
  version: '4',
  officialAccounts: [{ site: 'x.com', handle: '@MDS_Oman' }],
  'check-commitment': { enabled: true, severity: 'error' },
  'check-aggressive-tone': { enabled: true, severity: 'warning' },
  staffMayChange: ['checks.aggressive-tone'],
};

function storeOn(fake = fakeBrowser()) {
  const store = createRulesetStore(fake.deps, { builtin, graceMs: 10_000 });
  const seen: EffectiveState[] = [];
  store.onChange((s) => seen.push(s));
  return { store, seen, fake };
}

describe('ruleset store: layering', () => {
  it('serves the built-in ruleset when nothing is managed or chosen', async () => {
    const { store } = storeOn();
    expect(await store.get()).toEqual({ ruleset: { name: 'Built-in', version: 1, defaultRegion: 'OM' }, status: { source: 'builtin', version: 1, locked: [] } });
  });

  it('serves the managed ruleset with its organisation, version and locks', async () => {
    const { store } = storeOn(fakeBrowser(policy));
    const { ruleset, status } = await store.get();
    expect(status).toEqual({
      source: 'managed',
      organisation: 'Ministry of Digital Services',
      version: 4,
      locked: [
        'checks.commitment.enabled', 'checks.commitment.severity', 'officialAccounts', 'organisation.name',
        'staffMayChange', 'version',
      ],
    });
    expect(ruleset.officialAccounts).toEqual([{ site: 'x.com', handle: '@MDS_Oman' }]);
    expect(ruleset.defaultRegion).toBe('OM');
  });

  it('keeps a locked check on when the person turns it off, and applies an unlocked choice', async () => {
    const fake = fakeBrowser(policy);
    fake.local.set(STORAGE.userRuleset, { checks: { commitment: { enabled: false }, 'aggressive-tone': { enabled: false } } });
    const { store } = storeOn(fake);
    const { ruleset } = await store.get();
    expect(ruleset.checks?.commitment).toEqual({ enabled: true, severity: 'error' });
    expect(ruleset.checks?.['aggressive-tone']).toEqual({ enabled: false, severity: 'warning' });
  });

  it('follows the person’s choices as they are saved', async () => {
    const { store, seen, fake } = storeOn();
    await store.get();
    await fake.deps.local.set({ [STORAGE.userRuleset]: { review: 'block' } });
    expect(seen.at(-1)?.ruleset.review).toBe('block');
    expect(seen.at(-1)?.status.source).toBe('user');
  });

  it('keeps a choice saved while its start-up read is still pending', async () => {
    const fake = fakeBrowser();
    fake.local.set(STORAGE.userRuleset, { review: 'off' });
    const { store } = storeOn(fake);
    // The start-up read has already taken its (now stale) copy; this save lands before it resolves.
    await fake.deps.local.set({ [STORAGE.userRuleset]: { review: 'block' } });
    expect((await store.get()).ruleset.review).toBe('block');
  });

  it('leaves out a saved personal ruleset that is no longer valid and says why', async () => {
    const fake = fakeBrowser();
    fake.local.set(STORAGE.userRuleset, { review: 'sometimes' });
    const { store } = storeOn(fake);
    const { ruleset, status } = await store.get();
    expect(ruleset.review).toBeUndefined();
    expect(status.source).toBe('builtin');
    expect(status.error?.origin).toBe('import');
    expect(status.error?.problems.map((p) => p.path)).toEqual(['/review']);
  });
});

describe('ruleset store: cache and revalidation', () => {
  it('serves the cached managed ruleset at once when policy is not published yet, then keeps it when it arrives', async () => {
    const first = fakeBrowser(policy);
    await storeOn(first).store.get();
    await settle();
    const cache = first.local.get(STORAGE.managedCache);
    expect(cache).toEqual({ values: policy, at: 1_000 });

    const restart = fakeBrowser();
    restart.local.set(STORAGE.managedCache, cache);
    const { store, seen } = storeOn(restart);
    expect((await store.get()).status.organisation).toBe('Ministry of Digital Services');
    restart.setPolicy(policy);
    await settle();
    expect(seen).toEqual([]); // nothing changed, nothing announced
  });

  it('drops the cached copy when policy is still empty after the grace period', async () => {
    const fake = fakeBrowser();
    fake.local.set(STORAGE.managedCache, { values: policy, at: 1 });
    const { store, seen } = storeOn(fake);
    expect((await store.get()).status.source).toBe('managed');
    await fake.advance(9_000);
    expect(seen).toEqual([]);
    await fake.advance(1_000);
    expect(seen.at(-1)?.status).toEqual({ source: 'builtin', version: 1, locked: [] });
    expect(fake.local.has(STORAGE.managedCache)).toBe(false);
  });

  it('takes up a policy published seconds after start', async () => {
    const { store, seen, fake } = storeOn();
    expect((await store.get()).status.source).toBe('builtin');
    fake.setPolicy(policy);
    await settle();
    expect(seen.at(-1)?.status.organisation).toBe('Ministry of Digital Services');
    expect(fake.local.get(STORAGE.managedCache)).toEqual({ values: policy, at: 1_000 });
  });

  it('applies a policy change while running and drops the layer when the policy is removed', async () => {
    const { store, seen, fake } = storeOn(fakeBrowser(policy));
    await store.get();
    fake.setPolicy({ ...policy, 'check-commitment': { enabled: true, severity: 'warning' } });
    await settle();
    expect(seen.at(-1)?.ruleset.checks?.commitment).toEqual({ enabled: true, severity: 'warning' });
    fake.setPolicy(undefined);
    await settle();
    expect(seen.at(-1)?.status.source).toBe('builtin');
    expect(seen.at(-1)?.ruleset.checks).toBeUndefined();
  });

  it('keeps the last good value of a key that turns invalid, keeps the valid keys beside it, and shows the problem', async () => {
    const { store, seen, fake } = storeOn(fakeBrowser(policy));
    await store.get();
    fake.setPolicy({
      ...policy,
      'check-commitment': { enabled: 'no' },
      officialAccounts: [{ site: 'x.com', handle: '@MDS_Help' }],
    });
    await settle();
    const last = seen.at(-1)!;
    expect(last.ruleset.checks?.commitment).toEqual({ enabled: true, severity: 'error' });
    expect(last.ruleset.officialAccounts).toEqual([{ site: 'x.com', handle: '@MDS_Help' }]);
    expect(last.status.error).toEqual({
      origin: 'managed',
      problems: [{ path: '/check-commitment/enabled', message: 'must be true or false' }],
      at: 1_000,
    });
    expect(fake.local.get(STORAGE.rulesetError)).toEqual(last.status.error);
    expect(fake.local.get(STORAGE.managedCache)).toMatchObject({ values: { 'check-commitment': { enabled: true, severity: 'error' } } });

    fake.setPolicy(policy);
    await settle();
    expect(seen.at(-1)?.status.error).toBeUndefined();
    expect(fake.local.has(STORAGE.rulesetError)).toBe(false);
  });

  it('does not switch checks off when the policy cannot be read, and says so', async () => {
    const { store, seen, fake } = storeOn(fakeBrowser(policy));
    await store.get();
    fake.failManaged('IO error');
    fake.setPolicy({ review: 'off' }); // the browser signals a change, then the read fails
    await settle();
    const last = seen.at(-1)!;
    expect(last.status.source).toBe('managed');
    expect(last.ruleset.checks?.commitment).toEqual({ enabled: true, severity: 'error' });
    expect(last.status.error?.problems).toEqual([{ path: '', message: 'could not read the managed settings: IO error' }]);
  });

  it('treats Firefox’s refusal to read an absent policy as no policy', async () => {
    const fake = fakeBrowser();
    fake.failManaged('Managed storage manifest not found');
    const { store } = storeOn(fake);
    const { status } = await store.get();
    expect(status).toEqual({ source: 'builtin', version: 1, locked: [] });
  });

  it('refuses an entirely invalid first policy and stays on the built-in ruleset with the problems shown', async () => {
    const { store } = storeOn(fakeBrowser({ authorisedToCommit: 'yes' }));
    const { status, ruleset } = await store.get();
    expect(status.source).toBe('builtin');
    expect(ruleset).toEqual({ name: 'Built-in', version: 1, defaultRegion: 'OM' });
    expect(status.error?.problems).toEqual([{ path: '/authorisedToCommit', message: 'must be true or false' }]);
  });
});
