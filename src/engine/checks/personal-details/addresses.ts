// Street addresses, P.O. boxes and postal codes in Latin script (Omani, UK, US and European forms).
import { before, type Candidate, type DetailRule } from './candidate.js';
import { matches } from '../../matches.js';

const NUM = String.raw`\d{1,5}[A-Za-z]?(?:[-/]\d{1,4})?`;
/** A word of a street name: capitalised, or any word when the whole address is written in lower case. */
const NAME = String.raw`(?:[\p{L}][\p{L}'’.\-]*)`;
const STREET_TYPES = 'street|st|road|rd|avenue|ave|av|boulevard|blvd|lane|ln|drive|dr|way|terrace|crescent|cres|highway|hwy|parkway|pkwy|close|court|ct|place|pl|square|sq|gardens|gdns|grove|mews|row|walk|hill|circle|cir|trail|parade|quay|wharf|alley|plaza|greens|courts|radial|mall|park|rise|view';
/** Words that cannot sit inside a street name ("3 hours drive", "5 min walk", "2 more days at the park"). */
const PROSE = /(?:^|\s)(?:the|a|an|to|of|in|on|at|for|and|or|my|your|our|their|his|her|its|is|are|was|were|be|min|mins|minutes|hours?|hrs?|days?|weeks?|months?|years?|km|kms|miles?|mi|people|times|more|less|than|from|by|with|per|into|over|under|about|after|before|this|that|these|those|very|so|too|not|no|all|some|every|each|other|new|old|big|small|long|short|nice|good|great|best|first|last|next|you|me|him|them|it|am|pm|noon|midnight|tonight|today|tomorrow)(?=\s|$)/i;

