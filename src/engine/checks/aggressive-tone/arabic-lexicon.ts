// Finds the Arabic word lists (arabic-words.ts) through the morphology module, and decides whether each is aimed at someone.
import { arabicTokens, compileLexicon, foldArabicWord, isSecondPersonSuffix, type ArabicLexicon, type ArabicMatch, type ArabicToken } from '../../arabic/index.js';
import type { Hit } from '../../types.js';
import { arabicContemptHits } from './arabic-contempt.js';
import { arabicThreatHits } from './arabic-threats.js';
import { speaksToYou } from './arabic-addressed.js';
import { ANIMAL_CONTEXT, ARABIC_CONTEMPT, ARABIC_EXCEPTIONS, ARABIC_WORDS, THINGS, type ToneWord } from './arabic-words.js';
import { toneHit } from './tone-hit.js';

let words: ArabicLexicon<ToneWord> | null = null;
let things: ArabicLexicon<true> | null = null;
let animals: ArabicLexicon<true> | null = null;

const plainWords = (list: string[]) =>
  compileLexicon(
    list.map((t) => {
      const [term, ...forms] = t.split('/');
      return { term, forms, arabizi: false, data: true as const };
    }),
  );

function lexicons(): { words: ArabicLexicon<ToneWord>; things: ArabicLexicon<true>; animals: ArabicLexicon<true> } {
  words ??= compileLexicon([...ARABIC_WORDS, ...ARABIC_CONTEMPT]);
  things ??= plainWords(THINGS);
  animals ??= plainWords(ANIMAL_CONTEXT);
  return { words, things, animals };
}

/** Words just before a noun that aim it at someone: "you", "son of", "like" (انت، ابن، مثل، شرات، كأنك). */
const AIMING = new Set([
  'انت', 'انتي', 'انتو', 'انتوا', 'انتم', 'انتن', 'ابن', 'بنت', 'ولد', 'اولاد', 'ولاد', 'عيال', 'يابن', 'يابو', 'ابو', 'اخو', 'اخت',
  'مثل', 'زي', 'متل', 'شرات', 'شراة', 'مثلك', 'زيك', 'شراتك', 'كانك', 'كانكم', 'كانكم', 'كانه', 'مثلكم', 'شويه', 'حضرتك', 'جنابك',
  // "يا" written onto the kinship word: "ياابن الكلب", "ياولاد الحرام"
  'ياابن', 'ياولد', 'يابنت', 'ياولاد', 'يااولاد', 'ياعيال', 'وانت', 'وانتي', 'وانتو', 'وانتم',
  // the written vocative: "أيها البوق", "أيتها الحقيرة"
  'ايها', 'ايتها',
  // "that you are" and Gulf "you know, you are": "والله انكم ...", "تراك ...", "ترى انت ..."
  'انك', 'انكم', 'انكي', 'انچ', 'لانك', 'لانكم', 'تراك', 'تراكم', 'ترانك', 'ترا', 'تري', 'صرت', 'صرتو', 'صرتوا', 'صرتي',
  // "all of you": "كلكم فاشلين", "جميعكم كذابين"
  'كلكم', 'كلكو', 'جميعكم',
  'enta', 'inta', 'enti', 'inti', 'ento', 'entu', 'intu',
]);
/** Words that may stand between an aiming word and the insult: "انت فعلاً حمار", "انت والله خبل". */
const FILLERS = new Set([
  'فعلا', 'والله', 'صدق', 'حقا', 'بصراحه', 'صراحه', 'مجرد', 'واحد', 'ياخي', 'اصلا', 'كل', 'bs',
  // "you are all ...": "انتم كلكم فاشلين", "انتم جميعا فاشلون"
  'كلكم', 'كلكو', 'جميعكم', 'جميعا', 'جميعاً',
  // "you are a [person] ...": "انت انسان تافه", "انتم ناس حقيرين", "انت شخص نكرة"
  'انسان', 'شخص', 'رجل', 'رجال', 'ناس', 'مخلوق', 'كائن', 'بني', 'ادم', 'بنيادم', 'جد', 'حيل', 'مره', 'جدا', 'كثير', 'بس', 'عباره', 'عن',
]);
/** Words just after an insult that aim it: "حمار انت؟". */
const YOU_AFTER = new Set(['انت', 'انتي', 'انتو', 'انتوا', 'انتم', 'enta', 'inta', 'enti', 'inti', 'ento', 'entu', 'intu']);

