import { describe, expect, it } from 'vitest';
import { sliceEnds } from './slices.js';

/** Written for this test: a 50-character sentence, repeated. */
const SENTENCE = 'The library on Harbour Street opens at nine, now. ';
const sentences = (n: number) => SENTENCE.repeat(n);

describe('sliceEnds', () => {
  it('splits a long new draft at sentence ends about a slice apart', () => {
    const draft = sentences(10); // 500 characters
    expect(sliceEnds('', draft, 120)).toEqual([150, 300, 450]);
  });

  it('leaves a short change to one analysis', () => {
    const draft = sentences(10);
    expect(sliceEnds(draft, `${draft}More.`, 120)).toEqual([]);
    expect(sliceEnds('', sentences(2), 120)).toEqual([]);
  });

  it('slices only the pasted part, counting from where it starts', () => {
    const head = sentences(4); // 200 characters, already analysed
    const pasted = sentences(6);
    const tail = 'Thanks to everyone who came.';
    const ends = sliceEnds(head + tail, head + pasted + tail, 120);
    expect(ends).toEqual([350, 500]);
    expect(ends.every((end) => end > head.length && end < head.length + pasted.length + 1)).toBe(true);
  });

  it('cuts only where a sentence ends', () => {
    const draft = sentences(10);
    for (const end of sliceEnds('', draft, 70)) expect(draft.slice(end - 2, end)).toBe('. ');
  });
});
