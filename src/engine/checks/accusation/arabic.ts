// Arabic accusations (MSA and Gulf): a named or identifiable person or body called a wrongdoer ("المقاول حرامي",
// "فلان مرتشي") or said to have done wrong ("المدير اختلس", "ياكلون حق الناس"), read word by word with the morphology module.
import { arabicTokens, compileLexicon, foldArabicWord, type ArabicToken } from '../../arabic/index.js';
import type { Accused } from './english.js';

type Kind = 'label' | 'deed' | 'deed-with-object';

/** Words that call someone a wrongdoer, with broken plurals and Gulf forms the stem rules do not reach. */
const LABELS: Array<[string, string[]?]> = [
  ['حرامي', ['حراميه', 'حرامية', 'حراميين', 'حرامييه', 'حراميات']],
  ['لص', ['لصوص']],
  ['سارق', ['سراق', 'سرّاق', 'سارقين']],
  ['مرتشي', ['مرتشين', 'مرتشيين', 'مرتشون']],
  ['نصاب', ['نصابين', 'نصابه', 'نصابون']],
  ['فاسد', ['فاسدين', 'فاسدون', 'فسده', 'فسدة']],
  ['مختلس', ['مختلسين']],
  ['كذاب', ['كذابين', 'كذابه', 'كذّاب']],
  ['محتال', ['محتالين']],
  ['غشاش', ['غشاشين']],
  ['مزور', ['مزورين']],
  ['مجرم', ['مجرمين']],
  ['نهاب', ['نهابين']],
  ['مرتزق', ['مرتزقه', 'مرتزقة']],
  // "الوزارة فيها فساد": corruption said to be in a body.
  ['فساد'],
];

/** Deeds: the verb in its he-form present; "نصب" and "كذب" only with على, or a word for bribe after "take". */
const DEEDS: string[] = ['يسرق', 'يختلس', 'يرتشي', 'ينهب', 'ينصب/v على/n', 'يكذب/v على/n', 'يزوّر/v الاوراق', 'يغش/v ناس/n'];
/** Deeds that say what was taken: they accuse whoever "they" are, even with no one named ("ياكلون حق الناس"). */
const DEEDS_WITH_OBJECT: string[] = [
  'ياكل/v حق', 'ياكل/v حقوق', 'ياكل/v فلوس', 'ياكل/v اموال', 'ياكل/v مال',
  'ياخذ/v رشوه', 'ياخذ/v رشاوي', 'ياخذ/v رشوات', 'يقبض/v رشوه', 'يقبض/v رشاوي', 'يتلقي/v رشاوي', 'يتلقي/v رشوه',
  'يسرق/v اموال', 'يسرق/v فلوس', 'يسرق/v مال', 'يسرق/v حق', 'يسرق/v حقوق', 'يسرق/v ميزانيه',
  'يختلس/v اموال', 'يختلس/v مال', 'يختلس/v فلوس', 'ينهب/v اموال', 'ينهب/v مال', 'ينهب/v خيرات', 'ينهب/v البلد',
];

const LEXICON = compileLexicon<Kind>([
  ...LABELS.map(([term, forms]) => ({ term, forms, arabizi: false, data: 'label' as Kind })),
  ...DEEDS.map((term) => ({ term, pos: 'verb' as const, arabizi: false, data: 'deed' as Kind })),
  ...DEEDS_WITH_OBJECT.map((term) => ({ term, pos: 'verb' as const, arabizi: false, data: 'deed-with-object' as Kind })),
]);

const folded = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map(foldArabicWord));

