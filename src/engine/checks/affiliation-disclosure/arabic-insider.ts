// Arabic insider talk: the writer speaks from inside the organisation ("وزارتنا", "إحنا في البلدية", "ميزانيتنا في الوزارة",
// "اللي اشتغلنا عليه في الدائرة", "من داخل الوزارة"), read from the words' morphology, not from a phrase list.
import { arabicTokens, compileLexicon, foldArabicWord, type ArabicLexicon, type ArabicToken } from '../../arabic/index.js';
import { AR_IN, AR_INSIDER_NOUNS, AR_WE, AR_WORKPLACE } from './workplace.js';

type Kind = 'workplace' | 'insider' | 'work';

const BASE: Array<{ term: string; data: Kind }> = [
  ...AR_WORKPLACE.map((term) => ({ term, data: 'workplace' as const, arabizi: false })),
  ...AR_INSIDER_NOUNS.map((term) => ({ term, data: 'insider' as const, arabizi: false })),
  // "في العمل", "بالدوام": work as a place, insider only with "we" ("أنهينا المشروع في العمل").
  ...['عمل', 'شغل', 'دوام'].map((term) => ({ term, data: 'work' as const, arabizi: false })),
];

/** "جهة عملي", "مكان عملنا", "مقر عملي": the workplace said as "where I work". */
const WHERE_I_WORK = compileLexicon([
  { term: 'جهة عمل', data: 'workplace', arabizi: false },
  { term: 'مكان عمل', data: 'workplace', arabizi: false },
  { term: 'مقر عمل', data: 'workplace', arabizi: false },
  { term: 'جهة شغل', data: 'workplace', arabizi: false },
  { term: 'مكان شغل', data: 'workplace', arabizi: false },
]);

/** Words ending in ـنا that are a citizen's errand or belongings, not the organisation's work ("راجعنا", "معاملتنا"). */
const CITIZEN_WE = new Set(
  [
    'راجعنا', 'رحنا', 'زرنا', 'قدمنا', 'انتظرنا', 'اتصلنا', 'سالنا', 'دفعنا', 'سجلنا', 'وصلنا', 'دخلنا', 'جينا', 'وقفنا', 'تاخرنا', 'طلبنا',
    'حصلنا', 'استلمنا', 'قعدنا', 'رجعنا', 'تعبنا', 'شفنا', 'سمعنا', 'قرينا', 'ترددنا', 'اشتكينا', 'بلغنا', 'خلصنا', 'نمنا', 'تورطنا',
    'معاملتنا', 'ملفنا', 'اوراقنا', 'موعدنا', 'شكوتنا', 'شكوانا', 'بلاغنا', 'قضيتنا', 'حقنا', 'حقوقنا', 'دورنا', 'بيتنا', 'ارضنا', 'عيالنا',
    'ولدنا', 'حارتنا', 'منطقتنا', 'قريتنا', 'ولايتنا', 'بلدنا', 'اهلنا', 'ربنا', 'الينا', 'علينا', 'لنا', 'بنا', 'منا', 'عنا', 'فينا', 'انا',
  ].map(foldArabicWord),
);

/** Bodies a citizen also calls "ours" ("بلديتنا ما سوت شي"): owned by "us" they are not insider talk, placed they still are. */
const CITIZENS_TOO = new Set(['بلدية', 'مجلس']);

/** Clause ends: a first person across one of these does not reach the workplace. */
const CLAUSE_END = /[.!?؟،,;؛:\n]/;

const cache = new Map<string, ArabicLexicon<Kind>>();

/** The built-in workplace words plus the organisation's own Arabic names ("وزارة النقل"). */
function lexiconFor(names: readonly string[]): ArabicLexicon<Kind> {
  const key = names.join('\u0000');
  let lex = cache.get(key);
  if (!lex) {
    const own = names.filter((n) => /[\u0621-\u064A]/.test(n)).map((term) => ({ term, data: 'workplace' as const, arabizi: false }));
    lex = compileLexicon<Kind>([...BASE, ...own]);
    if (cache.size > 32) cache.clear();
    cache.set(key, lex);
  }
  return lex;
}

export interface InsiderSpan {
  start: number;
  end: number;
}

/** A word in the first person plural: a perfect verb "اشتغلنا", with an object "طورناها", or a noun "خطتنا". */
const endsWithWe = (form: string) => form.length >= 4 && /نا(?:ه|ها|هم|هن|ك|كم)?$/.test(form);

