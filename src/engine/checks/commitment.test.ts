import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer.js';
import { loadRuleset } from '../../ruleset/load.js';
import type { Capacity, Finding, Lang, Ruleset } from '../types.js';
import { commitmentMeta } from './meta/commitment.js';

const builtIn = createAnalyzer(loadRuleset());
const orgRules = {
  name: 'Ministry of Digital Services rules',
  version: 1,
  organisation: { name: 'Ministry of Digital Services', aliases: ['MDS', 'وزارة الخدمات الرقمية'] },
} satisfies Ruleset;
const org = createAnalyzer(loadRuleset(orgRules));
const authorised = createAnalyzer(loadRuleset({ ...orgRules, authorisedToCommit: true }));

function commitments(analyzer: ReturnType<typeof createAnalyzer>, text: string, capacity: Capacity): Finding[] {
  return analyzer.analyze(text, { capacity }).filter((f) => f.check === 'commitment');
}

/** [what it shows, capacity, draft, rule, the exact text the finding covers, the cue quoted in the message] */
type Flagged = [string, Capacity, string, string, string, string];

const flagged: Flagged[] = [
  ['a first-person future with a deadline', 'official', 'We will repair the water main on Al Sultan Qaboos Street by Thursday.', 'future-action', 'We will repair the water main on Al Sultan Qaboos Street by Thursday', 'We will repair ... by Thursday'],
  ['a contracted future with a clock time', 'official', "We'll have the counter open again by 7pm.", 'future-action', "We'll have the counter open again by 7pm", "We'll have ... by 7pm"],
  ['"I promise"', 'official', 'I promise your permit will be issued next week.', 'promise', 'I promise', 'I promise'],
  ['"I can assure"', 'unknown', 'I can assure you the forms will be ready.', 'promise', 'I can assure', 'I can assure'],
  ['"rest assured"', 'official', 'Rest assured, the team is on it.', 'promise', 'Rest assured', 'Rest assured'],
  ['an organisation that guarantees a turnaround', 'official', 'The ministry guarantees a reply within two working days.', 'promise', 'The ministry guarantees a reply within two working days', 'The ministry guarantees ... within two working days'],
  ['a third-person pledge', 'official', 'The council pledges to resurface every road in the district.', 'promise', 'The council pledges', 'The council pledges'],
  ['a passive future', 'official', 'The new parking rules will be enforced from 1 May.', 'future-passive', 'will be enforced', 'will be enforced'],
  ['a passive future with a deadline', 'official', 'This will be sorted before the end of the month.', 'future-passive', 'will be sorted before the end of the month', 'will be sorted ... before the end of the month'],
  ['an acronym that undertakes to act', 'official', 'The refund is late, but OPS will transfer it soon.', 'future-action', 'OPS will transfer', 'OPS will transfer'],
  ['"going to" with an organisation subject', 'unknown', 'Our engineers are going to replace the meters.', 'future-action', 'Our engineers are going to replace', 'Our engineers are going to replace'],
  ['"سوف" with a deadline', 'official', 'سوف نقوم بإصلاح الإنارة خلال يومين', 'future-action', 'سوف نقوم بإصلاح الإنارة خلال يومين', 'سوف نقوم ... خلال يومين'],
  ['"نعدكم"', 'official', 'نعدكم بالرد على جميع الطلبات', 'promise', 'نعدكم', 'نعدكم'],
  ['"نتعهد" written with tashkeel (the span keeps the final mark)', 'official', 'نَتَعَهَّدُ بِتَوْفِيرِ الخِدْمَةِ', 'promise', 'نَتَعَهَّدُ', 'نَتَعَهَّدُ'],
  ['a "سن" future', 'official', 'سنعمل على حل المشكلة بأسرع وقت', 'future-action', 'سنعمل', 'سنعمل'],
  ['a "ست" future with the ministry as subject and its month', 'official', 'ستقوم الوزارة بتحديث البوابة الشهر القادم', 'future-action', 'ستقوم الوزارة بتحديث البوابة الشهر القادم', 'ستقوم ... الشهر القادم'],
  ['a passive "سيتم" with its day', 'official', 'سيتم فتح باب التسجيل يوم الأحد', 'future-passive', 'سيتم فتح باب التسجيل يوم الأحد', 'سيتم ... يوم الأحد'],
  ['a plan in "would be" outside any condition', 'official', 'A committee would be formed to review the complaints.', 'future-passive', 'would be formed', 'would be formed'],
  ['a first person singular "سأ" future', 'official', 'سأتصل بك الليلة', 'future-action', 'سأتصل بك الليلة', 'سأتصل ... الليلة'],
  // Pledges written as list items, without a subject or a future.
  ['a bare pledge verb opening the sentence', 'official', 'Introduce free parking at every health centre.', 'pledge', 'Introduce free parking', 'Introduce free parking'],
  ['a numbered bare pledge', 'unknown', '3. Abolish the fee for replacement ID cards.', 'pledge', 'Abolish the fee', 'Abolish the fee'],
  ['two pledge verbs joined by "and"', 'official', 'Strengthen and expand the coastal ferry service.', 'pledge', 'Strengthen and expand', 'Strengthen and expand'],
  ['a verb noun with "of" opening a list item', 'official', 'Establishment of a tenants\' tribunal in every governorate.', 'pledge', "Establishment of a tenants'", "Establishment of a tenants'"],
  ['a gerund pledge with a particle', 'official', 'Setting up ten new training centres for young farmers.', 'pledge', 'Setting up ten new training', 'Setting up ten new training'],
  // Pledges with a future, a modal or a plan noun.
  ['a passive future of any verb when nothing personal is acted on', 'official', 'The old depot will be demolished.', 'future-passive', 'will be demolished', 'will be demolished'],
  ['an entitlement in the future', 'official', 'Pensions will be exempt from income tax.', 'future-passive', 'will be exempt', 'will be exempt'],
  ['"shall" with a deadline', 'official', 'All permits shall be issued within ten days.', 'future-passive', 'shall be issued within ten days', 'shall be issued ... within ten days'],
  ['"we would" with a phrasal verb of action', 'official', 'We would set up a fund for small fishermen.', 'future-action', 'We would set up', 'We would set up'],
  ['"it" with a verb of policy', 'official', 'It will enact a law on data protection.', 'future-action', 'It will enact', 'It will enact'],
  ['a named party promising a thing', 'official', 'Labour promises a new rail link to the port.', 'promise', 'Labour promises', 'Labour promises'],
  ['"our plan is to"', 'official', 'Our plan is to open two more clinics.', 'promise', 'Our plan is to', 'Our plan is to'],
  ['"deeply committed to"', 'official', 'The ministry is deeply committed to shorter waiting times.', 'promise', 'The ministry is deeply committed to', 'The ministry is deeply committed to'],
  // Offers and agreements in a reply.
  ['an offer with "I can"', 'official', 'I can send you the form today.', 'offer', 'I can send you', 'I can send you'],
  ['"we\'d be happy to"', 'unknown', "We'd be happy to help with the application.", 'offer', "We'd be happy to", "We'd be happy to"],
  ['"consider it done"', 'official', 'Consider it done.', 'offer', 'Consider it done', 'Consider it done'],
  ['"leave it with me" before a future', 'official', 'Leave it with me and I will chase the contractor.', 'offer', 'Leave it with me', 'Leave it with me'],
  ['"we\'re on it"', 'official', "We're on it.", 'offer', "We're on it", "We're on it"],
  ['"I\'ll see what I can do"', 'official', "OK, I'll see what I can do.", 'offer', "I'll see what I can do", "I'll see what I can do"],
  ['a first-person future rather than the agreement before it', 'unknown', "Sure, I'll sort that out for you tomorrow.", 'future-action', "I'll sort", "I'll sort"],
  ['an offer rather than the "yes" before it', 'official', 'Yes, we can arrange that.', 'offer', 'we can arrange that', 'we can arrange that'],
  ['accepting an arrangement', 'official', 'Tuesday will be fine.', 'offer', 'Tuesday will be fine', 'Tuesday will be fine'],
  ['"happy to help"', 'official', 'Happy to help!', 'offer', 'Happy to help', 'Happy to help'],
  ['"أبشر" before a future', 'official', 'أبشر، سنرسل لك الرابط', 'offer', 'أبشر', 'أبشر'],
  ['"خلها علي"', 'official', 'خلها علي', 'offer', 'خلها علي', 'خلها علي'],
  ['"دعني" with a verb of checking', 'official', 'دعني أتحقق من الطلب', 'offer', 'دعني أتحقق', 'دعني أتحقق'],
  ['"هدفنا أن"', 'official', 'هدفنا أن تكون الخدمة متاحة للجميع', 'promise', 'هدفنا أن', 'هدفنا أن'],
  ['"نسعى ل" with its verb noun', 'official', 'نسعى لتحسين الخدمات الصحية', 'promise', 'نسعى لتحسين', 'نسعى لتحسين'],
  ['an Arabic verbal noun opening a list item', 'official', 'إنشاء مستشفى جديد في كل ولاية', 'pledge', 'إنشاء مستشفى', 'إنشاء مستشفى'],
];

