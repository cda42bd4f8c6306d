// Arabic matching that knows morphology: one lexicon entry matches its inflected, dialect and Arabizi forms.
//
//   const lexicon = compileLexicon([{ term: 'غبي', data: 'insult' }, { term: 'يسكت', pos: 'verb', data: 'dismissive' }]);
//   lexicon.find(arabicTokens(segment.text)) // -> [{ entry, start, end, readings, secondPerson, negated, future, person, ... }]
//
// Tokenise a segment once (arabicTokens) and pass the tokens to every lexicon. Offsets are those of
// the text tokenised (a segment's normalised text). Folding (أ/إ/آ, ى/ي, ة/ه, چ/ك, ڤ/ف, گ/ك, hamza,
// stretched letters) happens per token, so the text itself is never changed.
export { arabicTokens, type ArabicToken } from './tokens.js';
export { compileLexicon, type ArabicLexicon, type ArabicMatch, type LexiconEntry } from './lexicon.js';
export { foldArabicWord, unstretch } from './fold.js';
export { readings, isSecondPersonSuffix, type Pos, type Reading } from './affixes.js';
export { arabicSkeleton, latinSkeleton, looksArabizi, mayBeArabizi } from './arabizi.js';