/** "في", "وفي", "داخل": a preposition placing someone in a place, with or without a glued و/ف. */
const isIn = (t: ArabicToken | undefined) => t !== undefined && (AR_IN.has(t.form) || (/^[وف]/.test(t.form) && AR_IN.has(t.form.slice(1))));

/** True when no clause mark stands between two tokens. */
function sameClause(text: string, from: ArabicToken, to: ArabicToken): boolean {
  return !CLAUSE_END.test(text.slice(from.end, to.start));
}

/** The last sentence read, kept for its next reader (impartiality's and the cross-checks' employer look-up read it too). */
let last: { text: string; names: readonly string[]; spans: InsiderSpan[] } | null = null;

/** Spans of Arabic insider talk in a segment's normalised text; `names` are the organisation's names and aliases. */
export function arabicInsider(text: string, names: readonly string[]): InsiderSpan[] {
  if (!last || last.text !== text || last.names.length !== names.length || last.names.some((n, i) => n !== names[i])) {
    last = { text, names: [...names], spans: insiderSpans(text, names) };
  }
  return last.spans.map((s) => ({ ...s }));
}

function insiderSpans(text: string, names: readonly string[]): InsiderSpan[] {
  const tokens = arabicTokens(text);
  if (tokens.length === 0) return [];
  const out: InsiderSpan[] = [];
  const lex = lexiconFor(names);
  const found = lex.find(tokens);
  for (const m of WHERE_I_WORK.find(tokens)) {
    const suffix = m.readings[m.readings.length - 1].suffix;
    if (suffix === 'ي' || suffix === 'نا') out.push({ start: m.start, end: m.end });
  }
  for (const m of found) {
    if (m.entry.data === 'insider') continue;
    const head = m.readings[0];
    const prev = tokens[m.first - 1];
    const work = m.entry.data === 'work';
    // "وزارتنا", "إدارتي", "قسمنا": the workplace owned by the writer. A bare ـي on a masculine noun is often an adjective
    // ("سوق مركزي", "عمل إداري"), so "قسمي" counts only after a preposition or with one glued on ("في قسمي", "بمكتبي").
    const mine = head.suffix === 'تي' || (head.suffix === 'ي' && (isIn(prev) || /[بلف]$/.test(head.prefix)));
    if (!work && (head.suffix.endsWith('نا') || mine)) {
      if (!(CITIZENS_TOO.has(m.entry.term) && head.suffix.endsWith('نا'))) out.push({ start: m.start, end: m.end });
      continue;
    }
    // Placed in the workplace: "في الوزارة", "بالبلدية", "داخل الهيئة", "عندنا في الدائرة".
    const placed = /^(?:و|ف)?بال/.test(head.prefix) || isIn(prev);
    if (!placed || (work && (head.suffix !== '' || !head.prefix.endsWith('ال')))) continue;
    // "من داخل الوزارة": a claim from inside, whoever speaks.
    if (prev && prev.form === 'داخل' && tokens[m.first - 2]?.form === 'من') {
      out.push({ start: tokens[m.first - 2].start, end: m.end });
      continue;
    }
    const from = isIn(prev) ? m.first - 1 : m.first;
    const we = firstPersonBefore(text, tokens, from, found);
    if (we !== undefined) out.push({ start: tokens[we].start, end: m.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Index of a first-person word up to four words before token `at`, in the same clause: إحنا، عندنا، a verb or noun in ـنا. */
function firstPersonBefore(text: string, tokens: ArabicToken[], at: number, found: ReturnType<ArabicLexicon<Kind>['find']>): number | undefined {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const t = tokens[k];
    if (!sameClause(text, t, tokens[at])) return undefined;
    const form = /^[وف]/.test(t.form) && AR_WE.has(t.form.slice(1)) ? t.form.slice(1) : t.form;
    if (AR_WE.has(form)) return k;
    const insider = found.find((m) => m.first === k && m.entry.data === 'insider');
    if (insider && /(?:نا|ي)$/.test(insider.readings[0].suffix)) return k;
    if (!insider && endsWithWe(form) && !CITIZEN_WE.has(form) && !CITIZEN_WE.has(t.form)) return k;
  }
  return undefined;
}
