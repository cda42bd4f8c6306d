// Arabic ways of taking a side in party politics (MSA and Gulf), on normalised text (أ/إ/آ as ا, ة as ه, ى as ي, no
// tashkeel): صوّتوا لفلان، انتخبوا فلان، ندعم المرشح، مرشحنا، أفضل حزب، a listed name praised or attacked. A call to
// take part ("شارك في الانتخابات"، "صوتك أمانة"، "صوّت لمن تراه الأنسب") takes no side and is left alone.
import { cuesOf, type SideTaken } from './cue.js';

const L = '\\p{L}';

/** What a vote is asked for when it names no side: whoever, the fittest, your own candidate. */
const GENERIC_OBJECT =
  /^(?:من|لمن|الذي|اللي|التي|الاصلح|الاكفا|الانسب|الافضل|الاجدر|الاحق|الامين|الاقدر|مرشحك|مرشحكم|مرشحيكم|ممثلك|ممثلكم|ممثليكم|ممثليهم|ه|ها|هم|المرشحين|مرشحين|في|يوم|عبر|اليوم|غدا|بكره|مبكرا|الكترونيا|الان|هنا)$/;

/** "المرشح الأنسب", "المرشح الذي تراه": a candidate described, not named. */
const GENERIC_AFTER_CANDIDATE = /^(?:الذي|اللي|المناسب|الانسب|الاكفا|الافضل|الاصلح|الاجدر|الكفء|الكفو|من)$/;

/** صوّتوا لـ، أعطوا صوتكم لـ، امنح صوتك لـ، لا تصوتوا لـ: a vote asked for someone. */
const VOTE_TO = new RegExp(
  `(?<![${L}])(?:(?:لا|ما)\\s+(?:تصوتوا|تصوتون|(?:تعطوا|تعطون)\\s+(?:صوتكم|اصواتكم))|[وف]?(?:صوتوا|صوتو|(?:اعطوا|امنحوا|اعطو)\\s+(?:صوتكم|اصواتكم)|(?:اعط|امنح|اعطي)\\s+صوتك))\\s+(الي\\s+|ل\\s*)([${L}]+)(?:\\s+([${L}]+))?`,
  'gu',
);

/** انتخبوا فلان، رشّحوا فلان، لا تنتخبوا فلان: said to the reader at the start of a sentence (not "they elected"). */
const ELECT = new RegExp(`(?:^|[,.!:;؟\\n-]\\s*|لا\\s+|يا\\s+[${L}]+\\s+)[وف]?(?:انتخبوا|انتخبي|رشحوا|تنتخبوا|تنتخبون)\\s+([${L}]+)(?:\\s+([${L}]+))?`, 'gu');

/** ندعم المرشح، نؤيد المرشحة، ادعموا مرشح، دعمنا للمرشح، ندعم ترشح: support for one candidate. */
const SUPPORT_CANDIDATE = new RegExp(
  `(?<![${L}])[وف]?(?:ندعم|نويد|نساند|ادعم|اويد|اساند|ادعموا|ايدوا|ساندوا|اختاروا|دعمنا|تاييدنا|دعمي|تاييدي)\\s+(?:ل)?(?:ال|ل)?(?:مرشح|مرشحه|ترشح|ترشيح)(?![${L}])(?:\\s+([${L}]+))?`,
  'gu',
);

/** مرشحنا، مرشحتنا: "our candidate", also said of an award's or a scholarship's nominee. */
const OUR_CANDIDATE = new RegExp(`(?<![${L}])[وفبل]?(?:مرشحنا|مرشحتنا)(?![${L}])`, 'gu');

/** أفضل حزب، أسوأ حزب، أفشل عضو شورى: a verdict on a party or a member. */
const PARTY_VERDICT = new RegExp(
  `(?<![${L}])(?:ال)?(?:افضل|احسن|اسوا|افشل|اتفه|اعظم|اخيب)\\s+(?:حزب|الاحزاب|عضو\\s+(?:مجلس\\s+)?(?:الشوري|شوري|برلمان|البرلمان))(?![${L}])`,
  'gu',
);

/** "أفضل مرشح": a verdict, also said of a job candidate. */
const CANDIDATE_VERDICT = new RegExp(`(?<![${L}])(?:ال)?(?:افضل|احسن|اسوا|افشل|خير)\\s+(?:مرشح|مرشحه)(?![${L}])`, 'gu');

/** الحزب فاشل، حزبهم عار: a party attacked or praised. */
const PARTY_IS = new RegExp(
  `(?<![${L}])[وف]?(?:ال)?(?:حزب|احزاب|حزبهم|حزبكم)(?:\\s+[${L}]+)?\\s+(?:هو\\s+|هم\\s+)?(?:ال)?(?:فاشل|فاشلين|عار|خونه|خاين|فاسد|فاسدين|كذاب|كذابين|مهزله|فضيحه|افضل|احسن|اسوا|افشل)(?![${L}])`,
  'gu',
);

