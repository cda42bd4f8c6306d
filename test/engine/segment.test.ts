import { describe, expect, it } from 'vitest';
import { MAX_SEGMENT, segment } from '../../src/engine/segment.js';

const pieces = (text: string) => segment(text).map((s) => text.slice(s.start, s.end));

describe('segment', () => {
  it('splits sentences and keeps trailing spaces with the sentence before', () => {
    expect(pieces('We will fix it. Thanks!  Bye')).toEqual(['We will fix it. ', 'Thanks!  ', 'Bye']);
  });

  it('splits on the Arabic question mark and on line breaks', () => {
    expect(pieces('هل انت بخير؟ نعم\nسطر')).toEqual(['هل انت بخير؟ ', 'نعم\n', 'سطر']);
  });

  it('keeps abbreviations, decimals and addresses in one piece', () => {
    expect(pieces('Write to P.O. Box 123, PC 112. Dr. Salim said 3.5 is fine.')).toEqual([
      'Write to P.O. Box 123, PC 112. ',
      'Dr. Salim said 3.5 is fine.',
    ]);
  });

  it('covers the whole text without gaps or overlaps', () => {
    const text = 'One. Two? Three!\n\nFour… five. ' + 'x'.repeat(2000);
    const spans = segment(text);
    expect(spans[0].start).toBe(0);
    expect(spans[spans.length - 1].end).toBe(text.length);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBe(spans[i - 1].end);
  });

  it('cuts a long run without punctuation into pieces no longer than the limit', () => {
    const text = 'word '.repeat(500);
    const spans = segment(text);
    expect(spans.length).toBeGreaterThan(3);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SEGMENT);
    expect(spans.every((s) => /\s$/.test(text.slice(s.start, s.end)) || s.end === text.length)).toBe(true);
  });

  it('never cuts a surrogate pair', () => {
    const text = '😀'.repeat(700);
    for (const s of segment(text)) {
      expect(text.charCodeAt(s.start)).toBe(0xd83d);
    }
  });

  it('splits a long run of one terminator into pieces no longer than the limit, covering it whole', () => {
    for (const mark of ['!', '.', '?', '؟', '…']) {
      const text = mark.repeat(200_000);
      const spans = segment(text);
      expect(spans[0].start).toBe(0);
      expect(spans[spans.length - 1].end).toBe(text.length);
      for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBe(spans[i - 1].end);
      expect(spans.every((s) => s.end - s.start <= MAX_SEGMENT)).toBe(true);
    }
  });

  it('ends a sentence after terminators and closing quotes only when whitespace follows', () => {
    expect(pieces('Stop!!!") Now. Wait!?x More')).toEqual(['Stop!!!") ', 'Now. ', 'Wait!?x More']);
    expect(pieces('Done!\n \n \nNext')).toEqual(['Done!\n \n \n', 'Next']);
  });

  it('takes a long run of mixed spaces and line breaks as one sentence end', () => {
    const text = 'One.' + ' \n'.repeat(1000) + 'Two';
    const spans = segment(text);
    expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    expect(text.slice(spans[spans.length - 1].start)).toBe('Two');
  });

  it('returns no segment for an empty draft', () => {
    expect(segment('')).toEqual([]);
  });
});
