// The Arabic word lists behind arabic-lexicon.ts, one entry per lexeme (MSA, Gulf and Omani).
import type { LexiconEntry } from '../../arabic/index.js';
import type { ToneRule } from './tone-hit.js';

/**
 * When a word counts:
 * - 'any': wherever it appears (after the checks for things described, reported speech and known exceptions);
 * - 'aimed': only aimed at someone (يا، انت، a "you" ending, ابن، مثل), because it is ordinary otherwise
 *   (waste collection, children, criminals in the news);
 * - 'animal': an animal said of people: aimed, or in a sentence with nothing about animals in their plain
 *   sense (a farm, a market, a vaccine, a zoo: "للبيع حمار", "تطعيم الحمير");
 * - 'vocative': only called out with يا, because it is praise otherwise (sarcasm: "يا ذكي", "يا فيلسوف");
 * - 'command': a verb in the imperative or said to "you" ("انقلع", "تخرس");
 * - 'hush': a verb only in the imperative, never negated ("اسكت" but not "لا تسكتون عن المخالفات");
 * - 'yours': a phrase about the reader's own mind or manners ("عقلك صغير", "هذا مستواك"), with a "you" ending;
 * - 'owned': about someone's mind ("عقله في ركبته"), with a pronoun ending that is not the speaker's;
 * - 'addressed': a phrase of contempt that needs the sentence to speak to someone ("سؤالك مثير للشفقة").
 */
export type Aim = 'any' | 'aimed' | 'animal' | 'vocative' | 'command' | 'hush' | 'yours' | 'owned' | 'addressed';

export interface ToneWord {
  rule: ToneRule;
  aim: Aim;
  /** An adjective that may describe a thing ("خطأ تافه", "مياه قذرة"): then it is not about a person. */
  adjective?: boolean;
  /** What animals do too ("تاكل التبن"): not said of people in a sentence about animals. */
  fodder?: boolean;
}

type Pos = 'noun' | 'verb' | 'fixed';

/**
 * Lexemes separated by spaces; the forms of one lexeme joined by "/" (broken plurals, dialect
 * spellings). Regular feminine and plural endings, clitics and pronoun endings come from the
 * morphology, so they are not listed.
 */
function words(rule: ToneRule, aim: Aim, list: string, pos: Pos = 'noun', adjective = false): LexiconEntry<ToneWord>[] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((lexeme) => {
      const [term, ...forms] = lexeme.split('/');
      return { term, forms, pos, data: adjective ? { rule, aim, adjective } : { rule, aim } };
    });
}

/** Phrases separated by "|"; in a phrase "word/v" is a verb, "=word" is matched as written. */
function phrases(rule: ToneRule, aim: Aim, list: string): LexiconEntry<ToneWord>[] {
  return list
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((term) => ({ term, data: { rule, aim } }));
}

