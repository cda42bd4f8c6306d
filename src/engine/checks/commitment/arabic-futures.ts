// Arabic undertakings read from the verb: who acts (نـ we, أ/بـ I, يـ/تـ he, she or it), whether it is future (سـ،
// سوف، Gulf بـ، راح) and what pins it down (a deadline, the reader as object, a state such as "جاهز"). MSA "سنرسل"،
// "سيتم"، Gulf "بنخلص"، "راح نحلها لك"، "بخلص لك"، "الطلب بيكون جاهز قبل الخميس"، "ستصلك الموافقة خلال ٤٨ ساعة".
import { foldArabicWord, isSecondPersonSuffix, readings, type ArabicMatch, type ArabicToken } from '../../arabic/index.js';
import { arabicTimes, isTimeWord } from './arabic-time.js';
import {
  ACT_STEMS, CONDITIONS, FORECAST, HEDGES, PASSIVES, PAST, QUESTIONS, READY, REQUIRES, VERBS, type VerbKind,
} from './arabic-words.js';
import { clauseBounds, isQuestion, type Cue } from './cue.js';

interface Verb {
  kind: VerbKind;
  person?: 'we' | 'i' | 'you' | 'he';
  future: boolean;
  negated: boolean;
  /** A "you" object or possessive on the verb ("ستصلك"، "بنعطيك"). */
  toReader: boolean;
  /** The Gulf passive of an act ("بتنردم"), which can also be a plain intransitive ("بيتغير"). */
  derived?: boolean;
  /** The Gulf "I will" read from ب + stem ("بخلص"), or a stem of two letters: close to many nouns, so it needs the reader or a deadline. */
  bare?: boolean;
}

/** "لك"، "لكم"، "عندك"، "فيك": the reader just after the verb. */
const FOR_READER = new Set(['لك', 'لكم', 'لكي', 'لج', 'عندك', 'عندكم', 'فيك', 'فيكم', 'معك', 'معكم', 'إليك', 'اليك', 'إليكم', 'اليكم']);

/** "على"، "عليك"، "عليهم": on whom a duty falls ("علينا", the writer's side, is left out). */
export const ON_SOMEONE = new Set(['على', 'علي', 'عليك', 'عليكم', 'عليكي', 'عليه', 'عليها', 'عليهم', 'عليهن'].map(foldArabicWord));
/** "سيتعين"، "سيتوجب": verbs of duty, whatever the lexicon reads them as. */
const OBLIGES = new Set(['سيتعين', 'سيتوجب', 'بيتعين', 'بيتوجب', 'سيلزم', 'سيجب'].map(foldArabicWord));

/** "أعدك"، "نعد بأن": "يعد" promises only to someone or with what is promised ("نعد الطلاب" is "we prepare the students"). */
const PROMISE_NEXT = /^(?:ب|ان$|أن$|إن$|لك|لكم)/u;

/** The reading of token `i`: the verb lexicon, then the Gulf passive, then the Gulf "I will" without its alef. */
function readVerb(tokens: ArabicToken[], i: number, main: Map<number, ArabicMatch<VerbKind>>, passive: Map<number, ArabicMatch<VerbKind>>): Verb | undefined {
  const m = main.get(i);
  if (m && m.person) return fromMatch(m);
  const p = passive.get(i);
  // A passive is of something done: "it" or "she", never "I" or "we".
  if (p && (p.person === 'he' || p.person === 'you')) return { ...fromMatch(p), derived: true };
  const t = tokens[i];
  // "بخلص لك"، "وبكلمهم": ب + the verb with its alef dropped, the Gulf "I will"; only an object may follow the stem
  // ("بلغوا"، "بلغت" are other words), and the caller asks for the reader or a deadline besides.
  const form = t.form.replace(/^[وف](?=ب)/u, '');
  if (!t.latin && form.startsWith('ب') && form.length >= 4) {
    const r = readings(form.slice(1), 'verb', (s) => ACT_STEMS.has(s) && s.length >= 3).find((x) => x.prefix === '' && OBJECTS.has(x.suffix));
    if (r) return { kind: 'act', person: 'i', future: true, negated: false, toReader: /ك(?:م)?$/u.test(r.suffix), bare: true };
  }
  // Arabizi "bn5ales", "ra7 n7el": a "we" future, read by the lexicon's skeletons.
  if (t.latin && m && /^(?:bi?n|ban|sn|n)/.test(t.form) && (/^(?:bi?n|ban|sn)/.test(t.form) || /^ra[7h]$/.test(tokens[i - 1]?.form ?? ''))) {
    return { kind: m.entry.data, person: 'we', future: true, negated: false, toReader: /(?:ak|k|kom|kum)$/.test(t.form) };
  }
  return m ? fromMatch(m) : undefined;
}

