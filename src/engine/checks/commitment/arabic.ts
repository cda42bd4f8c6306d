// Arabic commitment cues on normalised text (أإآ->ا, ة->ه, ى->ي, ؤ->و, ئ->ي, no tashkeel).
import { normalizeTerm } from '../../normalize.js';
import { AR_PREFIX, WORD_END, WORD_START, alternation } from '../../text/words.js';
import { arabicTokens, foldArabicWord } from '../../arabic/index.js';
import { ON_SOMEONE, arabicFutureCues } from './arabic-futures.js';
import { clauseBounds, isQuestion, type Cue } from './cue.js';
import { matches, mentions } from '../../matches.js';

const norm = (words: string[]) => alternation(words)!;

/** Explicit promises and assurances in the first person, or by the organisation. */
const PROMISE_WORDS = norm([
  'نعدكم', 'نعدك', 'أعدكم', 'أعدك', 'وعدًا', 'نتعهد', 'أتعهد', 'نضمن', 'أضمن', 'نلتزم', 'ألتزم', 'ملتزمون', 'نؤكد لكم',
  'نؤكد لك', 'أؤكد لكم', 'أؤكد لك', 'كونوا على ثقة', 'كن على ثقة',
]);
const PROMISE = new RegExp(`${WORD_START}${AR_PREFIX}${PROMISE_WORDS}${WORD_END}`, 'gu');
/** "وعد"، "هذا وعد"، "وعد مني": the word "promise" standing as its own clause ("وعدت أمي" is a past of the writer's). */
const PROMISE_NOUN = new RegExp(
  `(?:^\\s*|[،,.!؛;]\\s*|${WORD_START}${norm(['هذا', 'هذي', 'وهذا'])}\\s+)(${norm(['وعد', 'وعدا', 'وعدًا'])}(?:\\s+${norm(['مني', 'منا', 'علي', 'علينا'])})?)(?=\\s*(?:[،,.!؛;]|$))`,
  'gu',
);

/** Third-person pledges ("تتعهد الوزارة"): a promise only when a body is named in the sentence ("يلتزم الجميع" is a rule). */
const BODY_PROMISE = new RegExp(`${WORD_START}${AR_PREFIX}${norm(['تتعهد', 'تلتزم', 'تضمن', 'يتعهد', 'يلتزم', 'يضمن'])}${WORD_END}`, 'gu');

/**
 * A future verb: optional سوف, then the future prefix س on an imperfect verb.
 * Group 1: the person letter (ن we, ا I, ت she/you, ي he), group 2: the rest of the verb.
 */
const FUTURE = /(?<![\p{L}\p{N}])[وف]?(?:سوف\s+(?:لا\s+|لن\s+)?|س)([نايت])(\p{L}{2,})(?![\p{L}\p{N}])/gu;

/** Words that begin like a future verb but are nouns or names (year, six, car, politics, cinema...). */
const NOT_VERBS = new Set(
  [
    'سنة', 'سنوات', 'سنوي', 'سنويا', 'سنوية', 'سنين', 'سند', 'سندات', 'سنتر', 'سنت', 'سنتات', 'سنتيمتر', 'سنغافورة',
    'سنابل', 'سنام', 'سنن', 'سناء', 'سنان', 'سنبلة', 'ستة', 'ستين', 'ستون', 'ستار', 'ستارة', 'ستاد', 'ستر', 'سترة',
    'ستوديو', 'ستائر', 'سيارة', 'سيارات', 'سياسة', 'سياسات', 'سياسي', 'سياسية', 'سيد', 'سيدة', 'سيدات', 'سيدي', 'سيف',
    'سينما', 'سيناريو', 'سير', 'سيرة', 'سيول', 'سيطرة', 'سياحة', 'سياحي', 'سياحية', 'سياق', 'سياج', 'سيليكون',
    'ساعة', 'ساعات', 'ساعد', 'سابق', 'سابقا', 'سابقة', 'ساحة', 'ساحل', 'سالم', 'ساكن', 'سامح', 'سامي', 'سارة', 'ساري',
    'سائق', 'سائقين', 'سائل', 'سائح', 'سائحين', 'ساخن', 'ساعدني', 'ساهم', 'ساهمت', 'ساعدت', 'سافر', 'سافرت',
    'سنتين', 'سنتان', 'سنته', 'سنتي', 'سنتك', 'سنتهم', 'سنع', 'سنعة', 'سنوية', 'ستات', 'ستي', 'ستك',
  ].map(normalizeTerm),
);
/** Loanwords that begin like a future verb ("سناب" for Snapchat). */
const NOT_VERB_START = /^(?:سناب|سنتر|ستوري|ستايل|ستريم|سيلفي|سيستم)/u;

