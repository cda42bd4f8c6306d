// Arabic threats built by grammar (Gulf and MSA): "بنخليك تندم", "بتشوف شي ما يعجبك", "بنعلمك الأدب", "رقمك عندنا".
import type { ArabicMatch, ArabicToken } from '../../arabic/index.js';
import type { Hit } from '../../types.js';
import { matchesByToken, wordSet } from './arabic-addressed.js';
import { toneHit, type ToneRule } from './tone-hit.js';

let lexicons: ReturnType<typeof build> | null = null;

function build() {
  return {
    /** "make you": يخلي، يخل (Gulf), يجعل. */
    make: wordSet('يخلي/يخل يجعل', 'verb'),
    /** What "we'll make you" do: regret, learn, cry, wish. */
    suffer: wordSet('يندم يتعلم يتادب يبكي يكره يتمنى يعض يدفع يحترم يلعن', 'verb'),
    /** The reader's file or request, held hostage: "معاملتك تتأخر". */
    file: wordSet('معامله طلب ملف حساب رخصه بطاقه خدمه اوراق تصريح شكوي/شكوى موضوع'),
    stall: wordSet('يتاخر/يتأخر يتعطل يقعد ينرفض يوقف يتجمد ينسي ينحفظ يضيع يتوقف ينلغي', 'verb'),
    /** "you'll see": يشوف، يرى. */
    see: wordSet('يشوف/يري يرى', 'verb'),
    /** What you'll see: الويل، نجوم الظهر، شي ما يعجبك. */
    woe: wordSet('ويل نجوم شغل'),
    please: wordSet('يعجب يسر يرضي', 'verb'),
    happen: wordSet('يصير يجري يحصل', 'verb'),
    /** "teach you / raise you / expose you": a first-person future on "you". */
    teach: wordSet('يعلم يربي يادب/يأدب', 'verb'),
    manners: wordSet('ادب احترام درس اصول'),
    expose: wordSet('يفضح يوري يدفع يطلع يكسر يخرب يحرق يعرف/v', 'verb'),
    /** Personal data held over the reader: رقمك، اسمك، عنوانك، بياناتك. */
    data: wordSet('رقم اسم عنوان بيت بيانات معلومات صوره/صور حساب'),
    warn: wordSet('ينتبه يحذر يحاسب تحذير انذار يعتبر', 'verb'),
    sue: wordSet('يرفع يقيم يسجل', 'verb'),
    suit: wordSet('قضيه دعوي/دعوى'),
  };
}

const HOLD = new Set(['عندنا', 'عندي', 'معنا', 'معي', 'لدينا', 'لدي', 'بحوزتنا', 'وصلنا', 'وصلني', 'موجود', 'موجودين', 'مسجل', 'محفوظ']);
const AGAINST = new Set(['عليك', 'عليكم', 'ضدك', 'ضدكم', 'عليج']);
const WHAT = new Set(['وش', 'شو', 'ايش', 'شنو', 'شنهو', 'ماذا', 'اش', 'شي']);
const WARNINGS = new Set(['انتبه', 'انتبهي', 'انتبهوا', 'احذر', 'احذري', 'حاسب', 'تحذير', 'انذار', 'اعتبرها', 'اعتبره', 'بالك', 'حذاري']);

/** A verb said by "I/we" about the future ("بنخليك", "راح اعلمك"), or sworn to ("والله لأخليك"). */
function mine(m: ArabicMatch<true>, tokens: ArabicToken[]): boolean {
  const prefix = m.readings[0].prefix.replace(/^(?:و|ف)/, '');
  const prev = tokens[m.first - 1]?.form ?? '';
  if (prefix.startsWith('ل') && /^(?:و|ف)?(?:والله|اقسم|بالله|واللي)$/.test(prev)) return true;
  return !m.negated && (m.person === 'we' || m.person === 'i') && m.future;
}

const youObject = (m: ArabicMatch<true>) => /ك(?:م|ن|ي)?$/.test(m.readings[0].suffix);