/** 12 Baker Street, 123 Main St., Flat 3, 22 Acacia Avenue. */
const NUMBERED_STREET = new RegExp(String.raw`(?<![\p{L}\p{N}])${NUM},?\s+(?:${NAME}\s+){0,4}?(?:${STREET_TYPES})\b\.?`, 'giu');
const PREFIX_TYPES = String.raw`rua|rue|via|viale|vicolo|calle|avenida|avinguda|av\.|avenue|chemin|ul\.|ulica|piazza|plaza|praca|largo|travessa|strada|c/|carrer|camino|paseo|boulevard|allee|trg|ulitsa`;
const SUFFIX_TYPES = String.raw`strasse|straße|str\.|straat|weg|laan|plein|gasse|gata|gatan|gade|katu|tie|vej|veien|vegen|stræde|stræti|utca|utja|allee|platz|damm|ring|dreef|kade|singel|gracht`;
/** European forms: Rua Augusta 12, 26 rue Victor Hugo, Kopfholzistrasse 45, ul. Grochowa 80, Via Tasso 129, Petofi u. 9. */
const EURO_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${PREFIX_TYPES})\s+(?:${NAME}\s+){0,4}?|\p{Lu}?[\p{L}\-]*(?:${SUFFIX_TYPES})\s+|\p{Lu}[\p{L}]+\s+u\.\s*)\d{1,5}[A-Za-z]?\b\.?` +
    String.raw`|(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?,?\s+(?:${PREFIX_TYPES})\s+(?:${NAME}\s+){0,3}${NAME}`,
  'giu',
);
/** A street type or "u." that EURO_STREET cannot match without: its open-ended letter runs make it costly to run. */
const EURO_STREET_WORDS = new RegExp(`${PREFIX_TYPES}|${SUFFIX_TYPES}|\\su\\.`, 'iu');
/** Units and Omani addressing: Apt 4, Suite 781, Villa 12, Way 3015, Building 7, House 45, P.O. Box 104. */
const UNIT = /(?<![\p{L}\p{N}])(?:Apt|Apartment|Suite|Ste|Flat|Villa|House|Building|Bldg|Block|Blk|Plot|Way)\.?\s*(?:No\.?\s*|#\s*)?\d{1,5}[A-Za-z]?\b/gu;
/** Two units side by side in lower case ("way 3012 house 88"): together they are an address however they are written. */
const UNIT_PAIR = /(?<![\p{L}\p{N}])(?:apt|apartment|flat|villa|house|building|bldg|block|plot|way)\.?\s*(?:no\.?\s*|#\s*)?\d{1,5}[a-z]?,?\s+(?:apt|apartment|flat|villa|house|building|bldg|block|plot|way)\.?\s*(?:no\.?\s*|#\s*)?\d{1,5}[a-z]?\b/giu;
/** A unit word that UNIT_PAIR cannot match without. */
const UNIT_WORD = /apt|apartment|flat|villa|house|building|bldg|block|plot|way/i;
const PO_BOX = /(?<![\p{L}\p{N}])(?:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box|PO\s?Box|PSC\s+\d{3,5},?\s*Box|Box)\s*(?:No\.?\s*)?\d{1,6}\b/giu;
const MILITARY = /(?<![\p{L}\p{N}])(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}\b/giu;
/** "PC 112", "postal code 112", "zip code 94016", "postcode 12345". */
const POSTAL_CODE = /(?<![\p{L}\p{N}])(?:P\.?\s?C\.?|postal\s+code|post\s+code|postcode|zip\s+code|zip|zipcode)\s*(?:is\s+|:\s*|no\.?\s*)?\d{3,6}(?:-\d{4})?\b/giu;
/** UK postcode: SW1A 2AA, M1 1AE, EC2A 1NT (upper case, with or without the space). */
const UK_POSTCODE = /(?<![A-Za-z0-9])(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}|GIR\s?0AA)(?![A-Za-z0-9])/g;
/** US "Springfield, IL 62704". */
const US_STATE_ZIP = /,\s*(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\s+\d{5}(?:-\d{4})?\b/g;
/** Said to be an address ("lives at", "my address is", "the corner of"): a number and a name after it are enough. */
const CUED_STREET = new RegExp(
  String.raw`(?:address(?:es)?(?:\s+is)?|lives?\s+(?:at|on)|living\s+at|(?:the\s+)?corner\s+of|located\s+at|meet\s+(?:me|you|us)\s+at|sent\s+to|send\s+(?:it\s+)?to|deliver(?:ed)?\s+to|moved\s+to|drops?\s+(?:you\s+)?off\s+at|stop\s+at|return\s+to|stay(?:ing)?\s+at|(?:house|home)\s+is\s+(?:at|on))[\s:,-]*(?:the\s+corner\s+of\s+)?` +
    String.raw`(${NUM}(?:\s+\d{1,5})?\s+(?:${NAME}\s+){0,3}${NAME}|${NAME}(?:\s+${NAME}){0,3}\s+\d{1,5}\b)`,
  'giu',
);
/** Faker-style and European "12 Name Name 34": a number on each side of a capitalised name. */
const NUMBER_NAME_NUMBER = /(?<![\p{L}\p{N}])\d{1,5}\s+(?:\p{Lu}[\p{L}'’\-]+\s+){1,3}\d{1,5}[A-Za-z]?\b(?=\s*(?:,|\n|$|Apt|Suite|Unit|St\b))/gu;

/** Words CUED_STREET, PO_BOX, MILITARY and POSTAL_CODE cannot match without: small tests spare the long patterns. */
const CUE_WORDS = /address|liv|corner|located|meet|sent|send|deliver|moved|drop|stop|return|stay|house|home/iu;
const BOX_WORD = /box/iu;
const MILITARY_WORD = /[afd]po/iu;
const POSTAL_WORD = /p\.?\s?c|post|zip/iu;

function push(out: Candidate[], rule: DetailRule, start: number, text: string, priority = 3): void {
  out.push({ rule, start, end: start + text.length, value: text, priority });
}

export function findLatinAddresses(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(NUMBERED_STREET, text)) {
    const words = m[0];
    if (PROSE.test(words.replace(/^\S+\s+/, ' ').replace(/\s+\S+$/, ' '))) continue;
    if (!/\p{Lu}/u.test(words) && !/\b(?:street|road|avenue|boulevard|lane|st|rd|ave)\b\.?$/i.test(words)) continue;
    push(out, 'address', m.index, words.replace(/,$/, ''));
  }
  if (EURO_STREET_WORDS.test(text)) for (const m of matches(EURO_STREET, text)) push(out, 'address', m.index, m[0]);
  for (const m of matches(UNIT, text)) push(out, 'address', m.index, m[0]);
  if (UNIT_WORD.test(text)) for (const m of matches(UNIT_PAIR, text)) push(out, 'address', m.index, m[0]);
  for (const m of BOX_WORD.test(text) ? matches(PO_BOX, text) : []) {
    if (/^Box/i.test(m[0]) && !/\b(?:P\.?O|PSC|post)\b/i.test(before(text, m.index, 12))) continue;
    push(out, 'address', m.index, m[0]);
  }
  for (const m of MILITARY_WORD.test(text) ? matches(MILITARY, text) : []) push(out, 'address', m.index, m[0]);
  for (const m of POSTAL_WORD.test(text) ? matches(POSTAL_CODE, text) : []) push(out, 'postal-code', m.index, m[0]);
  for (const m of matches(UK_POSTCODE, text)) push(out, 'postal-code', m.index, m[0]);
  for (const m of matches(US_STATE_ZIP, text)) push(out, 'postal-code', m.index + m[0].search(/[A-Z]/), m[0].slice(m[0].search(/[A-Z]/)));
  for (const m of matches(NUMBER_NAME_NUMBER, text)) {
    // "Top 10 Songs 2019": a year at the end is a title, not a house number.
    if (!/(?:^|\s)(?:19|20)\d\d$/.test(m[0])) push(out, 'address', m.index, m[0]);
  }
  findCued(text, out);
  return out;
}

function findCued(text: string, out: Candidate[]): void {
  if (!CUE_WORDS.test(text)) return;
  for (const m of matches(CUED_STREET, text)) {
    const street = m[1];
    if (PROSE.test(` ${street} `)) continue;
    // Only "address" and "corner of" are sure enough for a street written all in lower case ("meet me at 5 pm").
    if (!/\p{Lu}/u.test(street) && !/address|corner/i.test(m[0])) continue;
    push(out, 'address', m.index + m[0].length - street.length, street, 2);
  }
}
