import { describe, expect, it } from 'vitest';
import { DataSet, RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { profanityMatcher } from './profanity-matcher.js';

const options = { ...new DataSet().addAll(englishDataset).build(), ...englishRecommendedTransformers };
const full = new RegExpMatcher(options);
const narrow = profanityMatcher(options);

describe('profanityMatcher', () => {
  it('finds nothing to match in a clean sentence', () => {
    expect(narrow('The consultation on the bus timetable closes on Friday.')).toBeNull();
  });

  it.each([
    ['plain swearing', 'What the fuck is this queue'],
    ['leetspeak and repeated letters', 'you are a b1tch and a fuuuucker'],
    ['a whitelisted word next to a listed one', 'the assessment was shit'],
    ['several words in one sentence', 'bastard, cunt and dickhead all at once'],
  ])('matches exactly what the full matcher matches: %s', (_name, text) => {
    const matches = full.getAllMatches(text, true);
    expect(matches.length).toBeGreaterThan(0);
    expect(narrow(text)?.getAllMatches(text, true)).toEqual(matches);
  });

  it('reuses the narrowed matcher for a sentence with the same letters', () => {
    const matcher = narrow('what a load of shit');
    expect(matcher).not.toBeNull();
    expect(narrow('what a load of shit ')).toBe(matcher);
  });
});
