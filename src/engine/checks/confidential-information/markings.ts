// Protective markings written on a document or a message (RESTRICTED, OFFICIAL-SENSITIVE, سري للغاية, للاستخدام الداخلي):
// what a classified paper says of itself, never the everyday adjective ("your data stays confidential", "restricted parking").
import { matches } from '../../matches.js';

export interface Span {
  start: number;
  end: number;
}

/** A marking as documents print it, in capitals, where the rest of the sentence is not shouted. */
const CAPITAL_MARKING = /(?<![A-Za-z0-9-])(?:TOP SECRET|STRICTLY CONFIDENTIAL|CONFIDENTIAL|RESTRICTED|OFFICIAL[- ]SENSITIVE)(?![A-Za-z0-9-])/g;

/** A marking used as a heading or a tag: at the start of the sentence or in brackets, followed by a colon, a dash or the end. */
const HEADING_MARKING =
  /^[\s[(*"'“«]*(?:top secret|secret|strictly confidential|confidential|restricted|classified|internal only|internal)(?=\s*[:\]).\-–—|/]|\s*$)/i;
const BRACKETED_MARKING = /[[(](?:top secret|secret|strictly confidential|confidential|restricted|classified|internal only|internal)[\])]/gi;

/** Wording a document uses to say it must not go out, in any case ("Internal use only", "not for publication"). */
const ENGLISH_PHRASES = new RegExp(
  [
    'official[- ]sensitive',
    'for internal use(?: only)?',
    'internal use only',
    'internal only',
    'for internal circulation',
    'not for (?:publication|public release|public circulation|circulation|distribution|external distribution)',
    'not to be (?:shared|published|circulated|forwarded|made public|released)',
    'embargoed (?:until|till|to|for)',
    'under (?:an |a press )?embargo',
    'commercial in confidence',
  ]
    .map((p) => `(?<![A-Za-z])${p}(?![A-Za-z])`)
    .join('|'),
  'gi',
);

/** The same in Arabic, on normalised text (ة as ه, ى as ي, hamzas on alif dropped); a glued و or ف may open it. */
const ARABIC_PHRASES = new RegExp(
  '(?<![\\p{L}\\p{N}])[وف]?(?:' +
    [
      'سري (?:للغايه|جدا|وعاجل|وشخصي|ومكتوم|وهام|ومحدود التداول)',
      'خاص وسري',
      'للاستخدام الداخلي',
      'للاستعمال الداخلي',
      'للتداول الداخلي',
      'محدود التداول',
      'داخلي فقط',
      'غير (?:قابل |مخصص |معد )?للنشر',
      'ليس للنشر',
      'لا للنشر',
      '(?:ممنوع|محظور|يمنع|يحظر) (?:النشر|نشره|نشرها|تداوله|تداولها)',
    ].join('|') +
    ')(?![\\p{L}\\p{N}])',
  'gu',
);
const ARABIC_HEADING = /^[\s[(*"«]*(?:سري|مكتوم)(?=\s*[:\]).\-–—|/]|\s*$)/u;
const ARABIC_BRACKETED = /[[(](?:سري|مكتوم)[\])]/gu;

const LOWER = /[a-z]/;
const LATIN_LETTER = /[A-Za-z]/;
const ARABIC_LETTER = /[\u0621-\u064a]/;

function collect(re: RegExp, text: string, out: Span[]): void {
  for (const m of matches(re, text)) out.push({ start: m.index, end: m.index + m[0].length });
}

function heading(re: RegExp, text: string, out: Span[]): void {
  const m = re.exec(text);
  if (!m) return;
  // The span is the marking word itself, without the brackets or spaces before it.
  const lead = /^[\s[(*"'“«]*/.exec(m[0])![0].length;
  out.push({ start: m.index + lead, end: m.index + m[0].length });
}

/** Protective markings in the sentence, in order; overlapping ones kept once. */
export function markingSpans(text: string): Span[] {
  const out: Span[] = [];
  if (LATIN_LETTER.test(text)) {
    // Capitals mean a marking only where the sentence itself is not in capitals.
    if (LOWER.test(text)) collect(CAPITAL_MARKING, text, out);
    heading(HEADING_MARKING, text, out);
    collect(BRACKETED_MARKING, text, out);
    collect(ENGLISH_PHRASES, text, out);
  }
  if (ARABIC_LETTER.test(text)) {
    collect(ARABIC_PHRASES, text, out);
    heading(ARABIC_HEADING, text, out);
    collect(ARABIC_BRACKETED, text, out);
  }
  return joinOverlaps(out);
}

export function joinOverlaps(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
