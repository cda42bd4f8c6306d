// The ids of checks that could not run travel from the content script to the popup; nothing else rides with them.
import { describe, expect, it } from 'vitest';
import { composerState, failedCheckIds, sanitiseComposerState } from './composer-state.js';
import type { ComposerState } from './messages.js';

const facts = { site: 'x.com', capacity: 'personal' as const, capacitySource: 'person' as const };

describe('failed checks in a composer report', () => {
  it('are reported by id, once each', () => {
    expect(composerState(facts, [], ['personal-details', 'commitment', 'personal-details'])).toEqual({
      ...facts,
      findings: [],
      paused: false,
      failedChecks: ['personal-details', 'commitment'],
    });
  });

  it('are absent when every check ran', () => {
    expect(composerState(facts, [])).not.toHaveProperty('failedChecks');
    expect(composerState(facts, [], [])).not.toHaveProperty('failedChecks');
  });

  it('survive the background copy', () => {
    const state = composerState(facts, [], ['aggressive-tone']);
    expect(sanitiseComposerState(state)).toEqual(state);
  });

  it('never carry text: anything not shaped like a check id is dropped', () => {
    const dirty = { ...facts, findings: [], paused: false, failedChecks: ['commitment', 'Call me on 9123 4567', 7, 'a'.repeat(65), 'UPPER'] };
    expect(sanitiseComposerState(dirty as unknown as ComposerState)?.failedChecks).toEqual(['commitment']);
    expect(failedCheckIds('personal-details')).toEqual([]);
    expect(failedCheckIds(Array(100).fill('x'))).toEqual(['x']);
  });
});
