// The built-in ruleset: the built-in checks on, and a bilingual quick reference that cites its sources.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULESET } from '../../src/ruleset/load.js';
import { resolveCheckConfig } from '../../src/engine/check-config.js';
import { CHECK_METAS } from '../../src/engine/checks/meta/index.js';

const OMAN = 'Oman ITA, Social Media in Government (2016)';
const ARABIC = /[\u0600-\u06FF]/;
const ref = DEFAULT_RULESET.quickReference!;

describe('built-in ruleset', () => {
  it('names itself and reads phone numbers as Omani by default', () => {
    expect(DEFAULT_RULESET.name).toBe('Built-in');
    expect(DEFAULT_RULESET.defaultRegion).toBe('OM');
    expect(DEFAULT_RULESET.review).toBe('review');
  });

  it('turns on the built-in checks, each at the severity its own metadata gives (written there only)', () => {
    expect(DEFAULT_RULESET.checks).toEqual({
      'personal-details': { enabled: true },
      'affiliation-disclosure': { enabled: true },
      commitment: { enabled: true },
      'aggressive-tone': { enabled: true },
      'confidential-information': { enabled: true },
      accusation: { enabled: true },
      impartiality: { enabled: true },
      'case-details': { enabled: true },
      channel: { enabled: true },
      'employer-disrepute': { enabled: true },
      'friends-only': { enabled: true },
    });
    const severity = (id: string) => resolveCheckConfig(DEFAULT_RULESET, CHECK_METAS.find((m) => m.id === id)!).severity;
    expect(['personal-details', 'affiliation-disclosure', 'commitment', 'aggressive-tone', 'confidential-information'].map(severity)).toEqual([
      'error', 'warning', 'warning', 'warning', 'error',
    ]);
  });

  it('has the six Oman ITA basic principles, in order', () => {
    expect(ref.principles.map((p) => p.id)).toEqual([
      'be-credible',
      'be-consistent',
      'be-responsive',
      'be-integrated',
      'be-a-public-servant',
      'be-a-good-custodian',
    ]);
    for (const p of ref.principles) expect(p.source).toEqual({ document: OMAN, section: 'Basic Principles for Agency Staff' });
  });

  it('has the Oman ITA codes of conduct, including authorisation and personal details', () => {
    expect(ref.conduct.map((c) => c.id)).toContain('seek-authorisation');
    expect(ref.conduct.map((c) => c.id)).toContain('no-personal-details');
    expect(ref.conduct.map((c) => c.id)).toContain('keep-information-confidential');
    for (const c of ref.conduct) expect(c.source).toEqual({ document: OMAN, section: 'Codes of Conduct' });
  });

  it('has the ten UK Cabinet Office tips, each citing its number', () => {
    const tips = ref.tips.filter((t) => t.source.document.startsWith('UK Cabinet Office'));
    expect(tips.map((t) => t.source.section)).toEqual(Array.from({ length: 10 }, (_, i) => `Ten tips for social media engagement, tip ${i + 1}`));
  });

  it('gives every item an English and an Arabic title and text', () => {
    for (const item of [...ref.principles, ...ref.conduct, ...ref.tips]) {
      expect(item.title.en).toMatch(/[A-Za-z]/);
      expect(item.text.en).toMatch(/[A-Za-z]/);
      expect(item.title.ar).toMatch(ARABIC);
      expect(item.text.ar).toMatch(ARABIC);
    }
  });
});
