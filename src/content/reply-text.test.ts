import { describe, expect, it } from 'vitest';
import { capReplyText, MAX_REPLY_TEXT } from './reply-text.js';

describe('capReplyText', () => {
  it('keeps a post of ordinary length as it is', () => {
    expect(capReplyText('شكراً على الرد')).toBe('شكراً على الرد');
    expect(capReplyText(undefined)).toBeUndefined();
  });
  it('keeps only the opening of a 40,000-character post', () => {
    expect(capReplyText('!'.repeat(40_000))).toBe('!'.repeat(MAX_REPLY_TEXT));
  });
  it('does not split an emoji at the cut', () => {
    const text = 'a'.repeat(MAX_REPLY_TEXT - 1) + '😀' + 'b';
    expect(capReplyText(text)).toBe('a'.repeat(MAX_REPLY_TEXT - 1));
  });
});
