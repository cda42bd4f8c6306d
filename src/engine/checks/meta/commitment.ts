// What the commitment check is and why, apart from its English and Arabic finders so the popup and options load only this.
import type { CheckMeta, LocalText, RuleMeta } from '../../types.js';
import type { CommitmentRule } from '../commitment/cue.js';
import { optionsObject } from './option-schemas.js';

/** An undertaking's words, whichever kind it is: `{words}` the cue as typed, with its deadline after "...". */
const UNDERTAKING_MESSAGE: LocalText = { en: 'Commitment: "{words}"', ar: 'التزام باسم الجهة: «{words}»' };

/** What an undertaking asks of the writer, and of one the ruleset authorises to commit ("authorised"). */
const UNDERTAKING: Pick<RuleMeta, 'message' | 'suggestion' | 'variants'> = {
  message: UNDERTAKING_MESSAGE,
  suggestion: {
    en: 'Say what is being done and point to the published timetable, or check that you are authorised to promise this.',
    ar: 'اذكر ما يجري العمل عليه وأحِل إلى الجدول الزمني المعلَن، أو تأكد أنك مخوَّل بتقديم هذا الوعد.',
  },
  variants: {
    authorised: {
      suggestion: {
        en: 'You may commit for the organisation: make sure the date and the promise match what has been agreed.',
        ar: 'أنت مخوَّل بالالتزام باسم الجهة: تأكد أن الموعد والوعد يطابقان ما اتُّفق عليه.',
      },
    },
  },
};

/** Saying yes or no to a request answers for the organisation: a note, with its own reason. */
const REPLY_WHY: LocalText = {
  en: 'Saying yes or no to a request from an official account answers for the organisation: only do so where you are authorised to commit it.',
  ar: 'الموافقة على طلب أو رفضه من حساب رسمي ردٌّ باسم الجهة: لا تفعل ذلك إلا إذا كنت مخوَّلًا بالالتزام نيابةً عنها.',
};

const RULES: Record<CommitmentRule, RuleMeta> = {
  promise: { label: { en: 'Promise or guarantee', ar: 'وعد أو ضمان' }, ...UNDERTAKING },
  'future-action': { label: { en: 'Undertaking to act', ar: 'تعهّد بالقيام بعمل' }, ...UNDERTAKING },
  'future-passive': { label: { en: 'Something announced as going to happen', ar: 'إعلان عن أمر سيتم' }, ...UNDERTAKING },
  deadline: { label: { en: 'Deadline', ar: 'موعد محدد' }, ...UNDERTAKING },
  pledge: { label: { en: 'Pledge written as a list item', ar: 'تعهّد مكتوب بندًا في قائمة' }, ...UNDERTAKING },
  offer: { label: { en: 'Offer to do something', ar: 'عرض للقيام بأمر' }, ...UNDERTAKING },
  agreement: {
    label: { en: 'Agreeing to a request', ar: 'موافقة على طلب' },
    message: { en: 'Agreeing to a request: "{words}"', ar: 'موافقة على طلب: «{words}»' },
    why: REPLY_WHY,
    suggestion: {
      en: 'Make sure you can deliver it and are authorised to; say when and how.',
      ar: 'تأكد أنك قادر على الوفاء به ومخوَّل بذلك، واذكر متى وكيف.',
    },
    defaultSeverity: 'info',
  },
  refusal: {
    label: { en: 'Declining a request', ar: 'رفض طلب' },
    message: { en: "Declining on the organisation's behalf: \"{words}\"", ar: 'رفض باسم الجهة: «{words}»' },
    why: REPLY_WHY,
    suggestion: {
      en: "Say why and what the person can do instead; check it is the organisation's position.",
      ar: 'بيّن السبب وما يمكن للشخص فعله بدلًا من ذلك، وتأكد أن هذا موقف الجهة.',
    },
    defaultSeverity: 'info',
  },
};
import { cite } from '../../sources.js';

export const commitmentMeta: CheckMeta = {
  id: 'commitment',
  title: { en: 'Commitments on behalf of the organisation', ar: 'الالتزامات باسم الجهة' },
  defaultSeverity: 'warning',
  rules: RULES,
  clause: {
    en: 'Do not make promises, guarantees or deadlines on behalf of government unless you are authorised to commit your organisation.',
    ar: 'لا تقدّم وعودًا أو ضمانات أو مواعيد باسم الحكومة ما لم تكن مخوّلًا بالالتزام نيابةً عن جهتك.',
  },
  source: cite(['omanIta', 'codesOfConduct']),
  // No options: whether the person may commit is the ruleset's authorisedToCommit, not a setting of the check.
  optionsSchema: optionsObject({}),
};
