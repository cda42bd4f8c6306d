import { describe, expect, it } from 'vitest';
import { layerRulesets } from '../../src/ruleset/layers.js';
import { isLocked, lockedPaths } from '../../src/ruleset/locks.js';
import { fromUnits, unitsOf } from '../../src/ruleset/units.js';
import type { Ruleset } from '../../src/ruleset/types.js';

const builtin: Ruleset = { name: 'Built-in', version: 1, defaultRegion: 'OM', checks: { commitment: { severity: 'info' } } };

const managed: Ruleset = {
  name: 'Ministry rules',
  organisation: { name: 'Ministry of Digital Services', aliases: ['MDS'] },
  officialAccounts: [{ site: 'x.com', handle: '@MDS_Oman' }],
  checks: {
    commitment: { enabled: true, severity: 'error' },
    'aggressive-tone': { enabled: true, severity: 'warning' },
  },
  customRules: [{ id: 'no-tender-talk', phrases: ['tender award'], message: 'Not yet public.', severity: 'error' }],
  sites: { forums: ['forum.example.om'] },
  review: 'review',
  staffMayChange: ['checks.aggressive-tone', 'review'],
};

describe('units', () => {
  it('splits checks per field and sections per key, and builds the same ruleset back', () => {
    const units = unitsOf(managed);
    expect([...units.keys()].sort()).toEqual([
      'checks.aggressive-tone.enabled', 'checks.aggressive-tone.severity', 'checks.commitment.enabled',
      'checks.commitment.severity', 'customRules', 'name', 'officialAccounts', 'organisation.aliases',
      'organisation.name', 'review', 'sites.forums', 'staffMayChange',
    ]);
    expect(fromUnits(units)).toEqual(managed);
  });
});

describe('locks', () => {
  it('locks everything the managed ruleset sets except what staff may change', () => {
    expect(lockedPaths(managed)).toEqual([
      'checks.commitment.enabled', 'checks.commitment.severity', 'customRules', 'name', 'officialAccounts',
      'organisation.aliases', 'organisation.name', 'sites.forums', 'staffMayChange',
    ]);
  });

  it('answers for a whole check, a field, and something inside a field', () => {
    const locked = lockedPaths(managed);
    expect(isLocked(locked, 'checks.commitment')).toBe(true);
    expect(isLocked(locked, 'checks.commitment.enabled')).toBe(true);
    expect(isLocked(locked, 'organisation.aliases.0')).toBe(true);
    expect(isLocked(locked, 'checks.aggressive-tone')).toBe(false);
    expect(isLocked(locked, 'checks.aggressive-tone.enabled')).toBe(false);
    expect(isLocked(locked, 'checks.personal-details')).toBe(false);
    expect(isLocked(locked, 'review')).toBe(false);
  });

  it('locks nothing without a managed layer', () => {
    expect(layerRulesets(builtin, undefined, { review: 'off' }).locked).toEqual([]);
  });
});

describe('layerRulesets', () => {
  it('lays managed over built-in, field by field within a check', () => {
    const { ruleset } = layerRulesets(builtin, { checks: { 'personal-details': { enabled: false } } });
    expect(ruleset.checks).toEqual({ commitment: { severity: 'info' }, 'personal-details': { enabled: false } });
    expect(ruleset.defaultRegion).toBe('OM');
  });

  it('keeps a locked check on when the person turns it off, and says so', () => {
    const user: Ruleset = { checks: { commitment: { enabled: false } } };
    const { ruleset, overridden } = layerRulesets(builtin, managed, user);
    expect(ruleset.checks?.commitment).toEqual({ enabled: true, severity: 'error' });
    expect(overridden).toEqual(['checks.commitment.enabled']);
  });

  it('lets the person change a default the manager left to staff', () => {
    const user: Ruleset = { checks: { 'aggressive-tone': { enabled: false } }, review: 'off' };
    const { ruleset, overridden } = layerRulesets(builtin, managed, user);
    expect(ruleset.checks?.['aggressive-tone']).toEqual({ enabled: false, severity: 'warning' });
    expect(ruleset.review).toBe('off');
    expect(overridden).toEqual([]);
  });

  it('lets the person set what the manager did not set', () => {
    const user: Ruleset = { checks: { commitment: { options: { extra: ['promise'] } } }, defaultRegion: 'AE' };
    const { ruleset } = layerRulesets(builtin, managed, user);
    expect(ruleset.checks?.commitment).toEqual({ enabled: true, severity: 'error', options: { extra: ['promise'] } });
    expect(ruleset.defaultRegion).toBe('AE');
  });

  it('keeps the locked official accounts and organisation whatever the person sets', () => {
    const user: Ruleset = {
      officialAccounts: [],
      organisation: { name: 'Someone else' },
    };
    const { ruleset, overridden } = layerRulesets(builtin, managed, user);
    expect(ruleset.officialAccounts).toEqual([{ site: 'x.com', handle: '@MDS_Oman' }]);
    expect(ruleset.organisation).toEqual({ name: 'Ministry of Digital Services', aliases: ['MDS'] });
    expect(overridden).toEqual(['officialAccounts', 'organisation.name']);
  });

  it('adds the person’s own rules and forums to locked lists without losing the manager’s', () => {
    const user: Ruleset = {
      customRules: [
        { id: 'no-tender-talk', words: ['x'], message: 'mine', severity: 'info' },
        { id: 'my-own', words: ['rumour'], message: 'Check before sharing.', severity: 'warning' },
      ],
      sites: { forums: ['forum.example.om', 'talk.example.org'], mastodon: ['mastodon.example.om'] },
    };
    const { ruleset, overridden } = layerRulesets(builtin, managed, user);
    expect(ruleset.customRules?.map((r) => [r.id, r.message])).toEqual([
      ['no-tender-talk', 'Not yet public.'],
      ['my-own', 'Check before sharing.'],
    ]);
    expect(ruleset.sites).toEqual({ forums: ['forum.example.om', 'talk.example.org'], mastodon: ['mastodon.example.om'] });
    expect(overridden).toEqual([]);
  });

  it('never takes staffMayChange from the person when managed', () => {
    const { ruleset, locked, overridden } = layerRulesets(builtin, managed, { staffMayChange: ['checks'] });
    expect(ruleset.staffMayChange).toEqual(['checks.aggressive-tone', 'review']);
    expect(locked).toContain('checks.commitment.enabled');
    expect(overridden).toEqual(['staffMayChange']);
  });

  it('unlocks every check when the manager lists "checks"', () => {
    const open = { ...managed, staffMayChange: ['checks'] };
    const { ruleset, locked } = layerRulesets(builtin, open, { checks: { commitment: { severity: 'info' } } });
    expect(ruleset.checks?.commitment).toEqual({ enabled: true, severity: 'info' });
    expect(locked.filter((l) => l.startsWith('checks.'))).toEqual([]);
  });

  it('does not report a person’s setting as overridden when it equals the manager’s', () => {
    const { overridden } = layerRulesets(builtin, managed, { checks: { commitment: { severity: 'error' } } });
    expect(overridden).toEqual([]);
  });
});
