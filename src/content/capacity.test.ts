import { describe, expect, it } from 'vitest';
import { choiceKey, decideCapacity } from './capacity.js';
import { isOfficialAccount } from '../ruleset/accounts.js';
import type { Ruleset } from '../engine/types.js';

const ruleset: Ruleset = {
  officialAccounts: [
    { site: 'x.com', handle: '@OmanMDS' },
    { site: 'twitter.com', handle: 'OldHandle' },
    { site: 'mastodon.social', handle: '@ministry' },
  ],
};

describe('capacity', () => {
  it('an account the ruleset lists is official, whatever the person chose', () => {
    expect(decideCapacity(ruleset, 'x.com', '@omanmds', { 'x.com|@omanmds': 'personal' })).toEqual({ capacity: 'official', source: 'ruleset' });
  });

  it('matches a listed twitter.com handle on x.com and ignores the @', () => {
    expect(isOfficialAccount(ruleset, 'x.com', '@OldHandle')).toBe(true);
  });

  it('matches a Mastodon handle with its instance part', () => {
    expect(isOfficialAccount(ruleset, 'mastodon.social', '@ministry@mastodon.social')).toBe(true);
  });

  // The reddit adapter writes u/name on old and new Reddit; a ruleset may list the same account in any of Reddit's forms.
  it.each(['u/MinistryOM', '/u/MinistryOM', '@MinistryOM', 'MinistryOM', 'ministryom'])('a reddit account listed as %s is official as u/name and @name', (handle) => {
    const listed: Ruleset = { officialAccounts: [{ site: 'reddit.com', handle }] };
    for (const [site, account] of [['old.reddit.com', 'u/MinistryOM'], ['www.reddit.com', 'u/ministryom'], ['reddit.com', '@MinistryOM'], ['reddit.com', '/u/MinistryOM']]) {
      expect(decideCapacity(listed, site, account, {}), `${site} ${account}`).toEqual({ capacity: 'official', source: 'ruleset' });
    }
    expect(decideCapacity(listed, 'reddit.com', 'u/MinistryOM2', {})).toEqual({ capacity: 'unknown', source: 'unknown' });
    expect(decideCapacity(listed, 'x.com', '@MinistryOM', {})).toEqual({ capacity: 'unknown', source: 'unknown' });
  });

  it('does not match the same handle on another site', () => {
    expect(isOfficialAccount(ruleset, 'facebook.com', '@OmanMDS')).toBe(false);
  });

  it('uses the remembered choice for this site and account', () => {
    expect(decideCapacity(ruleset, 'x.com', '@someone', { [choiceKey('x.com', '@someone')]: 'personal' })).toEqual({ capacity: 'personal', source: 'person' });
  });

  it('is unknown without a listed account or a choice', () => {
    expect(decideCapacity(ruleset, 'x.com', undefined, {})).toEqual({ capacity: 'unknown', source: 'unknown' });
    expect(decideCapacity(ruleset, 'x.com', '@someone', { 'x.com|@someone': 'bogus' })).toEqual({ capacity: 'unknown', source: 'unknown' });
  });
});