describe('commitment: flags promises on behalf of the organisation', () => {
  it.each(flagged)('flags %s', (_name, capacity, text, rule, covered, cue) => {
    const found = commitments(builtIn, text, capacity);
    const start = text.indexOf(covered);
    expect(found).toEqual([
      expect.objectContaining({ check: 'commitment', rule, severity: 'warning', start, end: start + covered.length, message: `Commitment: "${cue}"` }),
    ]);
    expect(found[0].suggestion).toMatch(/published timetable/);
    expect(found[0].why).toMatch(/authorised/);
  });
});

const clean: Array<[string, Capacity, string]> = [
  ['a question to the reader', 'official', 'Will you be joining us at the open day?'],
  ['a question about our plans', 'official', 'Do you think we will finish the park this year?'],
  ['a weather forecast', 'official', 'Forecasters say it will rain heavily tomorrow.'],
  ['opening hours as published', 'official', 'The library will be open 9 to 1 on Saturday.'],
  ['a change quoted as announced', 'official', 'Registration will be extended to Thursday, as announced last week.'],
  ['a published closing date', 'official', 'The survey is open until 15 June on our website.'],
  ['"I\'ll be honest"', 'official', "I'll be honest, that was a hard week."],
  ['a year, not a future verb', 'official', 'قضيت سنة كاملة في لندن'],
  ['a weather forecast in Arabic', 'official', 'ستكون الأجواء ممطرة غدا'],
  ['a question in Arabic', 'official', 'هل سنراكم في المعرض؟'],
  ['a rule everyone must follow, not a pledge', 'official', 'يجب أن يلتزم الجميع بالتعليمات'],
  ['a conditional "would be"', 'official', 'Your fee would be refunded if you applied online.'],
  ['a consequence for the reader', 'official', 'If you post the form twice, you will be charged twice and you will be contacted.'],
  ['"let me know", a request', 'official', 'Let me know when the form arrives.'],
  ['"going to have to", an obligation', 'official', "I'm going to have to read that report again."],
  ['a loanword that starts like a future verb', 'official', 'شاركونا في سنابات الفعالية'],
  ['"two years", not a future verb', 'official', 'عملت هناك سنتين'],
  ['a personal plan on a personal account', 'personal', "I'll call you tonight."],
  ['a personal plan in Arabic on a personal account', 'personal', 'سأتصل بك الليلة'],
  ['a noun that looks like a pledge verb', 'official', 'Fund managers expect rates to fall.'],
  ['an adjective that looks like a pledge verb', 'official', 'Open days are on Friday.'],
  ['advice to the reader', 'official', 'Protect your family: get the flu jab.'],
  ['a personal errand in a gerund', 'official', 'Setting up my new phone this weekend.'],
  ['a pledge verb used as a noun', 'official', 'Increase in fees was announced last week.'],
  ['a forecast about a person', 'official', 'Everyone said Khalid will be fired.'],
  ['a conditional "we would"', 'official', 'We would refund you if the error were ours.'],
  ['"it" with a verb of no policy', 'official', 'It will end soon.'],
  ['a hedged plan', 'official', "Maybe I'll try the new café tomorrow."],
  ['sarcasm after "sure"', 'official', 'Sure, Jan.'],
  ['"of course not"', 'official', 'Of course not.'],
  ['"sure" opening an opinion', 'official', "Sure, he's a clown."],
  ['an offer under a condition', 'official', 'If I can help, just ask.'],
  ['a rallying cry', 'official', 'We can do this!'],
  ['a threat, left to the tone check', 'official', "I'll beat you."],
  ['"I\'ll be" with a noun phrase', 'official', "I'll be a fan forever."],
  ['a purpose clause with "so we can"', 'official', 'Tell us your street so we can send a crew.'],
  ['the ironic "ابشر بطول سلامة"', 'official', 'ابشر بطول سلامة'],
  ['"دعني أقول", a way of speaking', 'official', 'دعني أقول لك شيئا'],
  ['"إنشاء الله" written for "إن شاء الله"', 'official', 'إنشاء الله نلتقي قريبا'],
  ['"بناء على", a preposition', 'official', 'بناء على طلبكم تم التعديل'],
];