export const ARABIC_WORDS: LexiconEntry<ToneWord>[] = [
  // stupidity and worthlessness: adjectives that also describe things ("سؤال غبي", "خطأ تافه")
  ...words('insult', 'any', 'غبي/اغبياء/اغبى تافه/تافهين/اتفه حقير/حقراء/احقر سخيف/سخفاء قذر/اقذر وسخ/اوسخ/وصخ مقرف عفن/معفن نتن', 'noun', true),
  // name-calling: stupidity, baseness (MSA and Levantine/Egyptian)
  ...words('insult', 'any', 'واطي سافل/سفله منحط احمق/حمقى/حمقا اهبل/هبل/هبلا مهبول عبيط معتوه/معاتيه متخلف مغفل'),
  ...words('insult', 'any', 'نجس/انجاس خسيس نذل/انذال وقح حثاله رعاع همج همجي كذاب منافق خاين/خائن/خونه حرامي مرتزق دجال'),
  ...words('insult', 'any', 'جهله/جهلاء/جهلا سفيه/سفهاء/سفها ساذج/سذج بلطجي شبيح زنديق خبثاء حاقد حقود فاجر/فجار دنيء/دنيي وضيع لقطاء'),
  // the vice named as a noun: aimed only when the sentence speaks to someone ("الوقاحة مب من أخلاقنا" is not)
  ...words('insult', 'addressed', 'غباء تفاهه حقاره سفاله سخافه وساخه قذاره وقاحه سذاجه دناءه'),
  ...words('insult', 'any', 'عكروت جربوع/جرابيع صعاليك اوباش زعران عره حلوف امعه منبطح مخرف ساقط ارعن اخرق بلهاء بليد اجحش اوطى جبان/جبناء'),
  // Gulf and Omani name-calling: crazy, daft, clueless
  ...words('insult', 'any', 'خبل/خبول/مخبول/مخبل/خبال دلخ/دلوخ غشيم/غشمان اثول/ثول/ثولان مهستر هطف/هطفه سبهلل'),
  // Levantine and Egyptian name-calling: fool, lowlife, scum, childish
  ...words('insult', 'any', 'هبيل/هبيله/هبلان اهطل/هطل مبزر/مبزره مسطول تنبل/تنابل هلفوت/هلافيت ملقوف/ملاقيف مطبل/مطبلين/طبال مشفوح/مشافيح ندل/اندال ازعر غوغاء جلف/اجلاف مهايطي مسودن سربوت/سرابيت داشر/دشير/دشرا لوتي غلس رخم'),
  // heavy-blooded, tiresome: ثقيل دم، دمك ثقيل، يا تقيل الدم
  ...phrases('insult', 'any', 'ثقيل دم|ثقيل =الدم|تقيل دم|تقيل =الدم|دم/n ثقيل|دم/n تقيل|تقل/n دم/n'),
  // the exclamation "how stupid you are" written as one word: مااغباك، مااتفهك
  ...words('insult', 'any', 'مااغبي/مااغبا مااتفه مااحقر مااسخف مااوقح مااجحش مااوسخ مااقذر مااحمق مااوطي/مااوطا مااجهل مااسفل'),
  ...words('insult', 'any', 'طرطور/طراطير استحمار جحشنه ذليل/اذلاء/اذلا منحل مرتد/مرتدين'),
  ...phrases(
    'insult',
    'any',
    'قليل ادب|قليل حيا|قليل حياء|قليل تربيه|قليل ذوق|قليل عقل|عديم شرف|عديم اخلاق|عديم ادب|عديم احساس|عديم احترام|عديم تربيه|عديم فهم|بلا شرف|بلا اخلاق|بلا ادب|بلا حيا|بلا ذمه|بلا تربيه|بلا عقل|بلا مخ|قله حيا|قله ادب|قله تربيه|قله عقل|تربيه شوارع|ناقص عقل|مريض نفسي|وجه نحس|وجه فقر|وجه شوم|ما اوطاك|ما اغبا/n|ما اتفه/n|ما احقر/n|ما اسخف/n|ما اوقح/n|ما اجحش/n|ما اوسخ/n|ما اقذر/n|ما احمق/n|ما اتفهك|عار =عليك|عار =عليكم|عيب =عليك|عيب =عليكم|ما يستحي/v|ما يستحي/v على وجه|يستحي/v على وجه|يستح/v على وجه|مب صاحي|مو صاحي|مش صاحي|مهب صاحي|ما =عندك ذمه|ما =عندك شرف|ما =عندك دم|ما =عندك عقل|ما =عندك مخ|ما =عندك سالفه|ما =عندكم سالفه|ما =عندك حيا|مخ تبن|عقل عصفور|من يظن/v نفس|مين يظن/v نفس|من يحسب/v نفس|مين يحسب/v نفس|منو يحسب/v نفس|من =انت =عشان|مين =انت =عشان|منو =انت =عشان|من =انت =حتى|من =انت =حتي|عبقري زمان|فلته زمان|ابو العريف|الذباب الالكتروني|ذباب الكتروني',
  ),
  // sarcasm aimed at the person: praise called out with يا
  ...words('insult', 'vocative', 'نفسيه بائس/بؤساء ذكي عبقري/عباقره فيلسوف/فلاسفه فهيم نابغه فلته علامه مفكر/مفكرين فالح جهبذ/جهابذه'),
  // animals, filth and contempt thrown at people: ordinary words otherwise
  ...words('insult', 'animal', 'حمار/حمير/حماره بهيم/بهيمه/بهايم/بهائم جحش/جحوش بغل/بغال قرد/قرود جرذ/جرذان خنزير/خنازير جيفه/جيف كلب/كلاب حيوان/حيوانات تيس/تيوس ثور/ثيران بقر/بقره/ابقار'),
  ...words('insult', 'animal', 'نباح نهيق واوي/واويه انعام'),
  ...words('insult', 'animal', 'مطي/مطايا بعير/بعارين صرصور/صراصير ثعلب/ثعالب افعى خروف/خرفان نعجه ضفدع حشره/حشرات ضبع دابه/دواب كديش'),
  ...words('insult', 'aimed', 'زباله/زبايل جزمه/جزم صرمايه/صرامي كندره شحاطه نعال/نعل/نعول بايخ ابله صهيوني/صهاينه صايع/صيع بجم بيئه دب/دببه نصاب/نصابين محتال تكفيري/تكفيريين خوارج جرثومه/جراثيم طفيلي/طفيليات نفايات مخلفات رمه بوق/ابواق ذيل/ذيول شحاد قزم/اقزام معاق معقد شيطان/شياطين خبيث لقيط'),
  ...words('insult', 'aimed', 'جاهل مجنون/مجانين عميل/عملاء لص/لصوص مجرم ارهابي فاشل داعشي/دواعش متحرش مسترزق مفلس زفت قرف بزر/بزارين ياهل/يهال ورع/ورعان خايس مسخره/مصخره نكره/نكرات'),
  // obscenities
  ...words('profanity', 'any', 'شرموط/شراميط شرمطه قحبه/قحاب مقحبه عاهر/عواهر عهر منيوك منيك متناك نياكه طيز زب/زبي زبر خرا خراء ديوث/ديايثه عرص معرص خول'),
  ...phrases('profanity', 'any', '=نيك|=انيك|=ينيك|=تنيك|=نيكك|=كسمك|=كسم|=كسمه|=كسمها|=كسمكم|=كس =امك|=كس =اختك|=كسختك|=كسك|=كسها|=كس =اخت|=كس =ام|=ابن =الحرام|=بنت =الحرام|=ولد =الحرام|=اولاد =الحرام|=ولاد =الحرام|=عيال =الحرام|=ابن =الزنا|=اولاد =الزنا|=ابن =القحبه|=ابن =الشرموطه|=ابن =العاهره|=ابن =حرام|=فرخ =الحرام|=ابن =الوسخه|=ولاد =الوسخه|=ولاد =المره|=عيال =الكلب'),
  // "son of ...", with يا written onto it ("ياولاد الحرام", "يابن الكلب"): the insult is to the family
  ...['ابن', 'بنت', 'ولد', 'اولاد', 'ولاد', 'عيال'].flatMap((kin) =>
    [
      ...phrases('profanity', 'any', ['الحرام', 'الزنا', 'القحبه', 'الشرموطه', 'العاهره', 'الوسخه', 'المره'].map((t) => `${kin}/n =${t}`).join('|')),
      ...phrases('insult', 'any', ['الكلب', 'الكلاب', 'الكلبه', 'الجزمه', 'الصرمايه', 'الخنزير', 'الحيوان'].map((t) => `${kin}/n =${t}`).join('|')),
    ],
  ),
  // slurs: sexuality, race, sect
  ...words('slur', 'any', 'لوطي مخنث زنجي/زنوج رافضي/رافضه/روافض ناصبي/نواصب مجوسي/مجوس صفوي نصيري شواذ'),
  ...words('slur', 'aimed', 'شاذ وهابي كافر/كفره/كفار'),
  // Gulf slurs on origin and tribe
  ...words('slur', 'any', 'بيسري/بياسر خضيري/خضيريه'),
  ...phrases('slur', 'any', 'طرش بحر|=طرش =البحر'),
  // curses
  ...words('curse', 'any', 'ملعون/ملاعين'),
  ...words('curse', 'any', 'يلعن/ينعل/ينعن', 'verb'),
  ...phrases('curse', 'any', 'لعنه الله|اللعنه =عليك|اللعنه =عليكم|تبا =لك|تبا =لكم|سحقا =لك|سحقا =لكم|=تفو|=تفه|=تف =عليك|=تف =عليكم|يخرب/v بيت|=يخربيتك|قطع الله|حسبي الله =عليك|حسبي الله =عليكم|عساك ما تربح|=تفو =عليك|=تفي =عليك|=تفو =عليكم'),
  // "to hell": في داهية، داهية تاخدك، روح جهنم; Levantine "burn your religion"
  ...phrases('curse', 'any', 'يروح/v =في =داهيه|يروح/v =في =ستين =داهيه|يروح/v =فداهيه|=داهيه =تاخدك|=داهيه =تاخذك|=داهيه =تاخدكم|يروح/v جهنم|يروح/v =لجهنم|=في =ستين =جهنم|=اللعنه =عليه|=اللعنه =عليهم|يحرق/v دين'),
  // Levantine "blindness on you": العمى بعيونك، يعمي قلبك، حرق العمى
  ...phrases('curse', 'any', '=العمي =بعيونك|=العمي =بعينك|=العمي =بقلبك|=لعمي =بعيونك|=لعمي =بقلبك|=العمي =يضربك|=حرق =العمي|=حرق =عمي|يقصف/v عمر|يقطع/v عمر'),
  // dismissals: shut up, get lost
  ...words('dismissive', 'hush', 'يسكت يصمت', 'verb'),
  ...words('dismissive', 'command', 'يخرس ينطم ينقلع ينكتم ينقبر يذلف ينضب ينثبر', 'verb'),
  // the proverb of the caravan that moves on while the dogs bark, said of critics
  ...phrases('dismissive', 'any', 'القافله/n تسير/v|القافله/n ماشيه'),
  // "get out", only as an order: اطلع برا
  ...phrases('dismissive', 'hush', 'يطلع/v =برا|يطلع/v =بره|يطلع/v =برى|يطلع/v =بره =من'),
  // "leave us alone", "none of your business": فكنا منك، حل عني، ما يخصك
  ...phrases('dismissive', 'any', '=فكنا =منك|=فكنا =منكم|=فكونا =منكم|=فكني =منك|=حل =عني|=حل =عنا|=حلوا =عنا|=ما =يخصك|=ما =يخصكم|=مو =خصك|=مب =خصك'),
  // "learn to read / learn some manners", said to the reader
  ...phrases('insult', 'command', 'يتعلم/v يقرا/v|يتعلم/v يكتب/v|يتعلم/v =القرايه|يتعلم/v =القراءه|يتعلم/v =الادب|يتعلم/v =الاحترام|يتعلم/v =الاملاء'),
  // "eat straw / dirt": كل تبن، تاكل تراب (cattle eating straw is no insult)
  ...phrases('dismissive', 'any', 'ياكل/v تبن|ياكل/v تراب|ياكل/v زق|ياكل/v خرا').map((e) => ({ ...e, data: { ...e.data, fodder: true } })),
  ...phrases('dismissive', 'any', '=كل =تبن|=كول =تبن|=كلوا =تبن|=كل =زق|=كول =زق'),
  ...words('dismissive', 'any', 'يتفلسف', 'verb'),
  ...words('dismissive', 'any', 'انخرس خراس خرابيط خزعبلات ترهات هراء تخاريف سخافات هذره/هذربه'),
  ...words('dismissive', 'any', 'يهذري/يهذر', 'verb'),
  // "enough of this nonsense": كفى تفاهة، كفاك سخافة، بلا هراء
  ...['كفي', 'كفاك', 'كفاكم', 'كفايه', 'بلا', 'بطل', 'بطلوا'].flatMap((enough) =>
    phrases('dismissive', 'any', ['تفاهه', 'سخافه', 'هراء', 'خرابيط', 'هذره', 'غباء', 'وقاحه', 'نباح', 'ترهات'].map((v) => `=${enough} ${v}`).join('|')),
  ),
  ...phrases('threat', 'any', 'يعرف/v يوصل/v =لك|يعرف/v يوصل/v =لكم|يعرف/v كيف يوصل/v =لك'),
  ...phrases(
    'dismissive',
    'command',
    'يسد/v بوز|يسكر/v بوز|يسكر/v تم/n|يسكر/v فم/n|يقفل/v فم/n|يسد/v فم/n|يسد/v حلق|يسد/v نيع|يسكر/v نيع|يقلب/v وجه|يبلع/v لسان|يلزم/v حدود|يعرف/v حدود|يعرف/v قدر|يعرف/v حجم|يخلي/v في حدود|يخلي/v في حال|يخل/v في حدود|يخل/v في حال|يخلي/v =بحالك|يروح/v يموت/v|يشوف/v حال|يشوف/v نفس|يروح/v ينام/v|يروح/v يلعب/v|يروح/v يشتغل/v|يحترم/v نفس|يموت/v بغيظ|يموت/v بغيض|يموت/v بقهر|يموت/v قهر|يستحي/v على وجيه|يستح/v على وجيه',
  ),
  ...phrases(
    'dismissive',
    'any',
    '=محد =سالك|=محد =سالكم|=ما =احد =سالك|=مين =سالك|=من =سالك|=منو =سالك|=محد =طلب =رايك|=مالك =دخل|=مالك =شغل|=مو =شغلك|=مب =شغلك|=مش =شغلك|=مو =شغلكم|=ما =لك =دخل|=ملكش =دعوه|=وش =دخلك|=شدخلك|=شو =دخلك|=كول =هوا|=كل =هوا|=كلي =هوا|=طز|كلام فاضي|هرج فاضي|حكي فاضي|سوالف فاضيه',
  ),
];

