import { describe, expect, it } from 'vitest';
import type { Ruleset } from '../engine/types.js';
import { additiveList, getPath, listInForce, originPattern, parseHost, setPath, withCheck } from './user-layer.js';

describe('setPath', () => {
  it('sets a nested value without touching the original', () => {
    const user: Ruleset = { checks: { commitment: { enabled: true } } };
    const next = setPath(user, 'checks.commitment.severity', 'error');
    expect(next).toEqual({ checks: { commitment: { enabled: true, severity: 'error' } } });
    expect(user).toEqual({ checks: { commitment: { enabled: true } } });
  });
  it('removes a value set to undefined and the objects it leaves empty', () => {
    expect(setPath({ organisation: { name: 'ITA' }, review: 'off' }, 'organisation.name', undefined)).toEqual({ review: 'off' });
  });
});

describe('withCheck', () => {
  it('turns one check off and keeps the rest of the layer', () => {
    const next = withCheck({ disclosurePhrases: ['my views'] }, 'aggressive-tone', { enabled: false });
    expect(next).toEqual({ disclosurePhrases: ['my views'], checks: { 'aggressive-tone': { enabled: false } } });
  });
});

describe('listInForce', () => {
  const effective: Ruleset = { disclosurePhrases: ['I work at the ministry'], sites: { forums: ['forum.example.org'] } };
  it('starts from the list in force when the person has none of their own', () => {
    expect(listInForce({}, effective, 'sites.forums')).toEqual(['forum.example.org']);
  });
  it("uses the person's own list, even an empty one", () => {
    expect(listInForce({ disclosurePhrases: [] }, effective, 'disclosurePhrases')).toEqual([]);
  });
  it('is empty when neither has it', () => {
    expect(listInForce({}, {}, 'organisation.topics')).toEqual([]);
    expect(getPath({ a: 1 }, 'a.b')).toBeUndefined();
  });
});

describe('parseHost', () => {
  it('accepts bare hosts and whole addresses, lower-cased', () => {
    expect(parseHost(' Forum.Example.org ')).toBe('forum.example.org');
    expect(parseHost('https://community.example.om/t/42?x=1')).toBe('community.example.om');
    expect(parseHost('talk.example.org/latest')).toBe('talk.example.org');
  });
  it('refuses what is not one web host', () => {
    for (const bad of ['', 'localhost', 'ftp://files.example.org', '*.example.org', 'exa mple.org', '-bad.example.org', '10.0.0.1', 'javascript:alert(1)']) {
      expect({ bad, host: parseHost(bad) }).toEqual({ bad, host: undefined });
    }
  });
  it('asks for the https origin of the host', () => {
    expect(originPattern('forum.example.org')).toBe('https://forum.example.org/*');
  });
});

describe('additiveList', () => {
  const effective: Ruleset = { sites: { forums: ['forum.gov.om', 'talk.example.org'] } };
  const user: Ruleset = { sites: { forums: ['talk.example.org'] } };
  it("keeps the organisation's hosts fixed when locked and stores only the person's own", () => {
    const list = additiveList(user, effective, 'sites.forums', true);
    expect(list.items).toEqual(['forum.gov.om', 'talk.example.org']);
    expect(list.fixed).toEqual(['forum.gov.om']);
    expect(list.own([...list.items, 'new.example.org'])).toEqual(['talk.example.org', 'new.example.org']);
  });
  it('edits the whole list when not locked', () => {
    const list = additiveList({}, effective, 'sites.forums', false);
    expect(list.fixed).toEqual([]);
    expect(list.own(['a.example.org'])).toEqual(['a.example.org']);
  });
});
