// The one merge of two rulesets: setting by setting, as the extension layers built-in <- managed <- person.
import { describe, expect, it } from 'vitest';
import { overlay } from '../../src/ruleset/layers.js';
import { DEFAULT_RULESET } from '../../src/ruleset/load.js';
import type { Ruleset } from '../../src/ruleset/types.js';

describe('overlay', () => {
  it('lays a check field over the same check and keeps the fields the upper layer leaves alone', () => {
    const base: Ruleset = { name: 'base', checks: { commitment: { enabled: true, severity: 'warning' } }, review: 'review' };
    const over: Ruleset = { name: 'over', checks: { commitment: { severity: 'error' }, 'aggressive-tone': { enabled: false } } };
    expect(overlay(base, over)).toEqual({
      name: 'over',
      checks: { commitment: { enabled: true, severity: 'error' }, 'aggressive-tone': { enabled: false } },
      review: 'review',
    });
  });

  it("replaces a check's options as one setting, as a managed lock on them does", () => {
    const base: Ruleset = { checks: { 'aggressive-tone': { options: { shouting: false, exclamations: false } } } };
    const over: Ruleset = { checks: { 'aggressive-tone': { options: { allow: ['Idiot'] } } } };
    expect(overlay(base, over).checks).toEqual({ 'aggressive-tone': { options: { allow: ['Idiot'] } } });
  });

  it('merges the sections key by key and replaces lists rather than appending to them', () => {
    const base: Ruleset = { organisation: { name: 'Ministry', aliases: ['MDS'] }, disclosurePhrases: ['a', 'b'] };
    const over: Ruleset = { organisation: { name: 'Ministry of Digital Services' }, disclosurePhrases: ['c'] };
    expect(overlay(base, over)).toEqual({ organisation: { name: 'Ministry of Digital Services', aliases: ['MDS'] }, disclosurePhrases: ['c'] });
  });

  it('ignores undefined and $schema in the upper layer and leaves both inputs untouched', () => {
    const base: Ruleset = { name: 'base', checks: { commitment: { severity: 'warning' } } };
    const over: Ruleset = { $schema: './ruleset.schema.json', name: undefined, checks: { commitment: { severity: 'error' } } };
    expect(overlay(base, over)).toEqual({ name: 'base', checks: { commitment: { severity: 'error' } } });
    expect(base.checks!.commitment.severity).toBe('warning');
    expect(over.checks!.commitment.severity).toBe('error');
  });

  it('keeps the built-in quick reference under a ruleset that sets none', () => {
    const merged = overlay(DEFAULT_RULESET, { name: 'Ministry' });
    expect(merged.quickReference).toEqual(DEFAULT_RULESET.quickReference);
    expect(merged.defaultRegion).toBe('OM');
    expect(merged.name).toBe('Ministry');
  });
});
