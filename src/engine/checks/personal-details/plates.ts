// Vehicle plates: Omani plates are up to five digits and one or two letters ("١٢٣٤٥ أ ر", "12005/س ل"), named by a word
// such as السيارة، المركبة، اللوحة, or "plate".
import { normalizeTerm } from '../../normalize.js';
import { before, cueMatcher, type Candidate } from './candidate.js';
import { matches } from '../../matches.js';

const PLATE_CUE = cueMatcher(
  ['plate', 'number plate', 'licence plate', 'license plate', 'registration', 'car', 'vehicle'],
  ['سيارة', 'السيارة', 'سيارته', 'سيارتي', 'سيارتها', 'مركبة', 'المركبة', 'مركبته', 'لوحة', 'اللوحة', 'لوحتها', 'لوحته', 'رقم اللوحة', 'الموتر', 'موتر']
    .map(normalizeTerm),
);

/** A letter of a plate: one Arabic or capital Latin letter standing alone (no letter glued to it, no dot after it). */
const LETTER = '(?:[\\u0621-\\u064A]|[A-Z])(?![\\p{L}\\p{N}.])';
const SEP = '(?:\\s*[/-]\\s*|\\s+)';
/** Digits then one or two letters, or one or two letters then digits. */
const PLATE = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d{1,5}${SEP}?${LETTER}(?:${SEP}${LETTER})?` + `|(?<![\\p{L}\\p{N}])${LETTER}(?:${SEP}${LETTER})?${SEP}\\d{1,5}(?![\\p{L}\\p{N}])`,
  'gu',
);

export function findPlates(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!PLATE_CUE.test(text)) return out;
  for (const m of matches(PLATE, text)) {
    // "موديل 2019 و ...": a lone "و" is the word "and", not a plate letter.
    if (/^\d+\s+و$|^و\s+\d+$/.test(m[0])) continue;
    if (!PLATE_CUE.test(before(text, m.index, 30))) continue;
    out.push({ rule: 'vehicle-plate', start: m.index, end: m.index + m[0].length, value: m[0], priority: 5 });
  }
  return out;
}
