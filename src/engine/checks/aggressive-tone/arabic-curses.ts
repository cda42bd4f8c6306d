// Arabic curses that call on God against someone ("الله يخرب بيتك", "ربنا ياخدك", "الله لا يوفقك").
import type { Hit } from '../../types.js';
import { regexHits } from './tone-hit.js';

/** Who is called on: الله، ربنا، ربي، يا رب، عسى الله. */
const CALLER = String.raw`(?:الله|ربنا|ربي|يا\s?رب|يارب|عسى\s+الله|عسي\s+الله|اللهم)`;

/** Verbs that wish ruin, damnation or harm; blessings ("يحفظ", "يرحم", "يهدي") are not among them. */
const HARM =
  'يلعن|ينعل|ينعن|يخرب|يزعج|ياخذ(?!\\s+(?:ب|بيد|بايد|الحق|حق))|ياخد(?!\\s+(?:ب|بيد|بايد|الحق|حق))|يقلع|يحرق|يشل|يعمي|يكسر|يفضح|يفشل|ينتقم|يقطع|يهلك|يلوع|يجحم|يدمر|يمحق|يسخط|يخذل|يخسف|يعجل\\s+بعذاب|يحشر|يبلي|يسود\\s+وجه|يذل|يهين|يشلع|ينكب';

/** Blessings withheld: "الله لا يوفقك", "الله لا يسامحك", "الله لا يبارك فيك". */
const WITHHELD = 'يربح|تربح|يوفق|يسامح|يبارك|يعطي|يرد|يحلل|يسلم|يهني|يستر|يجزي|يرحم';

/** Curses, each starting at a word edge. */
/** Gulf wishes on someone (جعلك، عساك، عساه): these are curses only with what they wish. */
const WISHER = String.raw`(?:جعل|عسا)(?:ك|كم|ه|ها|هم|چ)`;
/** What a curse wishes: death, blindness, ruin, never prospering ("جعلك الماحي", "عساك ما تربح", "جعله يموت"). */
const WISHED = String.raw`(?:(?:ال|لل|بال)?(?:ماحي|موت|عمي|عمى|نار|بلا|خراب|مرض)|(?:ما|لا)\s+(?:ت|ي)?(?:ربح|سلم|توفق|شوف\s+خير|تهنى|تهني|فلح|نجح)|(?:ت|ي)(?:موت|موتون|نعمي|عمى|نشل|نقلع|نكسر|نحرق))`;

/** "God willing" put before a death or ruin wished on the reader: "ان شاء الله تموت", "انشالله بتنقلع". */
const GOD_WILLING = String.raw`(?:ان\s?شاء\s?الله|انشالله|انشاءالله|نشالله|ان\s?شالله)`;
const WISHED_ON_YOU = String.raw`(?:ب|رح\s+|راح\s+)?ت(?:موت|موتون|موتوا|نشل|نقلع|نقلعون|نحرق|عمي|نعمي|نكسر|ندفن|نقبر)`;

const CURSE_FORMS = [
  String.raw`${WISHER}\s+${WISHED}\p{L}*`,
  String.raw`${GOD_WILLING}\s+${WISHED_ON_YOU}\p{L}*`,
  // not when the speaker asks it for themself ("ربنا ياخدني")
  String.raw`${CALLER}\s+(?:${HARM})(?!\p{L}*(?:ني|نا)(?!\p{L}))\p{L}*(?:\s+(?:بيت|وجه|حيل|ابو|ام|اهل)\p{L}*)?`,
  String.raw`${CALLER}\s+لا\s+(?:${WITHHELD})\p{L}*`,
  String.raw`(?:الله|ربنا)\s+ينتقم\s+من\p{L}*`,
  String.raw`اللهم\s+(?:العن|اهلك|دمر|شتت|زلزل|عليك\s+ب)\p{L}*`,
];

/** Cursing Satan is the way to calm a quarrel ("العن الشيطان", "الله يلعن الشيطان"), not a curse on anyone. */
const ON_SATAN = /^\s*(?:على\s+)?(?:ال)?(?:شيطان|شياطين|ابليس|إبليس)(?!\p{L})/u;

// One lookbehind in front of the alternation, not one per alternative: V8 then tests the edge once per position.
const CURSES = new RegExp(String.raw`(?<!\p{L})(?:${CURSE_FORMS.join('|')})`, 'gu');

export function arabicCurseHits(text: string): Hit[] {
  return regexHits(CURSES, text, 'curse').filter((h) => !ON_SATAN.test(text.slice(h.end, h.end + 16)));
}
