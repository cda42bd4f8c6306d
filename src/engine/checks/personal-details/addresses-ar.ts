// Arabic home addresses: منزل/فيلا/مبنى/سكة/شارع with a number, ص.ب, الرمز البريدي, and "عنواني ...".
import { normalizeTerm } from '../../normalize.js';
import type { Candidate } from './candidate.js';
import { matches } from '../../matches.js';

const alt = (words: string[]) => words.map((w) => normalizeTerm(w).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s*')).join('|');

/** Parts of an Omani address that carry a number: house, villa, building, flat, way (سكة), street, plot. */
const PLACE_WORDS = alt(['منزل', 'منزلي', 'بيت', 'بيتي', 'فيلا', 'فلة', 'فله', 'مبنى', 'بناية', 'عمارة', 'شقة', 'شقتي', 'سكة', 'سكه', 'شارع', 'طريق', 'مجمع', 'قطعة', 'الطابق', 'غرفة', 'بلوك']);
const PLACE_NUMBER = new RegExp(`(?<![\\p{L}])(?:[وب]|ال)?(?:${PLACE_WORDS})(?:\\s*(?:رقم|رقمه|رقمها|no\\.?))?(?:\\s*[:#])?\\s*\\d{1,5}(?!\\p{N})`, 'gu');
const NUMBER_PLACE = new RegExp(`(?<![\\p{N}])\\d{1,5}\\s*(?:${alt(['شارع', 'سكة'])})(?!\\p{L})`, 'gu');
/** ص.ب 123, صندوق بريد 123, ص ب: 123. */
const PO_BOX = new RegExp(`(?:${alt(['ص.ب', 'ص ب', 'ص. ب', 'ص.ب.', 'صندوق بريد', 'صندوق البريد', 'ص/ب'])})(?:\\s*[:.])?\\s*(?:رقم\\s*)?\\d{1,6}(?!\\p{N})`, 'gu');
/** الرمز البريدي 112, ر.ب 112. */
const POSTAL = new RegExp(`(?:${alt(['الرمز البريدي', 'رمز بريدي', 'ر.ب', 'ر ب', 'الرقم البريدي'])})(?:\\s*[:.])?\\s*\\d{3,6}(?!\\p{N})`, 'gu');
/** "My address is ...", "I live in ... street": flag the rest of the clause. */
const MY_ADDRESS = new RegExp(`(?:${alt(['عنواني', 'عنوان منزلي', 'عنوان بيتي', 'عنوان البيت', 'عنوان المنزل', 'عنوان سكني'])})(?:\\s*(?:هو|:))?\\s*([^.,;!?\\n]{3,80})`, 'gu');
const I_LIVE = new RegExp(`(?:${alt(['اسكن', 'أسكن', 'نسكن', 'ساكن', 'ساكنه', 'بيتي', 'منزلي', 'بيتنا', 'منزلنا'])})\\s+(?:في\\s+)?([^.,;!?\\n]{0,40}?(?:${alt(['شارع', 'سكة', 'حارة', 'حاره', 'فريج', 'مجمع', 'عمارة', 'بناية'])})[^.,;!?\\n]{0,40})`, 'gu');

/** A road, way or street: its number alone names a public road ("طريق ١٥", "السكة رقم ٤٥١٢"), not where someone lives. */
const ROAD = new RegExp(`^(?:[وب]|ال)?(?:${alt(['سكة', 'سكه', 'شارع', 'طريق'])})|(?:${alt(['شارع', 'سكة'])})$`, 'u');
/** Words that make a lone road number someone's address: home, my address, I live. */
const HOME = new RegExp(alt(['بيت', 'منزل', 'عنوان', 'ساكن', 'اسكن', 'أسكن', 'نسكن', 'سكني', 'التوصيل', 'توصيل']), 'u');
/** How near another part of the address must be for a road number to count as part of it. */
const NEAR = 30;

export function findArabicAddresses(text: string): Candidate[] {
  const out: Candidate[] = [];
  const roads: Candidate[] = [];
  const add = (rule: 'address' | 'postal-code', start: number, raw: string, list = out) => {
    const value = raw.trimEnd();
    list.push({ rule, start, end: start + value.length, value, priority: 3 });
  };
  for (const m of matches(PLACE_NUMBER, text)) add('address', m.index, m[0], ROAD.test(m[0].trim()) ? roads : out);
  for (const m of matches(NUMBER_PLACE, text)) add('address', m.index, m[0], roads);
  for (const m of matches(PO_BOX, text)) add('address', m.index, m[0]);
  for (const m of matches(POSTAL, text)) add('postal-code', m.index, m[0]);
  for (const m of matches(MY_ADDRESS, text)) add('address', m.index + m[0].length - m[1].length, m[1].trimEnd());
  for (const m of matches(I_LIVE, text)) add('address', m.index + m[0].length - m[1].length, m[1].trimEnd());
  // A road number stands only beside a house, flat or building number, or where the post says it is a home.
  const home = roads.length > 0 && HOME.test(text);
  for (const r of roads) {
    if (home || out.some((o) => o.start - r.end <= NEAR && r.start - o.end <= NEAR)) out.push(r);
  }
  return out;
}
