// Layering rulesets and recognising official accounts.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULESET, isOfficialAccount, mergeRulesets } from '../../src/engine/ruleset.js';
import type { Ruleset } from '../../src/engine/types.js';

describe('mergeRulesets', () => {
  it('merges objects key by key and lets the upper layer win', () => {
    const base: Ruleset = { name: 'base', checks: { commitment: { enabled: true, severity: 'warning' } }, review: 'review' };
    const over: Ruleset = { name: 'over', checks: { commitment: { severity: 'error' }, 'aggressive-tone': { enabled: false } } };
    expect(mergeRulesets(base, over)).toEqual({
      name: 'over',
      checks: { commitment: { enabled: true, severity: 'error' }, 'aggressive-tone': { enabled: false } },
      review: 'review',
    });
  });

  it('replaces arrays rather than appending to them', () => {
    const base: Ruleset = { disclosurePhrases: ['a', 'b'] };
    expect(mergeRulesets(base, { disclosurePhrases: ['c'] }).disclosurePhrases).toEqual(['c']);
  });

  it('ignores undefined in the upper layer and leaves both inputs untouched', () => {
    const base: Ruleset = { name: 'base', checks: { commitment: { severity: 'warning' } } };
    const over: Ruleset = { name: undefined, checks: { commitment: { severity: 'error' } } };
    expect(mergeRulesets(base, over).name).toBe('base');
    expect(base.checks!.commitment.severity).toBe('warning');
  });

  it('keeps the built-in quick reference under a ruleset that sets none', () => {
    const merged = mergeRulesets(DEFAULT_RULESET, { name: 'Ministry' });
    expect(merged.quickReference).toBe(DEFAULT_RULESET.quickReference);
    expect(merged.defaultRegion).toBe('OM');
  });
});

describe('isOfficialAccount', () => {
  const ruleset: Ruleset = { officialAccounts: [{ site: 'x.com', handle: '@OmanMDS' }] };

  it.each([
    ['x.com', '@OmanMDS', true],
    ['x.com', 'omanmds', true],
    ['twitter.com', '@OmanMDS', true],
    ['www.x.com', '@omanmds', true],
    ['facebook.com', '@OmanMDS', false],
    ['x.com', '@OmanMDS2', false],
    [undefined, '@OmanMDS', false],
  ])('%s %s -> %s', (site, account, expected) => {
    expect(isOfficialAccount(ruleset, site, account)).toBe(expected);
  });
});
