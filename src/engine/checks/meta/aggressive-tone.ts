// What the aggressive-tone check is and why, apart from its word lists so the popup and options load only this.
import type { CheckMeta, RuleMeta } from '../../types.js';
import type { ToneRule } from '../aggressive-tone/tone-hit.js';
import { cite } from '../../sources.js';
import { booleanOption, optionsObject, textListOption } from './option-schemas.js';

/** `{words}`: the words of the draft as typed; the model's estimate quotes up to three, `{second}` and `{third}` after the first. */
const RULES: Record<ToneRule | 'model', RuleMeta> = {
  insult: {
    label: { en: 'Insult', ar: 'إهانة' },
    message: { en: 'Insult: "{words}"', ar: 'عبارة مُهينة: «{words}»' },
    suggestion: {
      en: 'Criticise the idea or the decision, not the person: say what you disagree with and why.',
      ar: 'انتقد الفكرة أو القرار لا الشخص: بيّن ما تعترض عليه ولماذا.',
    },
  },
  profanity: {
    label: { en: 'Profanity', ar: 'ألفاظ نابية' },
    message: { en: 'Profanity: "{words}"', ar: 'لفظ نابٍ: «{words}»' },
    suggestion: {
      en: 'Leave the swearing out and say plainly what you object to.',
      ar: 'احذف اللفظ النابي، وقل بوضوح ما الذي تعترض عليه.',
    },
  },
  // Threats and slurs are never acceptable: an error whatever the check's severity.
  slur: {
    label: { en: 'Slur', ar: 'لفظ مهين لفئة من الناس' },
    message: { en: 'Slur: "{words}"', ar: 'لفظ يحقّر فئة من الناس: «{words}»' },
    suggestion: {
      en: 'Remove the slur: it demeans people for who they are and has no place in any post.',
      ar: 'احذف هذا اللفظ: فهو يحطّ من الناس بسبب انتمائهم أو هويتهم، ولا مكان له في أي منشور.',
    },
    defaultSeverity: 'error',
  },
  threat: {
    label: { en: 'Threat', ar: 'تهديد' },
    message: { en: 'Threat: "{words}"', ar: 'تهديد: «{words}»' },
    suggestion: {
      en: 'Remove the threat. If someone is abusive, do not engage: report the account to the platform or your manager.',
      ar: 'احذف التهديد. وإن أساء إليك أحد فلا تجادله: أبلغ المنصة عن الحساب، أو أبلغ مسؤولك.',
    },
    defaultSeverity: 'error',
  },
  curse: {
    label: { en: 'Curse', ar: 'دعاء بالشر أو لعن' },
    message: { en: 'Curse: "{words}"', ar: 'دعاء بالشر: «{words}»' },
    suggestion: {
      en: 'Remove the curse; stay calm and polite, or step away from the conversation.',
      ar: 'احذف الدعاء بالشر، والتزم الهدوء واللباقة، أو انسحب من النقاش.',
    },
  },
  // The UK tip on abusive users, not only courtesy, is why a dismissal is singled out.
  dismissive: {
    label: { en: 'Dismissive remark', ar: 'عبارة استخفاف' },
    message: { en: 'Dismissive remark: "{words}"', ar: 'عبارة استخفاف: «{words}»' },
    why: {
      en: 'Do not engage with users who are aggressive or abusive, and do not answer in kind (UK Cabinet Office, ten tips for social media engagement, tip 10).',
      ar: 'لا تنجرّ إلى النقاش مع المستخدمين العدوانيين أو المسيئين، ولا تردّ عليهم بالمثل (مكتب مجلس الوزراء البريطاني، النصائح العشر للتفاعل عبر وسائل التواصل الاجتماعي، النصيحة العاشرة).',
    },
    suggestion: {
      en: 'Stay calm and polite: answer the point, or do not engage with users who are abusive.',
      ar: 'التزم الهدوء واللباقة: أجب عن صلب الموضوع، أو لا تتفاعل مع من يسيء.',
    },
  },
  shouting: {
    label: { en: 'Shouting in capitals', ar: 'صراخ بالأحرف الكبيرة' },
    message: { en: 'Shouting in capitals', ar: 'كتابة بالأحرف الكبيرة تُقرأ صراخًا' },
    suggestion: {
      en: 'Write in normal sentence case; a run of capitals reads as shouting.',
      ar: 'اكتب بالأحرف العادية؛ فتتابُع الكلمات بالأحرف الكبيرة يُقرأ كأنه صراخ.',
    },
  },
  // A pile of exclamation marks is only a hint.
  exclamations: {
    label: { en: 'Pile of exclamation marks', ar: 'علامات تعجب متتالية' },
    message: { en: 'Pile of exclamation marks', ar: 'علامات تعجب متتالية' },
    suggestion: {
      en: 'One exclamation mark is enough; a pile of them reads as anger.',
      ar: 'علامة تعجب واحدة تكفي؛ فتكرارها يوحي بالغضب.',
    },
    defaultSeverity: 'info',
  },
  model: {
    label: { en: 'Estimated tone (model)', ar: 'تقدير النبرة (نموذج مدرَّب)' },
    message: { en: 'Sounds hostile (estimate): "{words}"', ar: 'قد يبدو الكلام عدائيًا (تقدير): «{words}»' },
    suggestion: {
      en: 'This is an estimate by a trained model, not a rule: read the quoted words as the person receiving them would, and say what you disagree with without attacking anyone.',
      ar: 'هذا تقدير من نموذج مدرَّب وليس قاعدة: اقرأ الكلمات المقتبسة كما سيقرؤها من تُوجَّه إليه، وقل ما تعترض عليه دون الإساءة إلى أحد.',
    },
    variants: {
      'two-words': {
        message: { en: 'Sounds hostile (estimate): "{words}", "{second}"', ar: 'قد يبدو الكلام عدائيًا (تقدير): «{words}»، «{second}»' },
      },
      'three-words': {
        message: {
          en: 'Sounds hostile (estimate): "{words}", "{second}", "{third}"',
          ar: 'قد يبدو الكلام عدائيًا (تقدير): «{words}»، «{second}»، «{third}»',
        },
      },
    },
  },
};

export const aggressiveToneMeta: CheckMeta = {
  id: 'aggressive-tone',
  title: { en: 'Aggressive tone', ar: 'لهجة عدائية' },
  defaultSeverity: 'warning',
  rules: RULES,
  clause: {
    en: 'Be cordial and professional at all times and welcome constructive criticism: insults, swearing, threats and shouting are none of these, and they stay public long after the argument is over.',
    ar: 'كن ودودًا ومهنيًا في كل الأوقات ورحّب بالنقد البنّاء: الشتائم والألفاظ النابية والتهديد والصراخ ليست من ذلك، وتبقى منشورة للعامة بعد انتهاء النقاش بوقت طويل.',
  },
  source: cite(['omanIta', 'beConsistent'], ['omanIta', 'codesOfConduct']),
  optionsSchema: optionsObject({
    shouting: booleanOption('Flag runs of words in capitals (default true).'),
    exclamations: booleanOption('Flag three or more exclamation marks in a row (default true).'),
    allow: textListOption(500, 200, 'Words or phrases never flagged by this check, e.g. a place name that looks like a swear word.'),
    model: booleanOption('Add the trained tone model\'s estimates where the word rules find nothing (default true).'),
  }),
};