/** The reader's mind, level or upbringing, and what is said of it: "عقلك صغير", "مخك مصدي", "مستواك الفكري". */
const MINDS = 'عقل مخ/مخخ دماغ فهم تفكير مستوي/مستوى اخلاق تربيه ثقافه وعي';
const BELITTLED =
  'مريض مختل فارغ خربان تالف بايظ صغير ناقص مصدي فاضي تعبان ضعيف محدود متحجر سطحي واطي زباله مقفل مسكر عفن متدني فكري عقلي صدي|في ركبه|في ركبتك|بركبتك|في رجول|على =قدك|على =قدكم|على =قده|على =قدها';
const belittled = BELITTLED.split('|').flatMap((p, i) => (i === 0 ? p.split(' ') : [p]));

export const ARABIC_CONTEMPT: LexiconEntry<ToneWord>[] = [
  ...MINDS.split(' ').flatMap((mind) => {
    const [m, ...alt] = mind.split('/');
    // 'owned': the mind is someone's ("عقلك", "عقله"), not the speaker's. "/n": even a two-letter mind ("مخ") takes its endings ("مخك").
    return belittled.map((b) => ({ term: `${m}/n ${b}`, forms: alt.map((a) => `${a}/n ${b}`), data: { rule: 'insult' as const, aim: 'owned' as const } }));
  }),
  // "if there were any good in you": لو فيك خير، لو فيكم ذرة خير
  ...phrases('insult', 'any', 'لو =فيك خير|لو =فيكم خير|لو =فيك ذره خير|لو =فيكم ذره خير|لو =عندك ذره|لو =عندكم ذره'),
  ...phrases('insult', 'owned', 'وجه/n يجيب/v =الهم|وجه/n يجيب/v =الفقر|وجه/n يقطع/v =الرزق|عين/n فارغه|عين/n فاضيه|مشكله في عقل|مشكله في مخ/n|مشكله في فهم|عيب في عقل|خلل في عقل'),
  ...words('insult', 'yours', 'اشكال اشباه اسياد'),
  // "half-men": اشباه الرجال، أشباه المثقفين (not semiconductors or peninsulas, see the exceptions)
  ...words('insult', 'any', 'اشباه'),
  ...phrases('insult', 'yours', '=هذا مستوي|=هذا مستوى|=هذي اخلاق|=هذه اخلاق|=هذي تربيه|=هذه تربيه|=هذا عقل|=هذا فهم|=هذا ادب|=هذي ثقافه'),
  ...phrases(
    'insult',
    'addressed',
    'مثير =للشفقه|يثير/v =الشفقه|جهل فاضح|جهل مطبق|جهل مركب|ذره عقل|ذره فهم|ذره حيا|ذره ادب|ذره احترام|ذره ذوق|ذره وعي|مستوي من الفهم|مستوي من الوعي|مستوي من التفكير|مستوي الفكري|مستوي العقلي',
  ),
];