describe('commitment: leaves alone what nobody promises', () => {
  it.each(clean)('does not flag %s', (_name, capacity, text) => {
    expect(commitments(builtIn, text, capacity)).toEqual([]);
  });
});

describe('commitment: capacity, organisation and authority', () => {
  it('still flags a promise for the organisation from a personal account', () => {
    const text = 'Our department will publish the results on Sunday.';
    expect(commitments(builtIn, text, 'personal')).toEqual([
      expect.objectContaining({ rule: 'future-action', severity: 'warning', start: 0, end: 27, message: 'Commitment: "Our department will publish"' }),
    ]);
  });

  it('flags the organisation by its alias as the subject', () => {
    const text = 'MDS will restore the portal within 24 hours.';
    expect(commitments(org, text, 'official')).toEqual([
      expect.objectContaining({ rule: 'future-action', start: 0, end: 43, message: 'Commitment: "MDS will restore ... within 24 hours"' }),
    ]);
  });

  it('flags the organisation by its full name from a personal account', () => {
    const text = 'The Ministry of Digital Services will add a new payment option.';
    expect(commitments(org, text, 'personal')).toEqual([
      expect.objectContaining({ rule: 'future-action', start: 4, end: 41, message: 'Commitment: "Ministry of Digital Services will add"' }),
    ]);
  });

  it('flags an Arabic future whose subject is the organisation by name', () => {
    const text = 'ستطلق وزارة الخدمات الرقمية التطبيق الجديد';
    expect(commitments(org, text, 'personal')).toEqual([expect.objectContaining({ rule: 'future-action', start: 0, end: 5 })]);
  });

  it('flags a first-person undertaking from a personal account when it is about one of the organisation\'s topics', () => {
    const topical = createAnalyzer(loadRuleset({ ...orgRules, organisation: { ...orgRules.organisation, topics: ['parking permit'] } }));
    const text = "I'll renew your parking permit tomorrow.";
    expect(commitments(topical, text, 'personal')).toEqual([
      expect.objectContaining({ rule: 'future-action', start: 0, end: 10, message: 'Commitment: "I\'ll renew"' }),
    ]);
    expect(commitments(topical, "I'll call you tonight.", 'personal')).toEqual([]);
  });

  it('flags a first-person offer from official and unknown accounts alike', () => {
    const text = 'Let me get that fixed for you.';
    for (const capacity of ['official', 'unknown'] as const) {
      expect(commitments(builtIn, text, capacity)).toEqual([
        expect.objectContaining({ rule: 'future-action', start: 0, end: 10, message: 'Commitment: "Let me get"' }),
      ]);
    }
  });

  it('lowers the severity to info when the person is authorised to commit', () => {
    const text = 'We will repair the water main by Thursday.';
    const [finding] = commitments(authorised, text, 'official');
    expect(finding).toMatchObject({ rule: 'future-action', severity: 'info', start: 0, end: 41 });
    expect(finding.suggestion).toMatch(/agreed/);
  });

  it('reports one finding per sentence, preferring the explicit promise', () => {
    const text = 'We will fix it and I promise it will be done. We guarantee a refund.';
    const found = commitments(builtIn, text, 'official');
    expect(found.map((f) => [f.rule, text.slice(f.start, f.end)])).toEqual([
      ['promise', 'I promise'],
      ['promise', 'We guarantee'],
    ]);
  });

  it('maps spans back through zero-width characters hidden in the draft', () => {
    const text = 'We\u200B will fix the lights by Friday.';
    expect(commitments(builtIn, text, 'official')).toEqual([
      expect.objectContaining({ start: 0, end: text.indexOf('Friday') + 6, message: 'Commitment: "We\u200B will fix ... by Friday"' }),
    ]);
  });
});

/** [what it shows, draft, the exact text the finding covers] */
type Reply = [string, string, string];

const agreements: Reply[] = [
  ['a one-word agreement', 'Certainly.', 'Certainly'],
  ['two agreement words run together', 'Sure, no problem.', 'Sure, no problem'],
  ['an agreement with a reassurance that it can be done', "Certainly, that shouldn't be a problem.", "Certainly, that shouldn't be a problem"],
  ['"with pleasure"', 'With pleasure!', 'With pleasure'],
  ['"of course" before a polite address', 'Of course, sir.', 'Of course'],
  ['"yes, we can" as the whole reply', 'Yes, we can.', 'Yes, we can'],
  ['"OK" before telling the reader what they can do', 'OK, you can collect it from the front desk.', 'OK'],
  ['"that should be fine"', 'That should be fine.', 'That should be fine'],
  ['taking up a suggestion', 'That sounds like a good plan.', 'That sounds like a good plan'],
  ['accepting an arranged time', 'Thanks, see you then.', 'see you then'],
  ['handing over what was asked for', 'Here you go.', 'Here you go'],
  ['a typographic apostrophe', 'That won’t be a problem.', 'That won’t be a problem'],
  ['"أكيد"', 'أكيد', 'أكيد'],
  ['"حاضر" before an address', 'حاضر يا أستاذ', 'حاضر'],
  ['"تم" as the whole reply', 'تم.', 'تم'],
  ['"ولا يهمك"', 'ولا يهمك', 'ولا يهمك'],
  ['"بكل سرور"', 'بكل سرور', 'بكل سرور'],
  ['"طبعًا" with its tanween kept in the span', 'طبعًا!', 'طبعًا'],
];