/** Index of the token that aims the match at someone (the start of the span), or -1. */
function aimIndex(tokens: ArabicToken[], m: ArabicMatch<ToneWord>): number {
  if (m.secondPerson) {
    const prev = tokens[m.first - 1];
    return prev && (prev.form === 'يا' || prev.form === 'ya' || AIMING.has(prev.form)) ? m.first - 1 : m.first;
  }
  for (let k = m.first - 1; k >= 0 && k >= m.first - 3; k--) {
    const f = tokens[k].form;
    if (AIMING.has(f)) return k;
    if (!FILLERS.has(f)) break;
  }
  const next = tokens[m.last + 1];
  if (next && YOU_AFTER.has(next.form)) return m.first;
  return -1;
}

/** "أنا خبل في القهوة", "انا غبي بالرياضيات": the writer laughing at themself, not at anyone else. */
function aboutSelf(tokens: ArabicToken[], m: ArabicMatch<ToneWord>): boolean {
  for (let k = m.first - 1; k >= 0 && k >= m.first - 3; k--) {
    const f = tokens[k].form;
    if (f === 'انا' || f === 'وانا' || f === 'احنا' || f === 'نحن' || f === 'اني') return true;
    if (!FILLERS.has(f) && f !== 'مره' && f !== 'جدا' && f !== 'شوي') return false;
  }
  return false;
}

/** "ما في سؤال غبي", "لا يوجد سؤال سخيف": no such thing, so nobody is called it. */
const NONE_BEFORE = /^(?:مافي|مافيه|مافيش|مفيش)$|^(?:ما|لا|ليس) (?:في|فيه|يوجد|توجد|هناك)$/;

/** True when an adjective describes the thing named just before it ("سؤال غبي", "المياه القذرة"), not a person. */
function describesThing(tokens: ArabicToken[], m: ArabicMatch<ToneWord>): boolean {
  const prev = tokens[m.first - 1];
  if (!prev) return false;
  const before = [tokens[m.first - 3]?.form, tokens[m.first - 2]?.form].filter(Boolean).join(' ');
  if (NONE_BEFORE.test(tokens[m.first - 2]?.form ?? '') || NONE_BEFORE.test(before)) return true;
  const found = lexicons().things.find([prev]);
  return found.some((t) => !t.secondPerson);
}

/** True when the sentence speaks of animals in their plain sense; worked out once per sentence. */
const plainCache = new WeakMap<ArabicToken[], boolean>();
function plainAnimals(tokens: ArabicToken[]): boolean {
  let plain = plainCache.get(tokens);
  if (plain === undefined) {
    plain = lexicons().animals.find(tokens).length > 0;
    plainCache.set(tokens, plain);
  }
  return plain;
}

/** Whether a verb of command ("انقلع", "سد بوزك") is said to the reader. */
function commands(m: ArabicMatch<ToneWord>): boolean {
  if (m.negated || m.person === 'he' || m.person === 'we') return false;
  if (m.person === 'i' && !m.imperative) return false;
  const last = m.readings[m.readings.length - 1];
  if (m.readings.length === 1) return m.imperative || m.person === 'you';
  // A phrase ending on a noun ("اعرف حدودك", "سد بوزك") needs it to be yours; one ending on a verb ("روح نام") or a fixed word ("اطلع برا") is a command.
  return last.pos !== 'noun' ? m.imperative || m.person === 'you' || !m.person : isSecondPersonSuffix(last.suffix);
}

/** "like": the comparison prefix ك/كال ("كالكلاب", "كالحمير") aims an animal or a filth word at whoever is compared. */
const COMPARED = /^(?:و|ف)?ك(?:ال)?$/;

/** Someone has or keeps the animal: "عندي كلب", "ربينا خروف". */
const OWNED = new Set(['عندي', 'عندنا', 'عنده', 'عندها', 'عندهم', 'لدي', 'لدينا', 'لديه', 'لديها', 'ربيت', 'ربينا', 'اشتريت', 'اشترينا', 'شريت', 'شرينا']);

/** What an animal does, said of the animals just before it: "الكلب ينبح", "الأبقار تأكل". */
const ANIMAL_DOING = new Set([
  'ينبح', 'نبح', 'يعوي', 'عوي', 'ينهق', 'نهق', 'يموء', 'يصهل', 'يرعي', 'يرعى', 'يفترس', 'افترس', 'يعض', 'عض', 'عضني', 'عضه', 'نايم', 'ضايع', 'ضاع', 'مات', 'نفق',
  'يركض', 'يلعب', 'ياكل', 'اكل', 'يشرب', 'هرب', 'يهرب', 'ولد', 'ولدت', 'حيوان', 'حيوانات', 'طائر', 'يعيش', 'تعيش',
  // animals in the plural take the feminine verb ("الأبقار تأكل"); people take the masculine ("ينبحون")
  'تنبح', 'تعوي', 'تنهق', 'ترعي', 'ترعى', 'تاكل', 'تشرب', 'تركض', 'تلعب', 'تهرب', 'نفقت', 'ماتت', 'تموت', 'تتكاثر', 'تنتشر', 'حقنا', 'حقي', 'حقه', 'حقهم', 'الصغير', 'الكبير', 'الابيض', 'الاسود',
]);