/** People and bodies a post can point at: roles, bodies, and the titles that come before a name. */
const ROLES = compileLexicon<true>(
  ('مقاول شركه وزاره وزير مدير مسؤول موظف بلديه حكومه مؤسسه هيئه جهه بنك مجلس لجنه رئيس تاجر مالك وكيل محافظ ' +
    'قاضي شرطه مستشفي دكتور مهندس استاذ مدرسه اداره قسم فرع مكتب نادي مستثمر مطور شيخ عضو نائب سفير سفاره مركز ' +
    'محل مطعم فندق وكاله ريس مديره مقاولين مسؤولين معالي سعاده مشرف مدرب حكم صاحب جماعه عصابه طاقم')
    .split(' ')
    .map((term) => ({ term, arabizi: false, data: true as const })),
);
/** Bodies that a kind names well enough on its own: "شركة نصابين" is about the company in question. */
const BODIES = folded('شركه مؤسسه جهه بنك وزاره بلديه حكومه عصابه جماعه مطعم محل فندق وكاله');
/** Pronouns and pointers that aim at someone: he, they, you, this one, all of them. */
const POINTERS = folded('هو هي هم هما انت انتي انتو انتم انتوا هذا هذي هاذا هاذي هذه هذول هذولا هذولي هؤلاء هاذول ذولا ذول هذيلا كلهم كلكم كلهن هذاك هذيك');
/** Placeholder names and common given names: "فلان حرامي" is about someone. */
const NAMES = folded(
  'فلان فلانه علان علانه محمد احمد علي سالم خالد سعيد عبدالله سلطان حمد حمود ناصر سيف راشد سليمان يوسف ابراهيم ' +
    'عبدالرحمن عبدالعزيز فهد فيصل ماجد مبارك هلال طلال خليفه زايد منصور جمعه عيسي موسي حسن حسين عمر عثمان مريم فاطمه عائشه ' +
    'نوره سارة ساره هند ليلي',
);
/** Words between the one accused and the accusation: "المقاول كلهم حرامية"، "الوزير طلع مرتشي". */
const FILLERS = folded(
  'كله كلها مره جدا واجد صار صاروا صارت طلع طلعوا طلعت كان كانوا كانت عباره عن مجموعه شله شويه ناس اكبر اكثر ' +
    'اصلا اساسا فعلا والله يعني ترى تراه تراهم ترا الحين للاسف ايضا كمان قد لقد من هو هم الا رسميا بعد فيها فيه فيهم عندها عندهم',
);
/** Before a deed: whoever does it, in general ("من يسرق المال العام يعاقب"). */
const GENERAL = folded('من ومن كل اللي الذي الذين التي لمن ممن يلي واللي والذي اذا لو ان');
/** Earlier in the sentence, a word that makes what follows a hypothesis: "اذا المدير سرق". */
const HYPOTHETICAL = folded('اذا لو ان وان واذا ولو لين متى');

/** A sentence that reports, attributes or doubts a claim rather than making it. */
const REPORTED = new RegExp(
  `(?<![\\p{L}])[وفبل]?(?:ال)?(?:${[
    'محكمه', 'ادانت', 'ادان', 'ادانه', 'متهم', 'متهمه', 'متهمين', 'اتهام', 'اتهامات', 'تهمه', 'تهم', 'اتهمت', 'اتهم', 'اتهمه',
    'قبض', 'قبضت', 'ضبطت', 'ضبط', 'ادعاء', 'نيابه', 'حسب', 'بحسب', 'وفقا', 'طبقا', 'نقلا', 'نشرت', 'نشر', 'افادت', 'ذكرت',
    'صرح', 'صحيفه', 'جريده', 'خبر', 'تحقيق', 'تحقيقات', 'يحاكم', 'محاكمه', 'حكمت', 'سجن', 'قضيه', 'مزعوم', 'يزعم', 'يزعمون',
    'اشاعه', 'اشاعات', 'شائعه', 'شائعات', 'اشاعة', 'مكافحه', 'بلاغ', 'شكوي',
    // Hearsay: "they say", "I heard".
    'يقولون', 'يقال', 'ينقال', 'قالوا', 'سمعت', 'سمعنا', 'يشاع', 'يشيعون',
  ].join('|')})(?![\\p{L}])`,
  'u',
);
/** Words that make the claim a doubt, a denial or a hypothesis: "ما اظن"، "مستحيل"، "حاشا". */
const DOUBT = /(?<![\p{L}])(?:ما اظن|لا اظن|ما اعتقد|لا اعتقد|ما اتوقع|مستحيل|حاشا|مب صحيح|مو صحيح|غير صحيح|ليس صحيحا|ظلم)(?![\p{L}])/u;
/** Film and fiction: a character called a thief is no accusation. */
export const ARABIC_FICTION = /(?<![\p{L}])[وفبل]?(?:ال)?(?:مسلسل|فيلم|فلم|روايه|حلقه|شخصيه|بطل|ممثل|ممثله|مسرحيه|كرتون|انمي)(?![\p{L}])/u;
const QUESTION = /[?؟]\s*$/;
const NEGATIONS = folded('ليس ليست ليسوا مش مو مب مهب موب ما لا لم غير مهوب');

/** A role or body ("المقاول", "هالشركة", "مديرنا") at token i; `definite` when it points at one that is known. */
function roleAt(tokens: ArabicToken[], i: number): { definite: boolean; body: boolean } | undefined {
  if (i < 0 || i >= tokens.length || tokens[i].latin) return undefined;
  const m = ROLES.find(tokens.slice(i, i + 1))[0];
  if (!m) return undefined;
  const r = m.readings[0];
  const definite = /ال$/.test(r.prefix) || r.prefix.startsWith('ها') || /^(?:نا|كم|ك|هم|ه|ها|ي)$/.test(r.suffix.replace(/^(?:ت|ات)/, ''));
  return { definite, body: BODIES.has(foldArabicWord(m.entry.term)) };
}

/** Where the words of a token start: a handle's Latin piece ("om" of "@ahmed_om") from its "@". */
function startOf(t: ArabicToken, text: string): number {
  if (!t.latin) return t.start;
  let k = t.start;
  while (k > 0 && /[A-Za-z0-9_]/.test(text[k - 1])) k--;
  return text[k - 1] === '@' ? k - 1 : t.start;
}