const refusals: Reply[] = [
  ['"I\'m afraid we can\'t" with the verb declined', "I'm afraid we can't refund the fee.", "I'm afraid we can't refund"],
  ['"won\'t be able to" after an apology, not a future', "Sorry, we won't be able to extend the deadline.", "Sorry, we won't be able to extend"],
  ['a plain "I can\'t do that"', "I can't do that until Monday.", "I can't do that"],
  ['"we are unable to"', 'We are unable to accept forms by email.', 'We are unable to'],
  ['"I\'d rather not"', "I'd rather not.", "I'd rather not"],
  ['"No, I can\'t"', "No, I can't.", "No, I can't"],
  ['a practice the organisation does not offer', "Unfortunately, we don't issue permits on weekends.", "Unfortunately, we don't issue permits"],
  ['nothing left to give', 'Sorry, there are no seats left on that day.', 'Sorry, there are no seats'],
  ['"I\'m afraid not"', "I'm afraid not.", "I'm afraid not"],
  ['"out of the question"', "That's out of the question.", "That's out of the question"],
  ['declining an offer', 'No, thank you.', 'No, thank you'],
  ['typographic apostrophes', 'I’m afraid we can’t change the date.', 'I’m afraid we can’t change'],
  ['"we can\'t help" with the reader as object', "Sorry, we can't help you with that.", "Sorry, we can't help"],
  ['"للأسف لا نستطيع"', 'للأسف لا نستطيع تمديد الموعد', 'للأسف لا نستطيع'],
  ['"لا يمكننا" with what is declined', 'لا يمكننا تغيير الموعد', 'لا يمكننا تغيير'],
  ['"نعتذر عن عدم" with what is not done', 'نعتذر عن عدم قبول الطلب', 'نعتذر عن عدم قبول'],
  ['the formal "يتعذر علينا"', 'يتعذر علينا الرد اليوم', 'يتعذر علينا'],
];

const REPLY_WHY = /yes or no to a request from an official account/;

describe('commitment: replies that agree to a request', () => {
  it.each(agreements)('flags %s', (_name, text, covered) => {
    const start = text.indexOf(covered);
    const found = commitments(builtIn, text, 'official');
    expect(found).toEqual([
      expect.objectContaining({
        check: 'commitment', rule: 'agreement', severity: 'info', start, end: start + covered.length,
        message: `Agreeing to a request: "${covered}"`,
        suggestion: 'Make sure you can deliver it and are authorised to; say when and how.',
      }),
    ]);
    expect(found[0].why).toMatch(REPLY_WHY);
  });
});

describe('commitment: replies that decline a request', () => {
  it.each(refusals)('flags %s', (_name, text, covered) => {
    const start = text.indexOf(covered);
    const found = commitments(builtIn, text, 'official');
    expect(found).toEqual([
      expect.objectContaining({
        check: 'commitment', rule: 'refusal', severity: 'info', start, end: start + covered.length,
        message: `Declining on the organisation's behalf: "${covered}"`,
        suggestion: "Say why and what the person can do instead; check it is the organisation's position.",
      }),
    ]);
    expect(found[0].why).toMatch(REPLY_WHY);
  });
});

const notReplies: Array<[string, string]> = [
  ['"of course" inside a story', 'Of course the weather ruined the parade.'],
  ['"OK" opening an account of events', 'OK so here is what happened.'],
  ['sarcasm after "sure"', 'Sure, because that always works.'],
  ['"sure" as a question', 'Sure?'],
  ['a request to the reader', 'Could you do that for me?'],
  ['"absolutely not"', 'Absolutely not.'],
  ['"let\'s" after "sure", a sneer', "Sure, let's all pretend nothing happened."],
  ['"here you are" as a reproach', 'Here you are, complaining again.'],
  ['the slogan "Yes we can!"', 'Yes we can!'],
  ['"I can\'t believe"', "I can't believe it."],
  ['"I can\'t stand"', "I can't stand the noise on this street."],
  ['"I can\'t figure out"', "I can't figure out the new portal."],
  ['"I can\'t afford"', "I can't afford a new car."],
  ['"I can\'t wait"', "I can't wait for the festival!"],
  ['an apology for losing something', "I'm sorry, but I just can't find my keys."],
  ['"can\'t help it", an apology for a habit', "Sorry, I can't help it."],
  ['an apology for a delay', 'Sorry for the delay.'],
  ['sympathy', "I'm sorry to hear that."],
  ['not knowing', "Sorry I don't know."],
  ['an outcry', "We can't accept this!"],
  ['a condition', "If we can't help, call the front desk."],
  ['an Arabic apology for a delay', 'نعتذر عن التأخير'],
  ['an Arabic opinion after "طبعا"', 'طبعا الحكومة لا تهتم'],
  ['an Arabic feeling after "لا نستطيع"', 'لا نستطيع أن ننسى ما حدث'],
  ['"تم" as a past passive', 'تم التعديل على الطلب'],
  ['an Arabic question', 'هل يمكنكم ذلك؟'],
  ['an Arabic outcry', 'لا يمكننا السكوت عن هذا!'],
];

describe('commitment: leaves alone what only looks like a reply', () => {
  it.each(notReplies)('does not flag %s', (_name, text) => {
    expect(commitments(builtIn, text, 'official')).toEqual([]);
  });
});

describe('commitment: replies by capacity and authority', () => {
  it('leaves a personal yes alone but flags a refusal that names the organisation\'s rules', () => {
    expect(commitments(builtIn, 'Sure, no problem.', 'personal')).toEqual([]);
    const text = "Sorry, we can't refund it; the ministry's rules are clear.";
    expect(commitments(builtIn, text, 'personal')).toEqual([
      expect.objectContaining({ rule: 'refusal', severity: 'info', start: 0, end: 22 }),
    ]);
  });

  it('keeps the reply advice and the info severity for a person authorised to commit', () => {
    expect(commitments(authorised, 'Certainly.', 'official')).toEqual([
      expect.objectContaining({ rule: 'agreement', severity: 'info', suggestion: 'Make sure you can deliver it and are authorised to; say when and how.' }),
    ]);
  });

  it('reports a refusal and a promise in separate sentences, each once', () => {
    const text = "I'm afraid we can't waive the fee. We promise a reply within two days.";
    expect(commitments(builtIn, text, 'official').map((f) => [f.rule, f.severity, text.slice(f.start, f.end)])).toEqual([
      ['refusal', 'info', "I'm afraid we can't waive"],
      ['promise', 'warning', 'We promise a reply within two days'],
    ]);
  });
});

