// One answer, in the extension and the CLI, to "is this the organisation's official account?" and "which site is this?".
import { describe, expect, it } from 'vitest';
import { isOfficialAccount } from '../../src/ruleset/accounts.js';
import { siteName } from '../../src/ruleset/hosts.js';
import type { Ruleset } from '../../src/ruleset/types.js';

describe('siteName', () => {
  it.each([
    ['x.com', 'x.com'],
    ['twitter.com', 'x.com'],
    ['mobile.twitter.com', 'x.com'],
    ['www.facebook.com', 'facebook.com'],
    ['m.facebook.com', 'facebook.com'],
    ['web.facebook.com', 'facebook.com'],
    ['old.reddit.com', 'reddit.com'],
    ['new.reddit.com', 'reddit.com'],
    ['np.reddit.com', 'reddit.com'],
    ['WWW.Reddit.COM', 'reddit.com'],
    [' www.linkedin.com. ', 'linkedin.com'],
    ['mastodon.social', 'mastodon.social'],
    ['forum.example.org', 'forum.example.org'],
  ])('%s -> %s', (host, name) => {
    expect(siteName(host)).toBe(name);
  });
});

describe('isOfficialAccount', () => {
  const ruleset: Ruleset = {
    officialAccounts: [
      { site: 'x.com', handle: '@OmanMDS' },
      { site: 'twitter.com', handle: 'OldHandle' },
      { site: 'mastodon.social', handle: '@ministry' },
      { site: 'mastodon.example', handle: '@press@mastodon.example' },
      { site: 'reddit.com', handle: 'u/MinistryOM' },
      { site: 'www.facebook.com', handle: 'Ministry of  Digital Services' },
    ],
  };

  it.each([
    // @name, name, any case, any host form of the site
    ['x.com', '@OmanMDS', true],
    ['x.com', 'omanmds', true],
    ['twitter.com', '@OmanMDS', true],
    ['www.x.com', '@omanmds', true],
    ['mobile.twitter.com', '@OMANMDS', true],
    ['x.com', '@OldHandle', true],
    // Mastodon: @name and @name@instance are the same account on that instance, not on another
    ['mastodon.social', '@ministry', true],
    ['mastodon.social', '@ministry@mastodon.social', true],
    ['mastodon.social', 'Ministry@Mastodon.Social', true],
    ['mastodon.social', '@ministry@other.social', false],
    ['mastodon.example', '@press', true],
    ['mastodon.example', '@press@mastodon.example', true],
    // Reddit: u/name, /u/name and name are one account, on www., old. and new.reddit.com alike
    ['www.reddit.com', 'u/MinistryOM', true],
    ['reddit.com', '/u/ministryom', true],
    ['old.reddit.com', 'MinistryOM', true],
    ['new.reddit.com', 'u/ministryom', true],
    // page names: case and spacing do not matter, words do
    ['facebook.com', 'ministry of digital services', true],
    ['m.facebook.com', 'Ministry of Digital Services', true],
    ['facebook.com', 'Ministry of Digital', false],
    // another site, another handle, or nothing to compare
    ['facebook.com', '@OmanMDS', false],
    ['x.com', '@OmanMDS2', false],
    ['reddit.com', 'u/ministry', false],
    [undefined, '@OmanMDS', false],
    ['x.com', undefined, false],
    ['x.com', '@', false],
  ])('%s %s -> %s', (site, account, expected) => {
    expect(isOfficialAccount(ruleset, site, account)).toBe(expected);
  });
});
