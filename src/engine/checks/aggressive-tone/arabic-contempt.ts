// Arabic contempt built by grammar, not by word: "شكلك ما تفهم", "ما تعرف تقرا؟", "حتى الطفل يعرف".
import type { ArabicToken } from '../../arabic/index.js';
import type { Hit } from '../../types.js';
import { hasYouEnding, matchesByToken, speaksToYou, wordSet, YOU_WORDS } from './arabic-addressed.js';
import { toneHit } from './tone-hit.js';

let lexicons: ReturnType<typeof build> | null = null;

function build() {
  return {
    /** Understanding, reading, learning: what the reader is said not to manage. */
    grasp: wordSet('يفهم يعرف يقرا/يقري يكتب يدرس يتعلم يستوعب يميز يفرق يدخل', 'verb'),
    /** A child, as the measure of what anyone can do. */
    child: wordSet('طفل/اطفال بزر/بزارين ياهل/يهال ورع/ورعان ولد بنت عيال صغير'),
    /** Explaining the obvious to someone: "أحد يشرح له", "حد يفهم الأخ". */
    explain: wordSet('يشرح يفهم يوضح', 'verb'),
  };
}

/** "It seems you...": شكلك، الظاهر، واضح، يبدو، باين (عليك). */
const SEEMS = new Set([
  'شكلك', 'شكلكم', 'شكله', 'الظاهر', 'واضح', 'يبدو', 'باين', 'بين', 'ويبدو', 'والظاهر', 'وشكلك',
  // "your problem is you don't understand": مشكلتك، المشكله انك
  'مشكلتك', 'مشكلتكم', 'ومشكلتك', 'ومشكلتكم', 'المشكله', 'والمشكله', 'عيبك', 'عيبكم',
]);
const NEGATORS = new Set(['ما', 'مب', 'مو', 'مش', 'لا', 'لم', 'مهب', 'ما', 'ma', 'mob', 'mu', 'msh', 'mish']);
const EVEN = new Set(['حتى', 'حتي', 'وحتى', 'وحتي']);
/** "nothing but": ما تعرف غير الحش، لا تعرفون غير الشكوى. */
const BUT = new Set(['الا', 'غير', 'سوي', 'سوى']);
/** "somebody" asked to explain: احد، حد، حدا، واحد. */
const SOMEBODY = new Set(['احد', 'حد', 'حدا', 'واحد']);
/** Who the explaining is for: not the writer ("احد يفهمني" is a real question). */
const TO_OTHER = /^(?:ل|لل)(?!ي$|نا$)\p{L}+$/u;

/** Contempt by construction, in a segment's tokens: one hit per construction. */
export function arabicContemptHits(tokens: ArabicToken[], text: string): Hit[] {
  lexicons ??= build();
  const grasp = matchesByToken(lexicons.grasp, tokens);
  const hits: Hit[] = [];
  const add = (from: number, to: number) =>
    hits.push(toneHit('insult', tokens[from].start, tokens[to].end));
  for (let i = 0; i < tokens.length; i++) {
    const m = grasp.get(i);
    if (!m || !m.negated || m.person === 'we' || m.person === 'i') continue;
    // "ما تعرف غير الحش", "لا تعرفون الا الشكوى": the reader knows nothing but one bad habit.
    if (m.person === 'you' && tokens[i + 1] && BUT.has(tokens[i + 1].form) && tokens[i + 2]) {
      add(i > 0 && NEGATORS.has(tokens[i - 1].form) ? i - 1 : i, i + 2);
      continue;
    }
    const you = m.person === 'you' || /^(?:ت|تي|تو|توا|تم)$/.test(m.readings[0].suffix) || hasYouEnding(tokens[i]);
    if (!you) continue;
    // "شكلك ما تفهم", "الظاهر انك ما قريت": a guess that the reader cannot understand or read.
    const seemAt = [i - 1, i - 2, i - 3, i - 4].find((k) => k >= 0 && SEEMS.has(tokens[k].form));
    if (seemAt !== undefined) {
      add(seemAt, i);
      continue;
    }
    // "ما تعرف تقرا", "ما تفهم عربي؟", "انت ما تفهم": can't you read / understand.
    const next = grasp.get(i + 1);
    const asked = /^\s*[?؟]/.test(text.slice(tokens[i].end, tokens[i].end + 3));
    const saidToYou = i >= 2 && YOU_WORDS.has(tokens[i - 2].form);
    const from = saidToYou ? i - 2 : i > 0 && NEGATORS.has(tokens[i - 1].form) ? i - 1 : i;
    if ((next && next.person === 'you') || asked || saidToYou) add(from, next && next.person === 'you' ? i + 1 : i);
  }
  // "أحد يشرح لأخونا", "حد يفهمه": asking somebody to explain the obvious to someone else.
  const explain = matchesByToken(lexicons.explain, tokens);
  for (const [i, m] of explain) {
    if (i === 0 || !SOMEBODY.has(tokens[i - 1].form) || m.negated || m.person !== 'he') continue;
    const suffix = m.readings[0].suffix;
    const next = tokens[i + 1]?.form ?? '';
    if (/^(?:ه|ها|هم)$/.test(suffix) || (suffix === '' && TO_OTHER.test(next))) add(i - 1, suffix === '' ? i + 1 : i);
  }
  // "حتى الطفل يعرف": even a child manages what the reader does not.
  if (!speaksToYou(tokens)) return hits;
  const child = matchesByToken(lexicons.child, tokens);
  for (let i = 0; i < tokens.length; i++) {
    if (!EVEN.has(tokens[i].form)) continue;
    const c = [i + 1, i + 2].find((k) => child.has(k));
    if (c === undefined) continue;
    const g = [c + 1, c + 2, c + 3].find((k) => grasp.has(k) && !grasp.get(k)!.negated);
    if (g !== undefined) add(i, g);
  }
  return hits;
}
