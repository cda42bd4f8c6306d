import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer.js';
import { loadRuleset } from '../ruleset/load.js';
import type { Finding } from '../engine/types.js';
import { composerState, sanitiseComposerState, summariseFindings } from './composer-state.js';
import type { ComposerState } from './messages.js';

/** Written for this test: a phone number, an email address, an insult and a dated undertaking, in English and Arabic. */
const DRAFT =
  'Ring me tonight on +968 9234 5678 or write to salim.harthi@example.om. You idiot, we will repair the portal by Sunday. ' +
  'اتصل بي على 92345678 يا غبي';

const facts = { site: 'x.com', account: '@MDS_Staff', capacity: 'personal', capacitySource: 'person' } as const;

function analyse(): Finding[] {
  return createAnalyzer(loadRuleset()).analyze(DRAFT, { capacity: 'personal', site: 'x.com' });
}

describe('the state a tab reports about its draft', () => {
  it('keeps every open finding as its check, rule and severity, and nothing else', () => {
    const found = analyse();
    const state = composerState(facts, found);
    expect(state.findings).toEqual(found.map((f) => ({ check: f.check, rule: f.rule, severity: f.severity })));
    expect(state.findings.map((f) => `${f.check}/${f.rule}`)).toEqual(
      expect.arrayContaining(['personal-details/phone', 'personal-details/email', 'aggressive-tone/insult']),
    );
    for (const f of state.findings) expect(Object.keys(f).sort()).toEqual(['check', 'rule', 'severity']);
    expect(Object.keys(state).sort()).toEqual(['account', 'capacity', 'capacitySource', 'findings', 'paused', 'site']);
  });

  it('contains no word or number of the draft, though the findings quote them', () => {
    const found = analyse();
    expect(found.some((f) => f.message.includes('9234'))).toBe(true); // the messages do quote the draft
    const sent = JSON.stringify(composerState(facts, found));
    const words = DRAFT.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
    expect(words.length).toBeGreaterThan(15);
    for (const word of words) expect(sent.toLowerCase()).not.toContain(word.toLowerCase());
    for (const digits of ['968', '9234', '5678', '92345678']) expect(sent).not.toContain(digits);
  });
});

describe('sanitiseComposerState (background side)', () => {
  it('drops a message, offsets and unknown fields an older content script might still send', () => {
    const dirty = {
      site: 'x.com',
      capacity: 'official',
      capacitySource: 'ruleset',
      paused: false,
      draft: 'secret words',
      findings: [{ check: 'personal-details', rule: 'phone', severity: 'error', message: 'Phone number: 9123 4567', start: 3, end: 12 }],
    } as unknown as ComposerState;
    expect(sanitiseComposerState(dirty)).toEqual({
      site: 'x.com',
      capacity: 'official',
      capacitySource: 'ruleset',
      paused: false,
      findings: [{ check: 'personal-details', rule: 'phone', severity: 'error' }],
    });
  });

  it('refuses what is not a report, and findings or capacities that are not ours', () => {
    expect(sanitiseComposerState(null)).toBeNull();
    expect(sanitiseComposerState({} as ComposerState)).toBeNull();
    const odd = { site: 's', capacity: 'boss', capacitySource: 'guess', paused: 'yes', findings: [{ check: 'c', rule: 'r', severity: 'fatal' }] };
    expect(sanitiseComposerState(odd as unknown as ComposerState)).toEqual({ site: 's', capacity: 'unknown', capacitySource: 'unknown', paused: false, findings: [] });
  });

  it('summarises findings by copying the three fields by name', () => {
    expect(summariseFindings([{ check: 'commitment', rule: 'deadline', severity: 'warning', message: 'x' } as Finding])).toEqual([
      { check: 'commitment', rule: 'deadline', severity: 'warning' },
    ]);
  });
});

describe('the count of findings a report leaves out', () => {
  const facts = { site: 'x.com', capacity: 'unknown' as const, capacitySource: 'unknown' as const };
  it('is reported when the caps cut the list, and absent when they did not', () => {
    expect(composerState(facts, [], [], { count: 950, partial: true }).omitted).toEqual({ count: 950, partial: true });
    expect(composerState(facts, [], [], { count: 3, partial: false }).omitted).toEqual({ count: 3, partial: false });
    expect('omitted' in composerState(facts, [], [], { count: 0, partial: false })).toBe(false);
    expect('omitted' in composerState(facts, [])).toBe(false);
  });

  it('is copied by the background only as a whole number with a true-or-false partial', () => {
    const report = (omitted: unknown) => sanitiseComposerState({ ...facts, findings: [], paused: false, omitted } as unknown as ComposerState)!.omitted;
    expect(report({ count: 12, partial: false, text: 'Phone 9123 4567' })).toEqual({ count: 12, partial: false });
    expect(report({ count: 12, partial: 'yes' })).toEqual({ count: 12, partial: false });
    expect(report({ count: 1.5, partial: false })).toBeUndefined();
    expect(report({ count: -1, partial: false })).toBeUndefined();
    expect(report({ count: '9123 4567', partial: false })).toBeUndefined();
    expect(report(7)).toBeUndefined();
  });
});
