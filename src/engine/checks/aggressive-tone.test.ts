import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer.js';
import { loadRuleset } from '../../ruleset/load.js';
import { aggressiveTone } from './aggressive-tone.js';

const analyzer = createAnalyzer(loadRuleset());

/** [rule, the words underlined, severity] for every aggressive-tone finding in `text`. */
function tone(text: string, analyze = analyzer.analyze): Array<[string, string, string]> {
  return analyze(text)
    .filter((f) => f.check === 'aggressive-tone')
    .map((f) => [f.rule, text.slice(f.start, f.end), f.severity]);
}

describe('aggressive-tone: English', () => {
  const cases: Array<[string, string, Array<[string, string, string]>]> = [
    ['name-calling', 'You are such an idiot.', [['insult', 'idiot', 'warning']]],
    ['leetspeak insult', 'What a m0r0n, honestly.', [['insult', 'm0r0n', 'warning']]],
    ['spaced-out letters', 'i.d.i.o.t', [['insult', 'i.d.i.o.t', 'warning']]],
    ['swearing spelled with dots', 'This is f.u.c.k.i.n.g ridiculous', [['profanity', 'f.u.c.k.i.n.g', 'warning']]],
    ['swearing masked with asterisks', 'What a load of sh*t.', [['profanity', 'sh*t', 'warning']]],
    ['a masked letter in the middle', 'Bunch of fuc*ers', [['profanity', 'fuc*ers', 'warning']]],
    ['two words joined by "and"', 'you are sick and disgusting', [['insult', 'you are sick and disgusting', 'warning']]],
    ['threat: or die', 'Stop undoing my edits or die!', [['threat', 'or die', 'error']]],
    ['an insult followed by "!" (not leetspeak for i)', 'He is a liar!', [['insult', 'liar', 'warning']]],
    ['an ordinary word aimed at the reader', "you're trash", [['insult', "you're trash", 'warning']]],
    ['a person called a disgrace', 'You are a disgrace.', [['insult', 'You are a disgrace', 'warning']]],
    ['a slur is an error', 'Go home, you raghead.', [['slur', 'raghead', 'error']]],
    ['threat: I will find you', "I'll find you.", [['threat', "I'll find you", 'error']]],
    ['threat: you will regret', "You'll regret this", [['threat', "You'll regret this", 'error']]],
    ['threat: watch your back', 'Watch your back, mate.', [['threat', 'Watch your back', 'error']]],
    ['threat: first person violence', 'I will kill you', [['threat', 'I will kill you', 'error']]],
    ['dismissive: you people', 'You people never listen.', [['dismissive', 'You people', 'warning']]],
    ['dismissive: shut up, swearing inside it counted once', 'Shut the fuck up.', [['dismissive', 'Shut the fuck up', 'warning']]],
    ['dismissive: nobody asked you', 'Nobody asked you.', [['dismissive', 'Nobody asked you', 'warning']]],
    ['dismissive: get lost', 'Get lost!', [['dismissive', 'Get lost', 'warning']]],
    ['curse', 'Go to hell.', [['curse', 'Go to hell', 'warning']]],
    ['dismissive: grow up, after "just"', 'Oh just grow up.', [['dismissive', 'grow up', 'warning']]],
    ['dismissive: grow up, after a comma', 'Honestly, grow up!', [['dismissive', 'grow up', 'warning']]],
    ['shouting with "I" and "A" in the run', 'I WANT A REFUND NOW', [['shouting', 'I WANT A REFUND NOW', 'warning']]],
    ['shouting in capitals', 'THIS IS A DISGRACE AND EVERYONE KNOWS IT', [['shouting', 'THIS IS A DISGRACE AND EVERYONE KNOWS IT', 'warning']]],
    ['shouting with an insult inside', 'YOU ARE AN IDIOT', [['shouting', 'YOU ARE AN IDIOT', 'warning'], ['insult', 'IDIOT', 'warning']]],
    ['pile of exclamation marks is a hint', 'Congratulations to the team!!!', [['exclamations', '!!!', 'info']]],
    ['insult and exclamations together', 'You r a id10t!!!', [['insult', 'id10t', 'warning'], ['exclamations', '!!!', 'info']]],
  ];
  it.each(cases)('flags %s', (_name, text, expected) => {
    expect(tone(text)).toEqual(expected);
  });

  const clean: Array<[string, string]> = [
    ['kill the bill', "Let's kill the bill."],
    ['a killer feature', 'This is a killer feature.'],
    ['Scunthorpe and friends', 'Scunthorpe assessment classic'],
    ['quoting a policy on hate speech', 'The policy bans hate speech and abuse.'],
    ['acronyms in capitals', 'The NHS and ITA met on COVID today.'],
    ['one word in capitals', 'Stay GREAT'],
    ['two exclamation marks', 'Thank you!!'],
    ['an offer to send something', 'I will send you the form.'],
    ['getting results to someone', "We'll get you the results tomorrow."],
    ['public health advice', 'If you are sick, stay home.'],
    ['health warning that names killing', 'Smoking can kill you.'],
    ['waste collection', 'Trash collection is on Monday.'],
    ['a graduation', 'She graduated magna cum laude.'],
    ['a first name', 'Dick Davies replied to the thread.'],
    ['a handle that contains a swear word', '@RobertCDick thanks for the update'],
    ['a cat breed', 'Our Maine coon is asleep.'],
    ['children growing up', 'Children grow up fast these days.'],
    ['who cares for the elderly', 'Who cares for the elderly in your area?'],
    ['a footnote marker', 'Figures as* reported last year.'],
    ['human trafficking', 'Support for victims of trafficking.'],
    ['a card number read as leetspeak', 'Card 4556449812341468 was declined.'],
    ['an IBAN in capitals', 'Please use this IBAN GB42HRSI56613285431668 for the fee.'],
    ['do or die', 'It is do or die for the team.'],
    ['people treated like animals', 'Refugees were treated like animals at the border.'],
  ];
  it.each(clean)('leaves alone %s', (_name, text) => {
    expect(tone(text)).toEqual([]);
  });
});

