import { describe, expect, it } from 'vitest';
import { createRulesetStore } from '../../src/background/ruleset-store.js';
import { layerRulesets } from '../../src/ruleset/layers.js';
import { isLocked, PAUSE_LOCK } from '../../src/ruleset/locks.js';
import { readManaged } from '../../src/policy/read.js';
import { managedKeys, rulesetToManaged } from '../../src/policy/keys.js';
import { validateRuleset } from '../../src/ruleset/validate.js';
import type { Ruleset } from '../../src/ruleset/types.js';
import { STORAGE } from '../../src/shared/messages.js';
import { fakeBrowser } from './fake-storage.js';

const builtin: Ruleset = { name: 'Built-in', version: 1 };

describe('allowPause in a ruleset and in policy', () => {
  it('is a boolean a ruleset file may carry', () => {
    expect(validateRuleset({ allowPause: false })).toEqual([]);
    expect(validateRuleset({ allowPause: 'no' })).toEqual([{ path: '/allowPause', message: 'must be true or false' }]);
  });
  it('is its own managed key, read back as the same ruleset part', () => {
    expect(managedKeys()).toContain('allowPause');
    expect(rulesetToManaged({ allowPause: false, review: 'block' })).toEqual({ allowPause: false, review: 'block' });
    expect(readManaged({ allowPause: false }).ruleset).toEqual({ allowPause: false });
  });
  it('refuses a policy value of the wrong type and keeps the keys beside it', () => {
    const reading = readManaged({ allowPause: 'never', review: 'block' });
    expect(reading.refused).toEqual(['allowPause']);
    expect(reading.ruleset).toEqual({ review: 'block' });
  });
});

describe('the pause lock when layering', () => {
  it('locks pausing when the managed ruleset sets allowPause false', () => {
    const { ruleset, locked } = layerRulesets(builtin, { allowPause: false });
    expect(locked).toEqual(['allowPause', PAUSE_LOCK]);
    expect(isLocked(locked, 'pause')).toBe(true);
    expect(ruleset.allowPause).toBe(false);
  });
  it('keeps the lock whatever the person sets, and says their setting was left out', () => {
    const { ruleset, locked, overridden } = layerRulesets(builtin, { allowPause: false }, { allowPause: true });
    expect(isLocked(locked, 'pause')).toBe(true);
    expect(ruleset.allowPause).toBe(false);
    expect(overridden).toEqual(['allowPause']);
  });
  it('does not lock pausing when the manager allows it, leaves it to staff, or says nothing', () => {
    expect(layerRulesets(builtin, { allowPause: true }).locked).toEqual(['allowPause']);
    expect(layerRulesets(builtin, { allowPause: false, staffMayChange: ['allowPause'] }).locked).toEqual(['staffMayChange']);
    expect(layerRulesets(builtin, { review: 'block' }).locked).toEqual(['review']);
  });
  it('never locks pausing from the person’s own layer', () => {
    const { ruleset, locked } = layerRulesets(builtin, undefined, { allowPause: false });
    expect(ruleset.allowPause).toBe(false);
    expect(locked).toEqual([]);
  });
});

describe('the ruleset store reports the pause lock', () => {
  it('lists "pause" in status.locked for a policy with allowPause false', async () => {
    const fake = fakeBrowser({ allowPause: false, organisation: { name: 'Ministry of Health' } });
    fake.local.set(STORAGE.userRuleset, { allowPause: true });
    const store = createRulesetStore(fake.deps, { builtin, graceMs: 10_000 });
    const { ruleset, status } = await store.get();
    expect(status.locked).toEqual(['allowPause', 'organisation.name', 'pause']);
    expect(ruleset.allowPause).toBe(false);
  });
  it('has no pause lock without a policy', async () => {
    const store = createRulesetStore(fakeBrowser().deps, { builtin, graceMs: 10_000 });
    expect((await store.get()).status.locked).toEqual([]);
  });
});