/** Words of animals in their plain sense: farms, markets, vets, zoos, food; then an animal word is not about people. */
export const ANIMAL_CONTEXT: string[] = (
  'مزرعه/مزارع سوق/اسواق بيع للبيع سعر/اسعار تطعيم لقاح/لقاحات بيطري طبيب علف/اعلاف حليب اضحيه/اضاحي حديقه حيوانات مواشي ماشيه قطيع ' +
  'حظيره اصطبل رعي راعي لحم/لحوم جلد/جلود صيد ضال/ضاله مربي تربيه اطعام رفق اليف مسعور نفوق نفق سلاله فصيله ركوب جري سباق مزاد ' +
  'وحشي انفلونزا ذبح مسلخ عيد سوره بيطره مناطحه عجل/عجول ثروه حيواني بحر بري جبلي مرعي ولاده ولدت نافق عض ' +
  'انفلونزا ذبح مسلخ خيل/خيول ابل جمل/جمال ناقه غنم/اغنام ماعز دجاج بط طيور عنز/عنوز فرس بيطريه عياده حراسه بوليسي ' +
  // pest control, as a municipality announces it
  'مكافحه مبيد/مبيدات رش تعقيم قوارض مطبخ حشري حشريه'
).split(' ');

/** Nouns for things an adjective may describe without aiming at anyone ("سؤال غبي", "المياه القذرة"). */
export const THINGS: string[] = (
  'خطا غلط مياه ماء مويه ملابس شارع/شوارع طريق/طرق مكان/اماكن حمام اكل طعام عذر/اعذار سبب/اسباب موضوع/مواضيع تفصيل/تفاصيل ' +
  'مبلغ فرق شي امر/امور خلاف مشكله/مشاكل عطل خلل قرار خطه/خطط نكته/نكت لعبه فيلم/افلام برنامج تطبيق نظام جو طقس ريحه رائحه ' +
  'يد/ايدي اموال حرب/حروب سياسه مشهد منظر مقطع/مقاطع خبر/اخبار اشاعه اعلان'
).split(' ');