describe('aggressive-tone: Arabic', () => {
  const cases: Array<[string, string, Array<[string, string, string]>]> = [
    ['vocative insult', 'يا حمار', [['insult', 'يا حمار', 'warning']]],
    ['insult inside a sentence', 'انت غبي وما تفهم', [['insult', 'غبي', 'warning']]],
    ['insult with the conjunction and article', 'والأغبياء ما يفهمون', [['insult', 'والأغبياء', 'warning']]],
    ['word that insults only when aimed', 'انت زبالة', [['insult', 'انت زبالة', 'warning']]],
    ['son of a dog', 'ابن الكلب', [['insult', 'ابن الكلب', 'warning']]],
    ['stretched letters', 'جبااااان', [['insult', 'جبااااان', 'warning']]],
    ['tashkeel does not hide a word', 'يا حَقِير', [['insult', 'يا حَقِير', 'warning']]],
    ['threat: I will slaughter you', 'بذبحك', [['threat', 'بذبحك', 'error']]],
    ['threat: I will show you', 'والله لاوريك', [['threat', 'والله لاوريك', 'error']]],
    ['threat: you will regret', 'ستندم على هذا', [['threat', 'ستندم', 'error']]],
    ['dismissive: shut up', 'اسكت', [['dismissive', 'اسكت', 'warning']]],
    ['dismissive: nobody asked you, written with hamza', 'محد سألك', [['dismissive', 'محد سألك', 'warning']]],
    ['curse calling on God', 'الله يخرب بيتك', [['curse', 'الله يخرب بيتك', 'warning']]],
    ['curse: a blessing withheld', 'الله لا يوفقك', [['curse', 'الله لا يوفقك', 'warning']]],
    ['sectarian slur is an error', 'هؤلاء الروافض', [['slur', 'الروافض', 'error']]],
    ['likened to animals', 'تصبحون مثل الكلاب', [['insult', 'مثل الكلاب', 'warning']]],
    ['threat of beheading', 'يستاهل قطع راسه', [['threat', 'قطع راسه', 'error']]],
  ];
  it.each(cases)('flags %s', (_name, text, expected) => {
    expect(tone(text)).toEqual(expected);
  });

  it('quotes the words as written, not their folded form', () => {
    const [finding] = analyzer.analyze('انت زبالة').filter((f) => f.check === 'aggressive-tone');
    expect(finding.message).toBe('Insult: "انت زبالة"');
  });

  const clean: Array<[string, string]> = [
    ['stray dogs', 'الكلاب الضالة في الحي'],
    ['waste collection', 'جمع الزبالة يوم الاثنين'],
    ['a blessing', 'الله يحفظك'],
    ['Surat al-Baqara', 'سورة البقرة'],
    ['pork', 'لحم الخنزير ممنوع'],
    ['the zebra', 'حمار وحشي في الحديقة'],
    ['a malignant tumour', 'ورم خبيث'],
    ['a passable road', 'الطريق سالك'],
    ['a condolence wishing reward', 'مأجورين إن شاء الله'],
    ['a name', 'عبد الله'],
    ['underdeveloped countries', 'الدول المتخلفة'],
    ['the government keeps its promises', 'الحكومة تفي بوعودها'],
    ['asking God to take oneself', 'ربنا ياخدني'],
    ['a patient addressed by a health campaign', 'يا مريض السكري احرص على الفحص'],
  ];
  it.each(clean)('leaves alone %s', (_name, text) => {
    expect(tone(text)).toEqual([]);
  });
});

describe('aggressive-tone: metadata and options', () => {
  it('cites the Oman ITA basic principles and defaults to a warning', () => {
    expect(aggressiveTone.meta.id).toBe('aggressive-tone');
    expect(aggressiveTone.meta.defaultSeverity).toBe('warning');
    expect(aggressiveTone.meta.source.document).toBe('Oman ITA, Social Media in Government (2016)');
    expect(aggressiveTone.meta.clause.ar.length).toBeGreaterThan(20);
  });

  it('explains dismissals with the tip on abusive users', () => {
    const [finding] = analyzer.analyze('Get lost!').filter((f) => f.check === 'aggressive-tone');
    expect(finding.why).toMatch(/tip 10/);
    expect(finding.suggestion).toMatch(/calm and polite/);
  });

  it('turns off shouting and exclamations, and allows listed words', () => {
    const custom = createAnalyzer(
      loadRuleset({ checks: { 'aggressive-tone': { options: { shouting: false, exclamations: false, allow: ['Idiot'] } } } }),
    );
    expect(tone('YOU ARE AN IDIOT!!!', (t) => custom.analyze(t))).toEqual([]);
    expect(tone('what a moron', (t) => custom.analyze(t))).toEqual([['insult', 'moron', 'warning']]);
  });

  it('places a finding in a later sentence at its offset in the whole draft', () => {
    const text = 'Thanks for the question. You are such an idiot.';
    const [finding] = analyzer.analyze(text).filter((f) => f.check === 'aggressive-tone');
    expect([finding.start, finding.end]).toEqual([text.indexOf('idiot'), text.indexOf('idiot') + 5]);
  });
});