function isPointer(tokens: ArabicToken[], i: number, text: string): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.latin) return text[startOf(t, text)] === '@';
  return POINTERS.has(t.form) || NAMES.has(t.form) || NAMES.has(t.form.replace(/^[وف]/, ''));
}

/** The first token of the one accused, just before the accusation at token `first`, skipping fillers. */
function accusedBefore(tokens: ArabicToken[], first: number, text: string, label: boolean): number | undefined {
  let i = first - 1;
  for (let skipped = 0; i >= 0 && skipped < 3 && !tokens[i].latin && FILLERS.has(tokens[i].form); skipped++) i--;
  if (i < 0) return undefined;
  if (NEGATIONS.has(tokens[i].form)) return undefined;
  if (isPointer(tokens, i, text)) {
    // "الوزير فلان", "المدير هو": the role before a name or pointer is part of whom.
    return roleAt(tokens, i - 1)?.definite ? i - 1 : i;
  }
  const role = roleAt(tokens, i);
  // "شركة نصابين": a body named by its kind is about that body; "موظف فاسد" is anyone.
  if (role && (role.definite || (label && role.body))) {
    // "رئيس اللجنة": an indefinite role heading the one found is part of whom.
    const head = roleAt(tokens, i - 1);
    return head && !head.definite && role.definite ? i - 1 : i;
  }
  const owner = roleAt(tokens, i - 1);
  if (!owner || tokens[i].latin || role) return undefined;
  // "مدير المشتريات"، "المدير الجديد": the role with what it heads or an adjective; "المدير سالم": a name after a person's role.
  if (tokens[i].form.startsWith('ال')) return i - 1;
  return owner.definite && !owner.body ? i - 1 : undefined;
}

/** The last token of the one accused just after: "حرامي هالمدير"، "نصابين هذول". */
function accusedAfter(tokens: ArabicToken[], last: number): number | undefined {
  const t = tokens[last + 1];
  if (!t || t.latin) return undefined;
  const role = roleAt(tokens, last + 1);
  if (role && /^[وف]?ها/.test(t.form)) return last + 1;
  if (POINTERS.has(t.form) && t.form.startsWith('ه') && t.form !== 'هو' && t.form !== 'هي' && t.form !== 'هم') {
    return roleAt(tokens, last + 2) ? last + 2 : tokens[last + 2] ? undefined : last + 1;
  }
  return undefined;
}

/** Any stem of the lists above on normalised text: most sentences have none, and one look spares the word-by-word reading. */
const ANY_ACCUSING = /حرام|لص|سار|سرا|سرق|رتش|نصا|نصب|فاسد|فسد|فساد|ختلس|كذ|محتال|غشا|غش|زور|مجرم|نهب|نهاب|مرتزق|رشو|رشاو|كل|اخذ|قبض|تلقي/u;

/** Every Arabic accusation in a sentence; a question, a report of a claim, a denial or a general statement has none. */
export function arabicAccusations(text: string): Accused[] {
  if (!ANY_ACCUSING.test(text) || QUESTION.test(text) || REPORTED.test(text) || DOUBT.test(text)) return [];
  const tokens = arabicTokens(text);
  if (tokens[0]?.form === 'هل') return [];
  const out: Accused[] = [];
  let reached = -1;
  for (const m of LEXICON.find(tokens)) {
    if (m.first <= reached || m.negated) continue;
    const kind = m.entry.data;
    const rule = kind === 'label' ? 'label' : 'deed';
    const prev = tokens[m.first - 1];
    const before = accusedBefore(tokens, m.first, text, kind === 'label');
    let start: number | undefined;
    let end = m.end;
    // "الموظف الفاسد": a label with the article after a role with the article describes a kind, not someone in particular.
    if (before !== undefined && kind === 'label' && /ال$/.test(m.readings[0].prefix) && /^[وف]?ال/.test(tokens[before].form)) continue;
    if (before !== undefined) start = startOf(tokens[before], text);
    else if (kind === 'label' && (m.vocative || m.secondPerson)) start = prev && m.vocative && !prev.latin && prev.form === 'يا' ? prev.start : m.start;
    else if (kind === 'label') {
      const after = accusedAfter(tokens, m.last);
      if (after !== undefined) {
        start = m.start;
        end = tokens[after].end;
      }
    } else if (kind === 'deed-with-object' && !(prev && !prev.latin && GENERAL.has(prev.form)) && m.person !== 'i' && m.person !== 'we') {
      start = m.start;
    }
    if (start === undefined) continue;
    if (tokens.slice(0, m.first).some((t) => !t.latin && HYPOTHETICAL.has(t.form))) continue;
    // "مكافحة الفاسدين", "ما حرامي الا": a negation two words back still denies.
    if (m.first >= 2 && NEGATIONS.has(tokens[m.first - 2].form) && FILLERS.has(tokens[m.first - 1].form)) continue;
    out.push({ start, end, rule });
    reached = m.last;
  }
  return out;
}