/** [what it shows, draft, rule, the exact text the finding covers] */
type Specific = [string, string, string, string];

const specific: Specific[] = [
  ['a frame before a concrete act', 'We will continue to run the free shuttle bus every weekend.', 'future-action', 'We will continue'],
  ['an effort phrase before a concrete act', 'Steps will be taken to reopen the clinic.', 'future-passive', 'will be taken'],
  ['joint work for a concrete act', 'We will work with the port authority to extend the opening hours.', 'future-action', 'We will work'],
  ['a soft verb acting on something delivered', 'We will promote the new parking permit to residents.', 'future-action', 'We will promote'],
  ['a soft verb with a sum', 'We will strengthen the sea wall with OMR 2 million.', 'future-action', 'We will strengthen'],
  ['a soft verb said to the reader', 'We will consider your request.', 'future-action', 'We will consider'],
  ['a review, which either happens or does not', 'The ministry will review the decision.', 'future-action', 'The ministry will review'],
  ['two verbs, the second concrete', 'We will strengthen and expand the ferry service.', 'future-action', 'We will strengthen'],
  ['free of charge in the future', 'Entry to the museum will be free.', 'future-passive', 'will be free'],
  ['an adverb after "be"', 'The fee will be further reduced.', 'future-passive', 'will be further reduced'],
  ['a plan with a time before its verb', 'Our main aim over the next two years will be to cut waiting times.', 'promise', 'Our main aim over the next two years will be to'],
];

describe('commitment: a specific undertaking is a warning, whatever verb frames it', () => {
  it.each(specific)('flags %s', (_name, text, rule, covered) => {
    const start = text.indexOf(covered);
    expect(commitments(builtIn, text, 'official')).toEqual([
      expect.objectContaining({ rule, severity: 'warning', start, end: start + covered.length, message: `Commitment: "${covered}"` }),
    ]);
  });
});

const intentions: Array<[string, string]> = [
  ['a standing commitment to a cause', 'We remain committed to serving the community.'],
  ['continuing to work with others', 'We will continue to work with our partners.'],
  ['encouraging others to act', 'The ministry will encourage residents to recycle.'],
  ['steps towards an abstraction', 'Steps will be taken to strengthen cooperation.'],
  ['a comparison with no measure', 'We will make the portal more user friendly.'],
  ['building on a success', 'We will build on this success.'],
  ['a priority with no particulars', 'Priority will be given to tourism.'],
  ['a concrete verb on an abstraction', 'We will bring real reform.'],
  ['strengthening something abstract', 'We will strengthen border security.'],
  ['exploring options', 'We will explore options for a new car park.'],
  ['considering a proposal', 'The ministry will consider the proposal.'],
  ['a passive encouragement', 'Training will be encouraged.'],
  ['a pledge to focus', 'The council pledges to focus on tourism.'],
  ['a bare "I\'ll try"', "I'll try."],
];

describe('commitment: leaves alone statements of intent with nothing to check', () => {
  it.each(intentions)('does not flag %s', (_name, text) => {
    expect(commitments(builtIn, text, 'official')).toEqual([]);
  });
});

describe('commitment: hedged or merely dated intentions are notes', () => {
  it('reports a hedged undertaking at info', () => {
    const text = 'As far as possible, the forms will be processed online.';
    const start = text.indexOf('will be processed');
    expect(commitments(builtIn, text, 'official')).toEqual([
      expect.objectContaining({ rule: 'future-passive', severity: 'info', start, end: start + 'will be processed'.length }),
    ]);
  });

  it('reports an intention in a sentence with a year at info', () => {
    const text = 'In 2026 we will continue to focus on tourism.';
    expect(commitments(builtIn, text, 'official')).toEqual([
      expect.objectContaining({ rule: 'future-action', severity: 'info', start: 8, end: 24, message: 'Commitment: "we will continue"' }),
    ]);
  });

  it('prefers the specific undertaking to the intention in the same sentence', () => {
    const text = 'In 2026 we will continue to focus on tourism and we will open two visitor centres.';
    const start = text.indexOf('we will open');
    expect(commitments(builtIn, text, 'official')).toEqual([
      expect.objectContaining({ rule: 'future-action', severity: 'warning', start, end: start + 'we will open'.length }),
    ]);
  });
});

/** [what it shows, draft, rule, the exact text the finding covers] — official replies about the reader's own case. */
const readerCase: Array<[string, string, string, string]> = [
  ['the reader\'s item ready on a weekday', 'Your passport will be ready for pickup on Thursday afternoon.', 'future-passive', 'Your passport will be ready for pickup on Thursday'],
  ['a visit in a time window', 'An inspector will visit your shop between 9 and 11 am tomorrow.', 'future-action', 'An inspector will visit your shop between 9 and 11 am'],
  ['the reader receives something within a period', "You'll get the replacement card in two days.", 'deadline', "You'll get the replacement card in two days"],
  ['staff calling the reader', 'The nurse will call you this afternoon.', 'future-action', 'The nurse will call you this afternoon'],
  ['a payment in the reader\'s account before a holiday', 'Your allowance will be in your account before Eid.', 'future-passive', 'Your allowance will be in your account before Eid'],
  ['a commitment after declining to promise something else', "I can't promise anything, but we'll call you tomorrow.", 'future-action', "we'll call"],
];

describe('commitment: official replies about the reader\'s case', () => {
  it.each(readerCase)('flags %s', (_name, text, rule, covered) => {
    const start = text.indexOf(covered);
    expect(commitments(builtIn, text, 'official')).toEqual([
      expect.objectContaining({ rule, severity: 'warning', start, end: start + covered.length }),
    ]);
  });
});

