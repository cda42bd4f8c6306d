import { describe, expect, it } from 'vitest';
import type { ComposerState } from '../shared/messages.js';
import { forgetTab, getTabState, setFrameState, setSitePaused } from './tab-state.js';

// Without chrome.storage.session (as here) the states live in memory; every test uses its own tab ids.
const state = (site: string, checks: string[]): ComposerState => ({
  site,
  capacity: 'unknown',
  capacitySource: 'unknown',
  findings: checks.map((check) => ({ check, rule: 'r', severity: 'warning' })),
  paused: false,
});

describe('tab state by tab and frame', () => {
  it('shows the frame that reported last, and a frame forgetting its box leaves the others', async () => {
    await setFrameState(10, 0, state('x.com', ['commitment']));
    await setFrameState(10, 5, state('x.com', ['personal-details', 'commitment']));
    expect((await getTabState(10))?.findings.map((f) => f.check)).toEqual(['personal-details', 'commitment']);
    await setFrameState(10, 0, state('x.com', ['aggressive-tone']));
    expect((await getTabState(10))?.findings.map((f) => f.check)).toEqual(['aggressive-tone']);
    await setFrameState(10, 0, null);
    expect((await getTabState(10))?.findings.map((f) => f.check)).toEqual(['personal-details', 'commitment']);
    await setFrameState(10, 5, null);
    expect(await getTabState(10)).toBeNull();
  });

  it('keeps tabs apart: a frame of one tab never changes another tab', async () => {
    await setFrameState(20, 0, state('x.com', ['commitment']));
    await setFrameState(21, 0, state('reddit.com', ['personal-details']));
    await setFrameState(21, 0, null);
    expect((await getTabState(20))?.site).toBe('x.com');
    expect(await getTabState(21)).toBeNull();
  });

  it('forgets every frame of a closed tab', async () => {
    await setFrameState(30, 0, state('x.com', ['commitment']));
    await setFrameState(30, 2, state('x.com', []));
    await forgetTab(30);
    expect(await getTabState(30)).toBeNull();
  });

  it('pauses every frame of the site and empties its findings', async () => {
    await setFrameState(40, 0, state('linkedin.com', ['commitment']));
    await setFrameState(40, 1, state('facebook.com', ['commitment']));
    await setFrameState(41, 0, state('linkedin.com', ['personal-details']));
    await setSitePaused('linkedin.com', true);
    expect(await getTabState(41)).toMatchObject({ paused: true, findings: [] });
    await setFrameState(40, 1, null);
    expect(await getTabState(40)).toMatchObject({ site: 'linkedin.com', paused: true, findings: [] });
  });
});
