import { describe, expect, it } from 'vitest';
import { translator } from './i18n.js';
import { describeSource } from './ruleset-status.js';

const en = translator('en');

describe('describeSource', () => {
  it('names the built-in rules and the person’s own settings', () => {
    expect(describeSource({ source: 'builtin', locked: [] }, en)).toBe('Built-in');
    expect(describeSource({ source: 'user', locked: [] }, en)).toBe('Built-in, with your own settings');
  });
  it('names the organisation and version of a managed ruleset, leaving out what is unknown', () => {
    expect(describeSource({ source: 'managed', organisation: 'Ministry of Digital Services', version: 4, locked: [] }, en)).toBe(
      'Managed by Ministry of Digital Services, version 4',
    );
    expect(describeSource({ source: 'managed', organisation: 'ITA', locked: [] }, en)).toBe('Managed by ITA');
    expect(describeSource({ source: 'managed', version: 2, locked: [] }, en)).toBe('Managed by your organisation');
  });
  it('says it in Arabic', () => {
    expect(describeSource({ source: 'managed', organisation: 'ITA', version: 3, locked: [] }, translator('ar'))).toBe('تديرها \u2068ITA\u2069، الإصدار \u20683\u2069');
  });
});