/** First person singular futures are written سأ+verb, which normalises to سا+verb: too close to nouns, so only common verbs. */
const FIRST_SINGULAR = new Set(
  ['أقوم', 'أعمل', 'أرسل', 'أتواصل', 'أتابع', 'أتأكد', 'أحرص', 'أبذل', 'أرد', 'أراجع', 'أنظر', 'أوفر', 'أعود', 'أتصل',
    'أصلح', 'أضمن', 'أبلغ', 'أساعد', 'أخبر', 'أحاول', 'أكون', 'أنشر', 'أرفع', 'أحل', 'أبحث', 'أوصل', 'أجيب', 'أنجز']
    .map((w) => normalizeTerm(w).slice(1)),
);

/** Subjects that make a third-person future a promise by the organisation. */
const BODY = norm([
  'الوزارة', 'وزارتنا', 'الحكومة', 'الهيئة', 'البلدية', 'المديرية', 'الإدارة', 'الدائرة', 'الجهة', 'الفريق', 'فريقنا',
  'فرق', 'إدارتنا', 'هيئتنا', 'بلديتنا', 'مديريتنا', 'المركز', 'القسم', 'المكتب', 'الجهات المختصة', 'الجهات المعنية',
]);
export const ORG_SUBJECT = new RegExp(`${WORD_START}${AR_PREFIX}${BODY}${WORD_END}`, 'u');

/** سيتم / ستتم: "it will be done", a passive future. */
const PASSIVE = new Set(['يتم', 'تتم'].map(normalizeTerm));

/** A deadline ("خلال أسبوع", "قبل نهاية الشهر", "بحلول الجمعة", "غدا"). */
const DEADLINE = new RegExp(
  `${WORD_START}(?:${norm(['خلال', 'قبل', 'بحلول', 'في موعد أقصاه'])}\\s+[\\p{L}\\p{N}]+(?:\\s+\\p{L}+)?|${norm(['غدا', 'غدًا', 'اليوم', 'الليلة'])})${WORD_END}`,
  'u',
);

/** A published source in the words: "المعلن"، "المنشورة"، "المرفق"، "التغريدة المثبتة"، a link. */
const PUBLISHED_WORD = new RegExp(
  `${WORD_START}${AR_PREFIX}${norm([
    'المعلن', 'المعلنة', 'المعلنه', 'المنشور', 'المنشورة', 'المرفق', 'المرفقة', 'المثبت', 'المثبتة', 'معلن', 'منشور', 'منشورة', 'الصادر', 'الصادرة',
  ])}${WORD_END}|https?:\\/\\/`,
  'u',
);
/** Citing a source: "حسب"، "وفق"، "بحسب ما نشرته"، "مثل ما نزل في الإعلان"، "كما أعلن", then within three words what was published. */
const CITED = new RegExp(
  `${WORD_START}${AR_PREFIX}${norm(['حسب', 'وفق', 'وفقا', 'طبقا', 'استنادا', 'بناء على', 'مثل ما', 'مثلما', 'كما'])}(?:\\s+\\p{L}+){0,3}?\\s+${AR_PREFIX}${norm([
    'الجدول', 'الإعلان', 'الاعلان', 'إعلان', 'الخطة', 'التقويم', 'المرسوم', 'القرار', 'التعميم', 'البيان', 'النشرة', 'الموقع', 'الرابط',
    'نشر', 'نشرت', 'نشرته', 'نشرناه', 'أعلن', 'أعلنت', 'أعلنته', 'أعلناه', 'نزل', 'ورد', 'جاء', 'المعتمد', 'المعتمدة', 'الرسمي', 'الجريدة',
  ])}${WORD_END}`,
  'u',
);
const PUBLISHED = { test: (s: string) => PUBLISHED_WORD.test(s) || CITED.test(s) };