export function arabicThreatHits(tokens: ArabicToken[], text: string): Hit[] {
  lexicons ??= build();
  const L = lexicons;
  const at = <K extends keyof typeof L>(k: K) => matchesByToken(L[k], tokens);
  const hits: Hit[] = [];
  const add = (rule: ToneRule, from: number, to: number) =>
    hits.push(toneHit(rule, tokens[from].start, tokens[to].end));
  const within = (map: Map<number, ArabicMatch<true>>, from: number, n: number, ok: (m: ArabicMatch<true>) => boolean = () => true) => {
    for (let k = from; k < from + n && k < tokens.length; k++) {
      const m = map.get(k);
      if (m && ok(m)) return k;
    }
    return -1;
  };
  const make = at('make');
  if (make.size) {
    const suffer = at('suffer');
    const file = at('file');
    const stall = at('stall');
    for (const [i, m] of make) {
      if (!mine(m, tokens)) continue;
      // "بنخليك تندم", "والله لأخليك تتعلم": we'll make you regret / learn.
      const s = youObject(m) ? within(suffer, i + 1, 3, (x) => x.person === 'you') : -1;
      if (s >= 0) add('threat', i, s);
      // "بنخلي معاملتك تتأخر": your file held back until you behave.
      const f = within(file, i + 1, 2, (x) => x.secondPerson);
      const d = f >= 0 ? within(stall, f + 1, 2) : -1;
      if (d >= 0) add('threat', i, d);
    }
  }
  const see = at('see');
  if (see.size) {
    const woe = at('woe');
    const please = at('please');
    const happen = at('happen');
    for (const [i, m] of see) {
      if (m.negated) continue;
      // "بتشوف شي ما يعجبك", "راح تشوف الويل": you'll see what you won't like.
      if (m.person === 'you' && m.future) {
        const w = Math.max(within(woe, i + 1, 2), within(please, i + 1, 3, (x) => x.negated && x.secondPerson));
        if (w >= 0) add('threat', i, w);
      }
      // "شوف وش بيصير": see what happens (to you).
      const bare = m.readings[0].prefix.replace(/^(?:و|ف)/, '') === '' && /^(?:|ي|وا|و)$/.test(m.readings[0].suffix);
      if (bare && tokens[i + 1] && WHAT.has(tokens[i + 1].form)) {
        const h = within(happen, i + 2, 1, (x) => x.future);
        if (h >= 0) add('threat', i, h);
      }
    }
  }
  const teach = at('teach');
  if (teach.size) {
    const manners = at('manners');
    for (const [i, m] of teach) {
      if (!mine(m, tokens) || !youObject(m)) continue;
      // "بنعلمك الأدب", "بربيك", "والله لأأدبك": we'll teach you manners.
      if (m.entry.term !== 'يعلم') add('threat', i, i);
      else {
        const k = within(manners, i + 1, 2);
        if (k >= 0) add('threat', i, k);
      }
    }
  }
  const expose = at('expose');
  for (const [i, m] of expose) {
    if (!mine(m, tokens)) continue;
    const next = tokens[i + 1];
    // "بفضحك", "والله لاوريك" at the end: I'll expose you / show you.
    if (youObject(m) && (m.entry.term === 'يفضح' || !next || /^\s*[.!؟?،,]/.test(text.slice(tokens[i].end, tokens[i].end + 2)))) {
      if (m.entry.term !== 'يعرف/v') add('threat', i, i);
    }
  }
  // "رقمك عندنا", "اسمك موجود عندنا" with a warning: your details are held over you.
  if (tokens.some((t) => WARNINGS.has(t.form.replace(/^(?:و|ف)(?=..)/, '')))) {
    for (const [i, m] of at('data')) {
      if (!m.secondPerson) continue;
      const h = [i + 1, i + 2, i + 3].find((k) => tokens[k] && HOLD.has(tokens[k].form));
      if (h !== undefined) add('threat', i, h);
    }
  }
  // "بنرفع عليك قضية": a lawsuit announced against the reader.
  const sue = at('sue');
  if (sue.size) {
    const suit = at('suit');
    for (const [i, m] of sue) {
      if (!mine(m, tokens)) continue;
      const a = [i + 1, i + 2, i + 3].find((k) => tokens[k] && AGAINST.has(tokens[k].form));
      const s = a !== undefined ? within(suit, i + 1, 4) : -1;
      if (a !== undefined && s >= 0) add('threat', i, Math.max(a, s));
    }
  }
  // "هذا آخر تحذير", "اعتبرها آخر مرة": a last warning.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if ((tokens[i].form === 'اخر' || tokens[i].form === 'واخر') && /^(?:تحذير|انذار|مره|فرصه)$/.test(tokens[i + 1].form)) {
      const prev = tokens[i - 1]?.form;
      if (prev === 'اعتبرها' || prev === 'اعتبره' || prev === 'هذا' || prev === 'هذي' || prev === 'هذه' || tokens[i + 1].form !== 'مره') add('threat', i - (prev && /^(?:اعتبره|اعتبرها|هذا|هذي|هذه)$/.test(prev) ? 1 : 0), i + 1);
    }
  }
  // "انتبه لكلامك": watch your words.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (/^(?:و|ف)?(?:انتبه|انتبهي|انتبهوا|حاسب)$/.test(tokens[i].form)) {
      const n = tokens[i + 1].form === 'على' || tokens[i + 1].form === 'علي' ? tokens[i + 2] : tokens[i + 1];
      if (n && /^(?:ل|ع)?(?:كلام|الفاظ|لسان|حدود|تعليقات|ردود)(?:ك|كم|كي)$/.test(n.form.replace(/^لل/, 'ل'))) add('dismissive', i, tokens.indexOf(n));
    }
  }
  return hits;
}