/** Words that report what someone else said, so an insult inside is quoted, not meant (قال، وصف، بعبارة). */
export const REPORTING_VERBS: string[] = 'يقول/قال يصف ينعت ينادي يصرخ يشتم يسب يهدد يتهم يكتب يعلق يردد يغرد يسمي يلقب يشبه يعاير يعير'.split(' ');
/** Verbs of writing: what follows is someone's words only inside quote marks ("تكتب هالكلام الفاضي" is the writer's own judgement). */
export const WRITING_VERBS: string[] = ['يكتب', 'يعلق', 'يردد', 'يغرد'];
export const REPORTING_NOUNS: string[] = 'عباره/عبارات كلمه/كلمات لفظ/الفاظ وصف شتيمه/شتائم/شتايم مسبه/مسبات اهانه/اهانات تهديد/تهديدات سب مصطلح'.split(' ');

/**
 * Forms that are ordinary in a known neighbourhood: pork and swine flu, the zebra, underdeveloped
 * countries. Each regex is tested on the words around a match.
 */
export const ARABIC_EXCEPTIONS: Array<[stem: string, context: RegExp]> = [
  ['خنزير', /(?:لحم|لحوم|شحم|دهن|انفلونز|جلد|مزارع|مزرعه)\S*\s+\S*خنازير|(?:لحم|لحوم|شحم|دهن|انفلونز|جلد)\S*\s+\S*خنزير/u],
  // cursing Satan calms a quarrel: العن الشيطان
  ['لعن', /لعن\S*\s+(?:ال)?(?:شيطان|شياطين|ابليس|إبليس)/u],
  // the world (الدنيا), not the base (دنيء)
  ['دني', /دنيا/u],
  ['اشباه', /اشباه\s+(?:ال)?(?:موصل|جزر|جزير|منحرف|مستطيل|معادن|فلز)/u],
  ['حمار', /حمار\S*\s+(?:ال)?وحش/u],
  // a revolution and the revolutionary, not the bull
  ['ثور', /ثور(?:ه|ة|ات|ي|يه|ية|يين|يون)(?![\p{L}])/u],
  ['متخلف', /(?:دول|بلد|بلاد|مناطق|منطقه|مجتمعات|مجتمع)\S*\s+\S*متخلف/u],
  ['مريض نفسي', /(?:علاج|رعايه|مستشفي|حقوق|دعم|اسره|اهل)\S*\s+(?:ال)?مريض/u],
];