const notReaderCase: Array<[string, string]> = [
  ['declining to promise a date', "We can't promise a fix date, but the fault is logged."],
  ['declining to guarantee', "I'm not able to guarantee a slot this week."],
  ['handing the matter to another body', "That's handled by the Ministry of Housing; please contact them directly."],
  ['a weather forecast with a day', 'Heavy winds will ease by Thursday evening.'],
  ['a closure notice', 'The registry will be closed on Sunday for the holiday.'],
  ['a requirement on the reader', 'You will need to bring two photos on Monday.'],
  ['a schedule quoted from a circular', 'As per the circular issued last week, offices will open at 8am from Sunday.'],
  ['a schedule quoted from a charter', 'Your complaint will be answered on Sunday, according to the published service charter.'],
  ['an aim with nothing to check', 'We aim to cut queues at our service centres.'],
  ['a question about the reader\'s plans', 'Will your son be at school tomorrow?'],
  ['a musing with a day', "Perhaps we'll see a change on Monday."],
];

describe('commitment: leaves alone official replies that promise nothing', () => {
  it.each(notReaderCase)('does not flag %s', (_name, text) => {
    expect(commitments(builtIn, text, 'official')).toEqual([]);
  });
});

/** [what it shows, capacity, draft, rule, the exact text the finding covers] — Arabic, MSA and Gulf. */
const arabicUndertakings: Array<[string, Capacity, string, string, string]> = [
  ['an MSA "we" future with a deadline of working days', 'official', 'سنرسل لكم الرد الرسمي خلال ثلاثة أيام عمل.', 'future-action', 'سنرسل لكم الرد الرسمي خلال ثلاثة أيام عمل'],
  ['an MSA passive future with next week', 'official', 'سيتم تعويض المتضررين من انقطاع الكهرباء الأسبوع المقبل.', 'future-passive', 'سيتم تعويض المتضررين من انقطاع الكهرباء الأسبوع المقبل'],
  ['a Gulf "بنـ" future with "بكرة"', 'official', 'بنرجع لك بخبر بكرة إن شاء الله.', 'future-action', 'بنرجع لك بخبر بكرة'],
  ['a Gulf "راح نـ" future with a weekday', 'official', 'راح نركب لكم عداد جديد يوم الخميس.', 'future-action', 'نركب لكم عداد جديد يوم الخميس'],
  ['the reader\'s money back within a week', 'official', 'المبلغ بيرجع لحسابك خلال أسبوع.', 'deadline', 'بيرجع لحسابك خلال أسبوع'],
  ['"بيكون/بتكون جاهز" with a deadline', 'official', 'الرخصة بتكون جاهزة بعد بكرة.', 'deadline', 'بتكون جاهزة بعد بكرة'],
  ['the Gulf "أوعدك" with a Gulf passive and a deadline', 'official', 'أوعدك الموضوع بينحل قبل نهاية الأسبوع.', 'promise', 'أوعدك الموضوع بينحل قبل نهاية الأسبوع'],
  ['the Gulf "I will" written without its alef', 'official', 'بخلص لك المعاملة اليوم.', 'future-action', 'بخلص لك المعاملة اليوم'],
  ['the reader receives a message today', 'official', 'ستصلكم رسالة تأكيد على هاتفكم اليوم.', 'deadline', 'ستصلكم رسالة تأكيد على هاتفكم اليوم'],
  ['"نعدكم" without a date', 'official', 'نعدكم بحل المشكلة في أقرب وقت.', 'promise', 'نعدكم'],
  ['a technician coming tomorrow morning', 'official', 'الفني بيوصلكم بكرة الصبح.', 'deadline', 'بيوصلكم بكرة الصبح'],
  ['"وعد مني" as its own clause', 'official', 'وعد مني، الطلب بيخلص هالأسبوع.', 'promise', 'وعد مني'],
  ['the dated future after "consider it done"', 'official', 'اعتبرها خالصة، بنرسلها لك الليلة.', 'future-action', 'بنرسلها لك الليلة'],
  ['the dated Gulf future after "أبشر"', 'official', 'أبشر يا أخوي، بنجهز لك البطاقة قبل الخميس.', 'future-action', 'بنجهز لك البطاقة قبل الخميس'],
  ['the reader\'s grievance heard on a date, MSA passive', 'official', 'سيتم النظر في شكواك يوم ٣ أبريل.', 'future-passive', 'سيتم النظر في شكواك يوم ٣ أبريل'],
  ['a Gulf "بنتابع" for the reader\'s own file', 'official', 'بنتابع ملفك مع القسم.', 'future-action', 'بنتابع'],
  ['a Gulf passive of filling a pothole this week', 'official', 'الحفرة اللي قدام بيتكم بتنردم هالأسبوع.', 'deadline', 'بتنردم هالأسبوع'],
  ['a Gulf future written in Arabizi', 'official', 'inshallah bokra bn5alis el mo3amala', 'future-action', 'bokra bn5alis'],
  ['a personal account speaking in its official capacity', 'personal', 'بصفتي مسؤول في البلدية، بنشيل المخلفات من الحارة يوم السبت.', 'future-action', 'بنشيل المخلفات من الحارة يوم السبت'],
  ['a personal account from the team', 'personal', 'أنا من فريق الدعم في الوزارة، بنرجع لكم الخدمة الليلة.', 'future-action', 'بنرجع لكم الخدمة الليلة'],
  ['a personal account naming "our school"', 'personal', 'مدرستنا بتوزع الكتب الأحد الجاي.', 'deadline', 'بتوزع الكتب الأحد الجاي'],
  ['a promise to the public about a public service', 'personal', 'أوعدكم الشارع بيتسفلت قبل العيد.', 'promise', 'أوعدكم الشارع بيتسفلت قبل العيد'],
];

describe('commitment: Arabic undertakings on behalf of the organisation', () => {
  it.each(arabicUndertakings)('flags %s', (_name, capacity, text, rule, covered) => {
    const found = commitments(builtIn, text, capacity);
    const start = text.indexOf(covered);
    expect(found).toEqual([expect.objectContaining({ rule, severity: 'warning', start, end: start + covered.length })]);
    expect(found[0].why).toMatch(/authorised/);
  });
});