/**
 * An animal word not aimed at anyone reads as the animal itself when one animal is someone's ("كلبي", "كلبه")
 * or a derived word ("ثورة", "حيواني"), when the one animal does what animals do ("الكلب ينبح"), when someone
 * has it ("عندي كلب"), or when the sentence is about animals (a farm, a market, a vet).
 */
function plainAnimal(tokens: ArabicToken[], m: ArabicMatch<ToneWord>): boolean {
  const r = m.readings[0];
  const single = m.readings.length === 1 && r.stem === foldArabicWord(m.entry.term);
  // Without the article an ending is whose animal it is ("كلبي", "كلبه"), unless written ة (the female: "كلبة");
  // with it, only a ي ending makes another word ("الحيواني").
  const owner = /ال$/.test(r.prefix) ? /^(?:ي|يه|يين|يون)$/.test(r.suffix) : r.suffix !== '' && !/^(?:ات|ين|ون|ان)$/.test(r.suffix) && !tokens[m.first].text.endsWith('ة');
  if (single && owner) return true;
  if (/ال$/.test(r.prefix) && ANIMAL_DOING.has(tokens[m.last + 1]?.form ?? '')) return true;
  // "الحمار حيوان صبور": an animal said to be an animal is a definition.
  const before = tokens[m.first - 1];
  if (before && lexicons().words.find([before]).some((b) => b.entry.data.aim === 'animal')) return true;
  if (OWNED.has((tokens[m.first - 1]?.form ?? '').replace(/^(?:و|ف)(?=...)/, ''))) return true;
  return plainAnimals(tokens) || tokens[m.first].latin;
}

function keep(tokens: ArabicToken[], text: string, m: ArabicMatch<ToneWord>): number {
  const { aim, adjective, rule } = m.entry.data;
  const stem = m.readings.map((r) => r.stem).join(' ');
  const around = text.slice(Math.max(0, m.start - 16), m.end + 14);
  for (const [s, context] of ARABIC_EXCEPTIONS) if (stem.startsWith(s) && context.test(around)) return -1;
  // "انت مو غبي", "مب حمار": a name denied is not a name called.
  if ((rule === 'insult' || rule === 'slur') && m.negated && m.readings[0].pos === 'noun') return -1;
  // "الأبقار تأكل التبن": fodder in a sentence about animals.
  if (m.entry.data.fodder && (plainAnimals(tokens) || tokens.some((t) => lexicons().words.find([t]).some((w) => w.entry.data.aim === 'animal')))) return -1;
  // "كالكلاب": compared to an animal or to filth.
  if ((aim === 'animal' || aim === 'aimed') && COMPARED.test(m.readings[0].prefix)) return m.first;
  switch (aim) {
    case 'any':
      if (adjective && describesThing(tokens, m)) return -1;
      if (aboutSelf(tokens, m)) return -1;
      return m.vocative && m.first > 0 && tokens[m.first - 1].form === 'يا' ? m.first - 1 : m.first;
    case 'aimed':
      return aimIndex(tokens, m);
    case 'animal': {
      const aimed = aimIndex(tokens, m);
      if (aimed >= 0) return aimed;
      // An animal said plainly: the animal itself, or a sentence about farms, markets, vets or zoos. In Arabizi only when aimed.
      return plainAnimal(tokens, m) ? -1 : m.first;
    }
    case 'vocative':
      if (!m.vocative) return -1;
      return tokens[m.first - 1]?.form === 'يا' || tokens[m.first - 1]?.form === 'ya' ? m.first - 1 : m.first;
    case 'command':
      return commands(m) ? m.first : -1;
    case 'hush':
      return m.imperative && !m.negated ? m.first : -1;
    case 'yours':
      return m.secondPerson ? m.first : -1;
    case 'owned': {
      const suffix = m.readings[0].suffix;
      const someones = suffix !== '' && !/^(?:ات|ين|ون|ا)$/.test(suffix) && !/(?:ي|نا)$/.test(suffix);
      return someones ? m.first : -1;
    }
    case 'addressed':
      return m.secondPerson || speaksToYou(tokens) ? m.first : -1;
  }
}

/** Arabic abuse in `text` (a segment's normalised text): words, contempt and threats, one hit per span. */
export function arabicLexiconHits(text: string): Hit[] {
  const tokens = arabicTokens(text);
  const hits: Hit[] = [];
  for (const m of lexicons().words.find(tokens)) {
    const from = keep(tokens, text, m);
    if (from < 0) continue;
    const start = tokens[from].start;
    hits.push(toneHit(m.entry.data.rule, start, m.end));
  }
  hits.push(...arabicContemptHits(tokens, text), ...arabicThreatHits(tokens, text));
  return hits;
}
