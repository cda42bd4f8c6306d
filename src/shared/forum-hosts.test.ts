import { describe, expect, it } from 'vitest';
import { forumHosts, hostAccess, hostOrigin, listedHost, listedHostOfTab } from './forum-hosts.js';

const ruleset = { sites: { forums: ['Forum.Example.org', 'https://board.example.net/t/1', 'www.reddit.com'], mastodon: ['mastodon.example.om', 'forum.example.org'] } };

describe('forumHosts', () => {
  it('lists forum and Mastodon hosts once each, sorted, without the sites the manifest covers', () => {
    expect(forumHosts(ruleset)).toEqual(['board.example.net', 'forum.example.org', 'mastodon.example.om']);
    expect(forumHosts({})).toEqual([]);
  });
  it('reads an entry as a host or nothing', () => {
    expect(listedHost(' HTTPS://Talk.Example.org/latest ')).toBe('talk.example.org');
    expect(listedHost('bad host')).toBeUndefined();
    expect(listedHost('*.example.org')).toBeUndefined();
    expect(listedHost('x.com')).toBeUndefined();
  });
  it('asks for https origins', () => {
    expect(hostOrigin('forum.example.org')).toBe('https://forum.example.org/*');
  });
});

describe('listedHostOfTab', () => {
  it('finds the tab’s host when the ruleset lists it, whatever its case', () => {
    expect(listedHostOfTab(ruleset, 'Mastodon.Example.om')).toBe('mastodon.example.om');
    expect(listedHostOfTab(ruleset, 'board.example.net')).toBe('board.example.net');
  });
  it('is undefined for hosts not listed, subdomains of listed hosts, and pages without a host', () => {
    expect(listedHostOfTab(ruleset, 'news.example.org')).toBeUndefined();
    expect(listedHostOfTab(ruleset, 'sub.forum.example.org')).toBeUndefined();
    expect(listedHostOfTab(ruleset, 'www.reddit.com')).toBeUndefined();
    expect(listedHostOfTab(ruleset, undefined)).toBeUndefined();
  });
});

describe('hostAccess', () => {
  it('pairs each host with the answer for its origin, and reads a failed question as not granted', async () => {
    const granted = new Set(['https://forum.example.org/*']);
    const contains = async ({ origins }: { origins: string[] }) => {
      if (origins[0] === 'https://broken.example.org/*') throw new Error('no');
      return granted.has(origins[0]);
    };
    expect(await hostAccess(['board.example.net', 'forum.example.org', 'broken.example.org'], contains)).toEqual([
      { host: 'board.example.net', granted: false },
      { host: 'forum.example.org', granted: true },
      { host: 'broken.example.org', granted: false },
    ]);
  });
});
