// Identity numbers: Omani civil number, UK National Insurance, NHS and driving licence, US SSN, passports.
import { normalizeTerm } from '../../normalize.js';
import { nhsValid } from './checksums.js';
import { before, cueMatcher, type Candidate, type DetailRule } from './candidate.js';
import { matches } from '../../matches.js';

const CIVIL_CUE = cueMatcher(
  ['civil number', 'civil no', 'civil id', 'civil card', 'id number', 'id no', 'id', 'id card', 'identity card', 'identity number',
    'national id', 'resident card', 'residence card', 'residency card', 'emirates id', 'iqama', 'identification number'],
  ['الرقم المدني', 'رقمي المدني', 'رقمه المدني', 'رقمها المدني', 'رقمك المدني', 'رقمهم المدني', 'رقم مدني', 'بطاقته المدنية', 'بطاقتها المدنية',
    'رقم البطاقة المدنية', 'البطاقة الشخصية', 'بطاقتي الشخصية', 'الرقم الوطني', 'البطاقة المدنية', 'بطاقتي المدنية', 'بطاقة مدنية', 'رقم البطاقة',
    'رقم الهوية', 'الهوية', 'بطاقة الهوية', 'هويتي', 'بطاقة الإقامة', 'رقم الإقامة', 'الإقامة'].map(normalizeTerm),
);
const PASSPORT_CUE = cueMatcher(['passport', 'passport no', 'travel document'], ['جواز', 'جوازي', 'رقم الجواز', 'جواز السفر'].map(normalizeTerm));
const NHS_CUE = cueMatcher(['nhs', 'nhs no', 'nhs number', 'health number']);
const SSN_CUE = cueMatcher(['ssn', 'social security', 'social security number', 'itin', 'taxpayer identification', 'tax id']);
const LICENCE_CUE = cueMatcher(["driver's license", 'drivers license', 'driver license', "driver's licence", 'driving licence', 'driving license', 'licence number', 'license number', 'licence no', 'license no', 'dl'],
  ['رخصة القيادة', 'رخصة السياقة', 'رقم الرخصة'].map(normalizeTerm));

const NUMBER_7_10 = /(?<![\p{L}\p{N}+\-./])\d{7,10}(?![\p{L}\p{N}]|[.\-/]\d)/gu;
const PASSPORT_NUMBER = /(?<![\p{L}\p{N}])[A-Za-z]{0,2}\d{6,9}(?![\p{L}\p{N}])/gu;
const NI_NUMBER = /(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])(?![A-Za-z0-9])/gi;
const NI_BAD_PREFIX = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);
const NHS_NUMBER = /(?<![\p{L}\p{N}+\-./])\d{3}([ -]?)\d{3}\1\d{4}(?![\p{L}\p{N}]|[.\-/]\d)/gu;
const SSN_DASHED = /(?<![\p{L}\p{N}\-./])(\d{3})-(\d{2})-(\d{4})(?![\p{L}\p{N}]|[\-./]\d)/gu;
const SSN_PLAIN = /(?<![\p{L}\p{N}\-./])(\d{3})[ ]?(\d{2})[ ]?(\d{4})(?![\p{L}\p{N}]|[\-./]\d)/gu;
const UK_LICENCE = /(?<![A-Za-z0-9])[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}\d[A-Z]{2}(?![A-Za-z0-9])/g;
const LICENCE_NUMBER = /(?<![\p{L}\p{N}])(?=[A-Za-z0-9-]*\d{4})[A-Za-z0-9][A-Za-z0-9-]{4,17}[A-Za-z0-9](?![\p{L}\p{N}])/gu;

/** Text every licence cue contains (without its word edges): LICENCE_NUMBER is worth running only when one is near. */
const LICENCE_WORDS = new RegExp(`dl|licen[cs]e|${normalizeTerm('رخصة')}`, 'i');

function cand(rule: DetailRule, start: number, value: string, priority: number): Candidate {
  return { rule, start, end: start + value.length, value, priority };
}

/** Numbers right after a cue word ("civil number: 12345678"); a bare 8-digit number is too often something else. */
function afterCue(text: string, re: RegExp, cue: RegExp, rule: DetailRule, priority: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(re, text)) {
    const cued = cue.test(before(text, m.index, 35));
    out.push({ ...cand(rule, m.index, m[0], cued ? priority : 0), needsCue: !cued });
  }
  return out;
}

export function civilCueIn(window: string): boolean {
  return CIVIL_CUE.test(window);
}

export function passportCueIn(window: string): boolean {
  return PASSPORT_CUE.test(window);
}

export function findCivilIds(text: string): Candidate[] {
  return afterCue(text, NUMBER_7_10, CIVIL_CUE, 'civil-id', 7);
}

export function findPassports(text: string): Candidate[] {
  return afterCue(text, PASSPORT_NUMBER, PASSPORT_CUE, 'passport', 7);
}

export function findNiNumbers(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(NI_NUMBER, text)) {
    const prefix = m[1].toUpperCase();
    if (NI_BAD_PREFIX.has(prefix)) continue;
    // Lower-case letters with spaces are more often words than a number written carelessly.
    if (m[0] !== m[0].toUpperCase() && m[0].includes(' ')) continue;
    out.push(cand('ni-number', m.index, m[0], 8));
  }
  return out;
}

export function findNhsNumbers(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(NHS_NUMBER, text)) {
    if (!nhsValid(m[0].replace(/\D/g, ''))) continue;
    // Named as NHS it wins over a phone reading; otherwise a valid phone reading wins.
    const cue = NHS_CUE.test(before(text, m.index, 35));
    out.push(cand('nhs-number', m.index, m[0], cue ? 9 : 4));
  }
  return out;
}

/** US Social Security and taxpayer numbers: area 000, 666 and group 00, serial 0000 are never issued. */
export function findSsns(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(SSN_DASHED, text)) {
    if (plausibleSsn(m[1], m[2], m[3])) out.push(cand('ssn', m.index, m[0], 7));
  }
  for (const m of matches(SSN_PLAIN, text)) {
    if (m[0].includes('-') || !SSN_CUE.test(before(text, m.index, 35))) continue;
    if (plausibleSsn(m[1], m[2], m[3])) out.push(cand('ssn', m.index, m[0], 7));
  }
  return out;
}

function plausibleSsn(area: string, group: string, serial: string): boolean {
  if (area === '000' || area === '666' || group === '00' || serial === '0000') return false;
  if (area[0] !== '9') return true;
  // Taxpayer numbers (ITIN) start with 9 and use these group ranges.
  const g = Number(group);
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || g >= 94;
}

export function findDrivingLicences(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(UK_LICENCE, text)) out.push(cand('driving-licence', m.index, m[0], 8));
  if (!LICENCE_WORDS.test(text)) return out;
  for (const m of matches(LICENCE_NUMBER, text)) {
    if (LICENCE_CUE.test(before(text, m.index, 35))) out.push(cand('driving-licence', m.index, m[0], 7));
  }
  return out;
}