function fromMatch(m: ArabicMatch<VerbKind>): Verb {
  const r = m.readings[0];
  // "I" with a stem of two letters ("بأسد" is "with a lion") is close to many other words: it needs the reader or a deadline.
  return { kind: m.entry.data, person: m.person, future: m.future, negated: m.negated, toReader: isSecondPersonSuffix(r?.suffix ?? ''), bare: (r?.stem.length ?? 0) <= 2 && m.person === 'i' };
}

/** Object pronouns, the only endings a verb of one person may carry here ("ت"، "وا"، "نا" after the stem are other persons). */
const OBJECTS = new Set(['', 'ك', 'كم', 'كي', 'ه', 'ها', 'هم', 'هن', 'ني']);

/** A noun that can be the subject of a "ت" verb: definite ("الرخصة") or possessed ("مدرستنا"، "معاملتك"), not a time. */
function isSubject(form: string): boolean {
  if (isTimeWord(form) || form.length < 3) return false;
  return /^[وف]?ال\p{L}{2,}/u.test(form) || /\p{L}{2,}(?:تنا|تك|تكم|ته|تها)$/u.test(form);
}

/** A word that may be a present verb with its person letter: not "ال..." (a noun), not a word of one or two letters. */
const MAY_BE_VERB = (form: string) => form.length > 2 && !/^[وفبلك]?ال/u.test(form) && /^[وف]?(?:س|ب|ح|ه|راح|رح|ما|لا|مب)?[يتنا]/u.test(form);
/** A word that may carry a future prefix ("بتنردم"، "سيتصلح"). */
const MAY_BE_FUTURE = (form: string) => /^[وف]?(?:س|ب|ح|ه|راح|رح)[يت]\p{L}{3,}/u.test(form);

/**
 * Lexicon matches among the words that may be verbs, each with its index in `tokens`: the lexicon reads a word and the
 * one before it (for سوف، راح، a negation), so only those pairs are handed to it.
 */
function findIn(lexicon: typeof VERBS, tokens: ArabicToken[], may: (form: string) => boolean): Array<[number, ArabicMatch<VerbKind>]> {
  const picked: ArabicToken[] = [];
  const at: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!(t.latin ? true : may(t.form))) continue;
    if (i > 0 && at[at.length - 1] !== i - 1) {
      picked.push(tokens[i - 1]);
      at.push(i - 1);
    }
    picked.push(t);
    at.push(i);
  }
  if (picked.length === 0) return [];
  return lexicon.find(picked).map((m) => [at[m.first], m]);
}

const inSet = (set: Set<string>, form: string) => set.has(form) || ((form[0] === 'و' || form[0] === 'ف') && set.has(form.slice(1)));