const arabicNonCommitments: Array<[string, Capacity, string]> = [
  ['a personal errand tomorrow', 'personal', 'بروح السوق بكرة.'],
  ['a family plan tonight', 'personal', 'بنطبخ مجبوس الليلة مع الأهل.'],
  ['a past promise to a brother', 'personal', 'وعدت أخوي أوديه المباراة بكرة.'],
  ['"we are following it up" without a deadline', 'official', 'نتابع الموضوع مع الجهة المعنية.'],
  ['a negated Gulf follow-up', 'official', 'ما بنتابع الموضوع.'],
  ['a duty placed on applicants, MSA future', 'official', 'سيتعين على المتقدمين تسليم الملفات قبل الخميس.'],
  ['a duty placed on the reader with "سيكون عليك"', 'official', 'سيكون عليك تحديث بياناتك خلال شهر.'],
  ['a duty placed on applicants with "على"', 'official', 'على المتقدمين إرفاق الشهادات قبل يوم السبت.'],  ['declining to promise a date', 'official', 'ما نقدر نوعدك بموعد محدد، الأمر عند اللجنة.'],
  ['declining to commit, MSA', 'official', 'لا يمكننا الالتزام بموعد قبل اكتمال الأوراق.'],
  ['a plain "I don\'t guarantee"', 'official', 'ما أضمن لك شي، بس بحاول.'],
  ['a schedule with its published source', 'official', 'حسب الجدول المعلن على موقع الوزارة، تبدأ الدراسة يوم الأحد.'],
  ['a closure quoted from what the ministry published', 'official', 'وفق ما نشرته الوزارة في حسابها، سيتم إغلاق الطريق يوم الجمعة.'],
  ['a requirement on the citizen', 'official', 'لازم تجيب صورة البطاقة والجواز يوم المقابلة.'],
  ['"you will need to"', 'official', 'بتحتاج تعبي الاستمارة قبل الموعد.'],
  ['an option for the citizen', 'official', 'تقدر تستلم البطاقة من أي فرع بعد أسبوع.'],
  ['"إن شاء الله" alone', 'official', 'إن شاء الله.'],
  ['a Gulf weather forecast', 'official', 'الطقس بيكون غائم بكرة مع فرصة أمطار.'],
  ['an MSA prediction', 'official', 'من المتوقع أن ترتفع درجات الحرارة غداً.'],
  ['a question about opening hours', 'official', 'هل بتفتحون المكتب يوم السبت؟'],
  ['a condition and a hedge', 'official', 'لو اكتملت الأوراق، ممكن تخلص المعاملة خلال أسبوع.'],
  ['a fact in the past', 'official', 'تم إصلاح العطل أمس.'],
  ['a hedged plan', 'official', 'ربما نرسل الفني بكرة.'],
  ['"with a lion", not "I will block"', 'official', 'مرة أسد خبط بأسد.'],
  ['"far", not "I will repeat"', 'official', 'العب بعيد عن الشارع.'],
  ['a direction on a road notice', 'official', 'إغلاق جزئي للطريق باتجاه نزوى.'],
  ['a negated past ("it did not come out")', 'official', 'من يوم ماطلع الجدول وإحنا ننتظر.'],
];

describe('commitment: leaves alone Arabic that promises nothing', () => {
  it.each(arabicNonCommitments)('does not flag %s', (_name, capacity, text) => {
    expect(commitments(builtIn, text, capacity)).toEqual([]);
  });
});

describe('commitment: Arabic message and deadline', () => {
  it('quotes the verb and the deadline found after it', () => {
    const text = 'بنركب الإنارة في السكة قبل نهاية الشهر.';
    expect(commitments(builtIn, text, 'official')).toEqual([
      expect.objectContaining({ rule: 'future-action', start: 0, end: 38, message: 'Commitment: "بنركب ... قبل نهاية الشهر"' }),
    ]);
  });

  it('starts at a deadline said before the verb', () => {
    const text = 'بكرة الصبح بتلقى المبلغ في حسابك.';
    expect(commitments(builtIn, text, 'official')).toEqual([
      expect.objectContaining({ rule: 'deadline', start: 0, end: 16, message: 'Commitment: "بكرة الصبح بتلقى"' }),
    ]);
  });

  it('keeps a commitment made after declining to promise something else', () => {
    const text = 'ما أضمن لك شي، بس بنرسل الفني بكرة.';
    const start = text.indexOf('بنرسل');
    expect(commitments(builtIn, text, 'official')).toEqual([
      expect.objectContaining({ rule: 'future-action', start, end: text.indexOf('.') }),
    ]);
  });
});

describe('commitment: looking into the matter in hand with no deadline is a note, in English and Arabic alike', () => {
  it.each([
    ["We'll look into it.", "We'll look"],
    ["I'll check.", "I'll check"],
    ['We will follow up on this.', 'We will follow'],
    ["We'll consider it.", "We'll consider"],
    ['بنتابع ونشوف.', 'بنتابع'],
    ['سنتابع الأمر.', 'سنتابع'],
    ['راح نشوف الموضوع.', 'نشوف'],
  ])('reports %s at info', (text, covered) => {
    const start = text.indexOf(covered);
    expect(commitments(builtIn, text, 'official')).toEqual([
      expect.objectContaining({ rule: 'future-action', severity: 'info', start, end: start + covered.length }),
    ]);
  });

  it.each([
    ["We'll look into it by Monday.", "We'll look into it by Monday"],
    ['We will look into your complaint.', 'We will look'],
    ['بنشوف الموضوع قبل نهاية الأسبوع.', 'بنشوف الموضوع قبل نهاية الأسبوع'],
    ['راح نتابع معاملتك.', 'نتابع'],
  ])('reports %s, with a deadline or for the reader, as a warning', (text, covered) => {
    const start = text.indexOf(covered);
    expect(commitments(builtIn, text, 'official')).toEqual([
      expect.objectContaining({ rule: 'future-action', severity: 'warning', start, end: start + covered.length }),
    ]);
  });

  it('leaves the plain present alone in both languages', () => {
    expect(commitments(builtIn, 'We are looking into it.', 'official')).toEqual([]);
    expect(commitments(builtIn, 'نتابع الأمر.', 'official')).toEqual([]);
  });
});

