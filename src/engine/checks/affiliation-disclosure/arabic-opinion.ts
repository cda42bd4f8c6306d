// Arabic personal opinion: "برأيي", "في تقديري الشخصي", "من وجهة نظري", "شخصياً أرى", "أعتقد شخصياً", "بيني وبينكم، أنا مب
// مقتنع". An opinion noun owned by "me", or a first-person verb of thinking with a word that makes it personal.
import { arabicTokens, compileLexicon } from '../../arabic/index.js';

type Kind = 'opinion-noun' | 'think' | 'personally' | 'convinced' | 'aside';

const LEXICON = compileLexicon<Kind>([
  // Nouns of opinion: owned by the writer (ـي) they make the sentence the writer's view.
  ...['رأي', 'تقدير', 'نظر', 'اعتقاد', 'ظن', 'تصور', 'قناعة', 'وجهة نظر', 'منظور', 'اجتهاد'].map((term) => ({ term, data: 'opinion-noun' as const, arabizi: false })),
  // Verbs of thinking: "I think", "I see", "I feel", "I expect", "I prefer" (Gulf أشوف، أحس، أتوقع).
  ...['يعتقد', 'يرى', 'يظن', 'يشوف', 'يحس', 'يتوقع', 'يفضل', 'يتصور', 'يقتنع', 'يميل', 'يؤمن', 'يتفق', 'يحبذ', 'يستغرب'].map((term) => ({
    term,
    pos: 'verb' as const,
    data: 'think' as const,
    arabizi: false,
  })),
  { term: 'مقتنع', data: 'convinced', arabizi: false },
  { term: 'شخصيا', data: 'personally', arabizi: false, pos: 'fixed' as const },
  { term: 'بصراحه', data: 'personally', arabizi: false, pos: 'fixed' as const },
  { term: 'صراحه', data: 'personally', arabizi: false, pos: 'fixed' as const },
  { term: 'بيني وبينك', data: 'aside', arabizi: false },
  { term: 'بيني وبينكم', data: 'aside', arabizi: false },
  { term: 'بالنسبه لي', data: 'personally', arabizi: false },
  { term: 'من جهتي', data: 'personally', arabizi: false },
]);

const I = new Set(['انا', 'اني', 'انني']);
/** Words leading an opinion noun ("في رأيي", "من وجهة نظري", "حسب تقديري"), quoted with it. */
const LEAD = new Set(['في', 'من', 'حسب', 'بحسب', 'على', 'وفي', 'ومن']);
/** Intensifiers after it ("رأيي الشخصي", "برأيي الخاص", "في رأيي المتواضع", "برأيي أنا"). */
const OWN = new Set(['الشخصي', 'الشخصيه', 'الخاص', 'الخاصه', 'المتواضع', 'المتواضعه', 'انا', 'الصريح', 'الصادق']);

export interface OpinionSpan {
  start: number;
  end: number;
}

/** Spans of personal opinion in a segment's normalised text. */
export function arabicOpinion(text: string): OpinionSpan[] {
  const tokens = arabicTokens(text);
  if (tokens.length === 0) return [];
  const found = LEXICON.find(tokens);
  const out: OpinionSpan[] = [];
  const near = (k: number, kind: Kind, reach: number) =>
    found.find((m) => m.entry.data === kind && Math.abs(m.first - k) <= reach && m.first !== k);
  for (const m of found) {
    const head = m.readings[m.readings.length - 1];
    switch (m.entry.data) {
      case 'opinion-noun':
        // "رأيي", "برأيي", "في تقديري", "وجهة نظري" — my view, not the committee's ("رأي اللجنة").
        if (head.suffix === 'ي') {
          const before = tokens[m.first - 1];
          const after = tokens[m.last + 1];
          const start = before && LEAD.has(before.form) ? before.start : m.start;
          const end = after && OWN.has(after.form) ? after.end : m.end;
          out.push(span(start, end));
        }
        break;
      case 'think': {
        // "أعتقد شخصياً", "شخصياً أرى", "أنا أشوف", "أنا ما أتفق": I think, said as mine.
        if (m.person !== 'i') break;
        const personal = near(m.first, 'personally', 3);
        const i = I.has(tokens[m.first - 1]?.form ?? '') || I.has(tokens[m.first - 2]?.form ?? '');
        if (personal) out.push(span(Math.min(personal.start, m.start), Math.max(personal.end, m.end)));
        else if (i) out.push(span(tokens[m.first - (I.has(tokens[m.first - 1]?.form ?? '') ? 1 : 2)].start, m.end));
        break;
      }
      case 'convinced':
        // "أنا مب مقتنع", "أنا مقتنع إن": the writer's own conviction.
        if (I.has(tokens[m.first - 1]?.form ?? '') || I.has(tokens[m.first - 2]?.form ?? '')) {
          out.push(span(tokens[m.first - (I.has(tokens[m.first - 1]?.form ?? '') ? 1 : 2)].start, m.end));
        }
        break;
      case 'aside':
        // "بيني وبينكم": an aside off the record is the person talking, not the organisation.
        out.push(span(m.start, m.end));
        break;
      default:
        break;
    }
  }
  return merge(out);
}

function span(start: number, end: number): OpinionSpan {
  return { start, end };
}

/** Overlapping spans joined, in order. */
function merge(spans: OpinionSpan[]): OpinionSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: OpinionSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

