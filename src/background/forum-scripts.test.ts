import { describe, expect, it } from 'vitest';
import { extensionPaths, forumOrigins } from './forum-scripts.js';
import { badgeFor } from './tab-state.js';
import type { ComposerState } from '../shared/messages.js';

describe('forumOrigins', () => {
  it('turns listed forum and Mastodon hosts into https origin patterns, once each, sorted', () => {
    expect(
      forumOrigins({ sites: { forums: ['Forum.Example.org', 'https://board.example.net/path', 'forum.example.org'], mastodon: ['mastodon.social'] } }),
    ).toEqual(['https://board.example.net/*', 'https://forum.example.org/*', 'https://mastodon.social/*']);
  });

  it('leaves out hosts the manifest already covers and anything that is not a host name', () => {
    expect(forumOrigins({ sites: { forums: ['www.reddit.com', 'x.com', 'bad host', '*.example.org', ''] } })).toEqual([]);
  });

  it('is empty without a sites section', () => {
    expect(forumOrigins({})).toEqual([]);
  });
});

describe('extensionPaths', () => {
  it('turns Firefox\'s full moz-extension:// URLs into paths inside the extension and leaves Chrome\'s paths as they are', () => {
    const root = 'moz-extension://0c4f2a8e-7d1b-4e6a-9b3c-5f2e8d7a6b10/';
    expect(extensionPaths([`${root}assets/content.js`], root)).toEqual(['assets/content.js']);
    expect(extensionPaths(['assets/content.js'], 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/')).toEqual(['assets/content.js']);
  });
});

describe('badgeFor', () => {
  const state = (severities: Array<'error' | 'warning' | 'info'>, paused = false): ComposerState => ({
    site: 'x.com',
    capacity: 'unknown',
    capacitySource: 'unknown',
    paused,
    findings: severities.map((severity) => ({ check: 'c', rule: 'r', severity })),
  });

  it('shows the count in the colour of the most serious finding', () => {
    expect(badgeFor(state(['warning', 'error']))).toEqual({ text: '2', colour: '#c62828' });
    expect(badgeFor(state(['info', 'warning']))).toEqual({ text: '2', colour: '#b26a00' });
  });

  it('is empty with no findings, a paused site or no composer', () => {
    expect(badgeFor(state([])).text).toBe('');
    expect(badgeFor(state(['error'], true)).text).toBe('');
    expect(badgeFor(null).text).toBe('');
  });
});