describe('commitment: a deadline set for the reader is an instruction, one set for the reader\'s matter a commitment', () => {
  it.each([
    'Applicants will need to send their transcripts by Thursday.',
    "You'll have to renew the permit by 30 June.",
    'Residents will be required to register their pets before the end of the month.',
  ])('does not flag %s', (text) => {
    expect(commitments(builtIn, text, 'official')).toEqual([]);
  });

  it('keeps a deadline the writer\'s side sets itself', () => {
    const text = 'We will need to close the car park by Friday.';
    expect(commitments(builtIn, text, 'official')).toEqual([expect.objectContaining({ severity: 'warning', end: text.length - 1 })]);
  });

  it.each([
    ['Your hearing will be held on 4 June.', 'will be held on 4 June'],
    ['Your claim will be dealt with within 10 working days.', 'will be dealt with within 10 working days'],
    ['Your licence will be sent on the 3rd of May.', 'will be sent on the 3rd of May'],
  ])('flags %s with its date', (text, covered) => {
    const start = text.indexOf(covered);
    expect(commitments(builtIn, text, 'official')).toEqual([
      expect.objectContaining({ rule: 'future-passive', severity: 'warning', start, end: start + covered.length }),
    ]);
  });

  it('leaves an irregular passive of the reader\'s matter with no date alone', () => {
    expect(commitments(builtIn, 'Your case will be heard.', 'official')).toEqual([]);
  });
});

describe('commitment: the writer\'s language', () => {
  /** [rule, draft, English message, Arabic message]: the cue quoted as typed, with its deadline after "...". */
  const words: Array<[string, string, string, string]> = [
    ['promise', 'I promise your permit will be issued next week.', 'Commitment: "I promise"', 'التزام باسم الجهة: «I promise»'],
    ['promise', 'نَتَعَهَّدُ بِتَوْفِيرِ الخِدْمَةِ', 'Commitment: "نَتَعَهَّدُ"', 'التزام باسم الجهة: «نَتَعَهَّدُ»'],
    ['future-action', 'سوف نقوم بإصلاح الإنارة خلال يومين', 'Commitment: "سوف نقوم ... خلال يومين"', 'التزام باسم الجهة: «سوف نقوم ... خلال يومين»'],
    ['future-passive', 'سيتم فتح باب التسجيل يوم الأحد', 'Commitment: "سيتم ... يوم الأحد"', 'التزام باسم الجهة: «سيتم ... يوم الأحد»'],
    ['deadline', 'بكرة الصبح بتلقى المبلغ في حسابك.', 'Commitment: "بكرة الصبح بتلقى"', 'التزام باسم الجهة: «بكرة الصبح بتلقى»'],
    ['pledge', 'إنشاء مستشفى جديد في كل ولاية', 'Commitment: "إنشاء مستشفى"', 'التزام باسم الجهة: «إنشاء مستشفى»'],
    ['offer', 'خلها علي', 'Commitment: "خلها علي"', 'التزام باسم الجهة: «خلها علي»'],
    ['agreement', 'طبعًا!', 'Agreeing to a request: "طبعًا"', 'موافقة على طلب: «طبعًا»'],
    ['refusal', 'للأسف لا نستطيع تمديد الموعد', 'Declining on the organisation\'s behalf: "للأسف لا نستطيع"', 'رفض باسم الجهة: «للأسف لا نستطيع»'],
  ];
  const inLang = (analyzer: ReturnType<typeof createAnalyzer>, text: string, lang: Lang) =>
    analyzer.analyze(text, { capacity: 'official', lang }).filter((f) => f.check === 'commitment');

  it.each(words)('words a %s finding in English and in Arabic (%s)', (rule, text, en, ar) => {
    expect(inLang(builtIn, text, 'en').map((f) => [f.rule, f.message])).toEqual([[rule, en]]);
    expect(inLang(builtIn, text, 'ar').map((f) => [f.rule, f.message])).toEqual([[rule, ar]]);
  });

  it('words every rule it can report', () => {
    expect([...new Set(words.map(([rule]) => rule))].sort()).toEqual(Object.keys(commitmentMeta.rules!).sort());
  });

  it('advises in Arabic, with other advice for a person authorised to commit and the same severity rules', () => {
    const text = 'سوف نقوم بإصلاح الإنارة خلال يومين';
    const [unauthorised] = inLang(builtIn, text, 'ar');
    expect(unauthorised).toMatchObject({ severity: 'warning', why: commitmentMeta.clause.ar });
    expect(unauthorised.suggestion).toBe('اذكر ما يجري العمل عليه وأحِل إلى الجدول الزمني المعلَن، أو تأكد أنك مخوَّل بتقديم هذا الوعد.');
    const [allowed] = inLang(authorised, text, 'ar');
    expect(allowed.severity).toBe('info');
    expect(allowed.suggestion).toBe('أنت مخوَّل بالالتزام باسم الجهة: تأكد أن الموعد والوعد يطابقان ما اتُّفق عليه.');
    expect(inLang(authorised, text, 'en')[0].suggestion).toBe(
      'You may commit for the organisation: make sure the date and the promise match what has been agreed.',
    );
  });

  it('explains a yes or a no in Arabic, a note whoever writes it', () => {
    for (const analyzer of [builtIn, authorised]) {
      const [refusal] = inLang(analyzer, 'لا يمكننا تغيير الموعد', 'ar');
      expect(refusal).toMatchObject({ rule: 'refusal', severity: 'info' });
      expect(refusal.why).toBe('الموافقة على طلب أو رفضه من حساب رسمي ردٌّ باسم الجهة: لا تفعل ذلك إلا إذا كنت مخوَّلًا بالالتزام نيابةً عنها.');
      expect(refusal.suggestion).toBe('بيّن السبب وما يمكن للشخص فعله بدلًا من ذلك، وتأكد أن هذا موقف الجهة.');
      const [agreement] = inLang(analyzer, 'بكل سرور', 'ar');
      expect(agreement).toMatchObject({ rule: 'agreement', severity: 'info', suggestion: 'تأكد أنك قادر على الوفاء به ومخوَّل بذلك، واذكر متى وكيف.' });
    }
  });

  it('writes the severity of a yes or a no once, in the metadata', () => {
    const severities = Object.entries(commitmentMeta.rules!).filter(([, r]) => r.defaultSeverity).map(([rule, r]) => [rule, r.defaultSeverity]);
    expect(severities).toEqual([['agreement', 'info'], ['refusal', 'info']]);
  });
});