/** The word just after `from` ("" at the end). */
function nextWord(text: string, from: number): string {
  return /^\s*(\p{L}+)/u.exec(text.slice(from, from + 40))?.[1] ?? '';
}

function deadlineIn(text: string, from: number): [number, number] | undefined {
  const [, end] = clauseBounds(text, from);
  const m = DEADLINE.exec(text.slice(from, end));
  return m ? [from + m.index, from + m.index + m[0].length] : undefined;
}

/** Commitment cues in one normalised Arabic segment; `orgName` matches the ruleset's own names. */
export function arabicCues(text: string, orgName: RegExp | null): Cue[] {
  const cues: Cue[] = [];
  const orgInSentence = ORG_SUBJECT.test(text) || mentions(orgName, text);
  const published = (at: number) => {
    const [s, e] = clauseBounds(text, at);
    return PUBLISHED.test(text.slice(s, e));
  };

  cues.push(...arabicFutureCues(text, arabicTokens(text), orgInSentence, published));
  const covered = (at: number) => cues.some((c) => at >= c.start && at < (c.deadline?.[1] ?? c.end));

  for (const m of text.includes('وعد') ? matches(PROMISE_NOUN, text) : []) {
    const start = m.index + m[0].lastIndexOf(m[1]);
    if (!covered(start)) cues.push({ rule: 'promise', start, end: start + m[1].length, subject: 'self' });
  }
  const promises = [...matches(PROMISE, text), ...(orgInSentence ? matches(BODY_PROMISE, text) : [])];
  for (const m of promises) {
    if (isQuestion(text, m.index) || covered(m.index)) continue;
    const end = m.index + m[0].length;
    const subject = /^[وف]?ا/u.test(m[0]) ? 'self' : /^[وف]?[نم]/u.test(m[0]) ? 'we' : 'organisation';
    cues.push({ rule: 'promise', start: m.index, end, deadline: deadlineIn(text, end), subject });
  }

  for (const m of matches(FUTURE, text)) {
    const person = m[1];
    const stem = m[2];
    const word = m[0].replace(/^[وف]?(?:سوف\s+(?:لا\s+|لن\s+)?)?/u, '');
    if (NOT_VERBS.has(word) || NOT_VERB_START.test(word)) continue;
    const explicit = /سوف/u.test(m[0]);
    let rule: Cue['rule'] = 'future-action';
    let subject: Cue['subject'];
    if (person === 'ن') subject = 'we';
    else if (person === 'ا') {
      if (!explicit && !FIRST_SINGULAR.has(stem)) continue;
      subject = 'self';
    } else if (PASSIVE.has(person + stem)) {
      rule = 'future-passive';
      subject = 'none';
    } else if (orgInSentence && !ON_SOMEONE.has(foldArabicWord(nextWord(text, m.index + m[0].length)))) subject = 'organisation';
    else continue;
    if (covered(m.index) || isQuestion(text, m.index) || published(m.index)) continue;
    const end = m.index + m[0].length;
    cues.push({ rule, start: m.index, end, deadline: deadlineIn(text, end), subject });
  }
  return cues.sort((a, b) => a.start - b.start);
}