/** Praise or blame after a listed name: فلان فاشل، حزب فلان عار، فلان يستاهل الفوز. */
const EVALUATION_AFTER = new RegExp(
  `^\\s+(?:هو\\s+|هي\\s+|هم\\s+)?(?:(?:ال)?(?:فاشل|فاشله|فاشلين|عار|فضيحه|مهزله|فاسد|فاسدين|كذاب|كذابين|خاين|خونه|حراميه|تافه|مهرج|مهرجين|اسوا|افشل|بطل|ابطال|افضل|احسن|اعظم|فخر)(?![${L}])|(?:يستاهل|يستحق|تستاهل|تستحق)\\s+(?:الفوز|صوتكم|صوتك|اصواتكم)(?![${L}]))`,
  'u',
);

/** Praise, blame or support before a listed name: عاش فلان، يسقط فلان، عار على فلان، ندعم فلان، برافو فلان. */
const BEFORE_NAME = new RegExp(
  `(?<![${L}])(?:(عاش|يعيش|تحيا|برافو|عار\\s+علي|فخورين|فخورون|نفتخر|يسقط|تسقط|الله\\s+يقطع)|(ندعم|نويد|نساند|ادعموا|ساندوا|ايدوا|انتخبوا|صوتوا|اختاروا))\\s*$`,
  'u',
);

/** Words that start the rest of a sentence after a name: في، يوم، من، على. */
const FUNCTION_WORDS = new Set(['في', 'يوم', 'من', 'على', 'علي', 'عبر', 'الي', 'و', 'لان', 'لانه', 'لانها', 'عشان', 'هو', 'هي', 'اليوم', 'غدا', 'بكره', 'وخلونا', 'ما', 'لا']);

/** True when the words after a vote name no side. */
function generic(first: string, second: string | undefined): boolean {
  let word = first.replace(/^(?:لل|ل)/, (p) => (p === 'لل' ? 'ال' : ''));
  if (word === 'ال' || word === '') word = second ?? '';
  if (GENERIC_OBJECT.test(word)) return true;
  if (/^(?:ال)?مرشح(?:ه)?$/.test(word) && second !== undefined && GENERIC_AFTER_CANDIDATE.test(second)) return true;
  return /^ب/.test(word) && word.length > 3; // بضمير، بوعي: how to vote, not whom
}

/** A listed name's span, widened over the words that take a side on it, or null when the sentence only mentions it. */
export function arabicOnName(text: string, start: number, end: number): SideTaken | null {
  const after = EVALUATION_AFTER.exec(text.slice(end, end + 60));
  if (after) return { start, end: end + after[0].length, rule: /يستاهل|يستحق|تستاهل|تستحق/.test(after[0]) ? 'endorsement' : 'party-politics' };
  const before = text.slice(Math.max(0, start - 30), start);
  const m = BEFORE_NAME.exec(before);
  if (m) return { start: start - (before.length - m.index), end, rule: m[2] ? 'endorsement' : 'party-politics' };
  return null;
}

/** Spans of Arabic side-taking in a normalised sentence (listed names are read by arabicOnName). */
export function arabicSides(text: string): SideTaken[] {
  if (!/صوت|نتخب|رشح|مرشح|حزب|احزاب|شوري|برلمان/.test(text)) return [];
  const out: SideTaken[] = [];
  for (const re of [VOTE_TO, ELECT]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      // VOTE_TO keeps a glued ل with the word ("للأكفأ" is ل + الأكفأ); a spaced "لـ أحمد" leaves the name alone.
      const [first, second] = re === VOTE_TO ? [m[1] === 'ل' ? `ل${m[2]}` : m[2], m[3]] : [m[1], m[2]];
      if (generic(first, second)) continue;
      const lead = /^[,.!:;؟\n-]\s*/.exec(m[0]);
      // The second word belongs to the name ("سالم الحارثي"), not when it starts the rest of the sentence ("سالم في").
      const last = re === VOTE_TO ? m[3] : m[2];
      const kept = last !== undefined && FUNCTION_WORDS.has(last) ? m[0].slice(0, m[0].lastIndexOf(last)).trimEnd() : m[0];
      out.push({ start: m.index + (lead ? lead[0].length : 0), end: m.index + kept.length, rule: 'endorsement' });
    }
    re.lastIndex = 0;
  }
  SUPPORT_CANDIDATE.lastIndex = 0;
  for (let m = SUPPORT_CANDIDATE.exec(text); m !== null; m = SUPPORT_CANDIDATE.exec(text)) {
    if (m[1] !== undefined && GENERIC_AFTER_CANDIDATE.test(m[1])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, rule: 'endorsement' });
  }
  SUPPORT_CANDIDATE.lastIndex = 0;
  out.push(...cuesOf(OUR_CANDIDATE, text, 'endorsement', true));
  out.push(...cuesOf(PARTY_VERDICT, text, 'party-politics'));
  out.push(...cuesOf(CANDIDATE_VERDICT, text, 'party-politics', true));
  out.push(...cuesOf(PARTY_IS, text, 'party-politics'));
  return out;
}