/** Commitment cues read from Arabic verbs in one normalised segment; `orgInSentence` says a body is named in it. */
export function arabicFutureCues(text: string, tokens: ArabicToken[], orgInSentence: boolean, published: (at: number) => boolean): Cue[] {
  const index = (ms: Array<[number, ArabicMatch<VerbKind>]>) => {
    const map = new Map<number, ArabicMatch<VerbKind>>();
    for (const [at, m] of ms) if (m.first === m.last && !map.has(at)) map.set(at, m);
    return map;
  };
  const main = index(findIn(VERBS, tokens, MAY_BE_VERB));
  const passive = index(findIn(PASSIVES, tokens, MAY_BE_FUTURE));
  const cues: Cue[] = [];
  let clauseEnd = -1;
  let clauseFrom = 0;
  let clauseTo = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.start >= clauseEnd) {
      // The tokens of the clause around this one: its bounds in the text, then the token range inside them.
      const [s, e] = clauseBounds(text, t.start);
      clauseEnd = e;
      clauseFrom = i;
      while (clauseFrom > 0 && tokens[clauseFrom - 1].start >= s) clauseFrom--;
      clauseTo = i;
      while (clauseTo < tokens.length && tokens[clauseTo].start < e) clauseTo++;
    }
    const verb = readVerb(tokens, i, main, passive);
    if (!verb || !verb.person) continue;
    if (cues.some((c) => t.start >= c.start && t.start < (c.deadline?.[1] ?? c.end))) continue;

    const before = tokens.slice(clauseFrom, i).map((x) => x.form);
    const clause = tokens.slice(clauseFrom, clauseTo).map((x) => x.form);
    const near = tokens.slice(Math.max(clauseFrom, i - 2), i).map((x) => x.form);
    if (isQuestion(text, t.start) || before.some((f) => inSet(QUESTIONS, f))) continue;
    if (before.some((f) => inSet(HEDGES, f) || inSet(CONDITIONS, f)) || near.some((f) => inSet(REQUIRES, f))) continue;
    if (published(t.start)) continue;

    // A deadline belongs to the verb when it is near: a few words before it or within the words of its object.
    const times = arabicTimes(text, tokens, Math.max(clauseFrom, i - 4), Math.min(clauseTo, i + 9));
    const after = times.find(([s]) => s >= t.end);
    const earlier = [...times].reverse().find(([, e]) => e <= t.start);
    const hasTime = after !== undefined || earlier !== undefined;
    const next = tokens[i + 1] && !tokens[i + 1].latin ? tokens[i + 1].form : '';
    const toReader = verb.toReader || FOR_READER.has(next);
    const start = earlier && !after ? earlier[0] : t.start;
    const push = (rule: Cue['rule'], subject: Cue['subject']) => cues.push({ rule, start, end: t.end, deadline: after, subject });

    if (verb.kind === 'promise') {
      const promises = (verb.person === 'we' || verb.person === 'i') && !verb.negated && !verb.future;
      const said = t.form.endsWith('عد') || t.form.endsWith('كد') ? toReader || PROMISE_NEXT.test(next) : true;
      if (promises && said) push('promise', verb.person === 'we' ? 'we' : 'self');
      continue;
    }
    if (verb.person === 'we' || verb.person === 'i') {
      const subject = verb.person === 'we' ? 'we' : 'self';
      if (verb.bare && !toReader && !hasTime) continue;
      // "we" in the plain present is a commitment with a deadline ("بكرة نرسل لك"); "I" needs a future ("اتصل" is also
      // "call!"); a follow-up needs a deadline even in the future.
      if ((verb.future && verb.kind !== 'follow') || (hasTime && verb.person === 'we')) push('future-action', subject);
      // "بنتابع الموضوع"، "راح نشوف"، "سنتابع": looking into the matter with no deadline is a note, as in English; for the
      // reader's own matter ("بنتابع طلبك"، "بشوف لك") the reader can hold the writer to it.
      else if (verb.future && verb.kind === 'follow' && !verb.negated) {
        if (toReader || /\p{L}{2,}كم?$/u.test(next)) push('future-action', subject);
        else cues.push({ rule: 'future-action', start, end: t.end, subject, tentative: true });
      }
      continue;
    }
    // He, she, it, or "you": what will happen to the reader's matter, pinned down by a time, the reader or a state.
    if (!verb.future || clause.some((f) => inSet(FORECAST, f) || inSet(PAST, f))) continue;
    // "سيكون على المتقدمين رفع المستندات"، "سيتعين عليك التجديد": a duty placed on someone else, not an undertaking.
    if ((verb.kind === 'be' || verb.kind === 'passive' || verb.derived || OBLIGES.has(t.form)) && ON_SOMEONE.has(next)) continue;
    const receives = verb.kind === 'receive' && verb.person === 'you';
    // A "ت" verb with no subject before it is the reader acting ("بتسجل في البوابة"), unless the reader receives.
    // Its subject is a noun before it ("الرخصة بتطلع"، "مدرستنا بتوزع") or, in verb-first order, a definite noun just after
    // it ("ستصدر النتائج غداً").
    const subjectBefore = before.some(isSubject);
    const subjectAfter = /^[وف]?ال\p{L}{2,}/u.test(next) && !isTimeWord(next);
    if (verb.person === 'you' && !receives && !subjectBefore && !subjectAfter && !toReader) continue;
    if (verb.bare && !toReader && !hasTime) continue;
    const ready = verb.kind === 'be' && inSet(READY, next);
    const subject = orgInSentence ? 'organisation' : 'none';
    if (verb.kind === 'passive' && !verb.derived) push('future-passive', subject);
    else if (hasTime) push(orgInSentence ? 'future-action' : 'deadline', subject);
    else if (toReader || ready || orgInSentence) push(verb.derived ? 'future-passive' : 'future-action', subject);
  }
  return cues;
}
