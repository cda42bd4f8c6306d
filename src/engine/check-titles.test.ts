import { describe, expect, it } from 'vitest';
import { checkTitle } from './check-titles.js';

describe('checkTitle', () => {
  it('names built-in checks and the organisation’s rules in both languages, and falls back to the id', () => {
    expect(checkTitle('aggressive-tone').en).toMatch(/tone/i);
    expect(checkTitle('custom')).toEqual({ en: 'Organisation rules', ar: 'قواعد الجهة' });
    expect(checkTitle('retired-check')).toEqual({ en: 'retired-check', ar: 'retired-check' });
  });
});
