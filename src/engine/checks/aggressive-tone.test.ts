import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer.js';
import { loadRuleset } from '../../ruleset/load.js';
import { aggressiveTone } from './aggressive-tone.js';
import { aggressiveToneMeta } from './meta/aggressive-tone.js';

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
    ['a whole group addressed: "you are all"', 'Nobody answers the phone. You are all useless.', [['insult', 'You are all useless', 'warning']]],
    ['two people addressed: "you\'re both"', "you're both clueless", [['insult', "you're both clueless", 'warning']]],
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
    ['pile of exclamation marks said to someone is a hint', 'Did you even read my complaint!!!', [['exclamations', '!!!', 'info']]],
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
    ['all of you welcome', 'You are all welcome to attend.'],
  ];
  it.each(clean)('leaves alone %s', (_name, text) => {
    expect(tone(text)).toEqual([]);
  });
});

describe('aggressive-tone: English, by phenomenon', () => {
  const cases: Array<[string, string, Array<[string, string, string]>]> = [
    // Name-calling aimed at the reader, with any describing words before the noun.
    ['adjectives of any shape before the noun', 'You are a big hairy ape.', [['insult', 'You are a big hairy ape', 'warning']]],
    ['a describing word only said of people', 'You are so racist.', [['insult', 'You are so racist', 'warning']]],
    ['he or she called deranged', 'She is completely deranged.', [['insult', 'She is completely deranged', 'warning']]],
    ['how ... you are', 'It shows how corrupt you are.', [['insult', 'how corrupt you are', 'warning']]],
    ['a group called names', 'Liberals are all idiots.', [['insult', 'Liberals are all idiots', 'warning']]],
    ['a bare "you", a belittling word and a person', 'Sit down, you ignorant mud slinger.', [['insult', 'you ignorant mud slinger', 'warning']]],
    ['a group pointed at with contempt', 'These brainwashed people never learn.', [['insult', 'These brainwashed people', 'warning']]],
    ["the reader's words called worthless", 'Everything you post is garbage.', [['insult', 'Everything you post is garbage', 'warning']]],
    ['a one-word verdict of contempt', 'Disgraceful.', [['insult', 'Disgraceful', 'warning']]],
    ['a word with a doubled letter', 'You buffoon.', [['insult', 'buffoon', 'warning']]],
    ['a sexual remark aimed at the reader', 'I bet you masturbate to that.', [['insult', 'you masturbate', 'warning']]],
    // Dismissals and taunts.
    ['sent back to bed or a cave', 'Go back to your cave.', [['dismissive', 'Go back to your cave', 'warning']]],
    ['shooting off your mouth', 'Stop shooting off your mouth.', [['dismissive', 'shooting off your mouth', 'warning']]],
    ['rent free in your head', 'We live rent free in your head.', [['dismissive', 'rent free in your head', 'warning']]],
    ['cope harder', 'Cope harder.', [['dismissive', 'Cope harder', 'warning']]],
    // Swearing cut short or abbreviated.
    ['a swear word cut short with dots', 'F... you', [['profanity', 'F... you', 'warning']]],
    ['BS for the swear word', "That's BS.", [['profanity', "That's BS", 'warning']]],
    ['a slur with a scientific namesake', 'What a homo.', [['slur', 'homo', 'error']]],
    // Denials that still insult, and the writer's own name-calling.
    ['"don\'t be" still insults', "Don't be an idiot.", [['insult', 'idiot', 'warning']]],
    ['denied of a third person but pinned on the reader', 'He is not a coward like you.', [['insult', 'coward', 'warning']]],
    ['the writer calling the reader a name', 'I am calling you a liar.', [['insult', 'liar', 'warning']]],
    ['"Dick" after an article is the swear word', 'You are such a dick.', [['profanity', 'dick', 'warning']]],
    ['swearing not in praise', 'This is shit.', [['profanity', 'shit', 'warning']]],
    // Capitals said to someone are still shouting.
    ['a shouted question to the reader', 'WHY WILL YOU NOT ANSWER ME!', [['shouting', 'WHY WILL YOU NOT ANSWER ME', 'warning']]],
    ['incapable of understanding', 'You are incapable of understanding anything.', [['insult', 'You are incapable of understanding', 'warning']]],
    ['a person word at the end of the phrase', 'Honestly, you are crazy.', [['insult', 'you are crazy', 'warning']]],
    ['they called what no thing can be', 'They are so corrupt.', [['insult', 'They are so corrupt', 'warning']]],
    ['f off', 'F off.', [['dismissive', 'F off', 'warning']]],
    ['drop dead', 'Drop dead.', [['curse', 'Drop dead', 'warning']]],
    ['hoping someone chokes', 'I hope you choke on it.', [['threat', 'hope you choke', 'error']]],
  ];
  it.each(cases)('flags %s', (_name, text, expected) => {
    expect(tone(text)).toEqual(expected);
  });

  const clean: Array<[string, string]> = [
    // Capitals for headings, joy, thanks, hashtags and requests.
    ['a heading in capitals', 'ROAD CLOSURES THIS WEEKEND: NORTH DISTRICT'],
    ['capitals of praise', 'YOU ARE ALL AMAZING, THANK YOU'],
    ['capitals of thanks', 'THANK YOU TO EVERY VOLUNTEER'],
    ['hashtags in capitals', 'See you there #FAMILY #FUN #WEEKEND'],
    ['a request in capitals', 'PLEASE CHECK THE NEW TIMETABLE BEFORE TRAVELLING.'],
    // Exclamation marks of joy, or of emphasis about the world.
    ['exclamation marks of joy', 'Happy birthday to our volunteer!!!'],
    ['congratulations', 'Congratulations to the team!!!'],
    ['exclamation marks about a traffic jam', 'Worst traffic jam of the year!!!'],
    // Insults denied, quoted or reported.
    ['an insult denied', 'The minister is not an idiot, he is badly advised.'],
    ['no one calling anyone names', 'Nobody is calling you stupid here.'],
    ['abuse reported to condemn it', 'A resident called our officer a moron, which is unacceptable.'],
    ['a word quoted as a word', 'The word "idiot" has no place in replies.'],
    // Names, places and everyday words that hold a swear word.
    ['a poet', 'Emily Dickinson wrote about hope.'],
    ['Dick as a first name', 'Ask Dick at the front desk.'],
    ['a site name joining two words', 'The video is on BitChute now.'],
    ['mushrooms and a plant', 'Shiitake risotto and pussy willow branches.'],
    ['bastardised', 'A bastardised version of the plan.'],
    ['people who lost their jobs', 'Compensation for job losers is paid monthly.'],
    ['a skin test', 'A pin prick test at the clinic.'],
    ['the BS degree', 'She has a BS in chemistry.'],
    ['the human species', 'Homo sapiens evolved in Africa.'],
    // Swear words that only make praise stronger.
    ['good shit', 'Good shit, team!'],
    ['an intensifier before praise', 'Fucking brilliant result for the school.'],
    // Words that belittle people, said of things.
    ['disgusting bins', 'The bins were disgusting today.'],
    ['crazy about dogs', 'She is crazy about dogs.'],
    ['feeding animals', 'You are feeding the animals.'],
    ['a friend to animals', 'You are a good friend to animals.'],
    ['crazy times', 'These crazy times call for patience.'],
    ['lazy afternoons', 'Those lazy afternoons by the sea.'],
    // A word said of people, used before a noun or with a complement, describes rather than insults.
    ['a mental health nurse', 'She is a mental health nurse at the clinic.'],
    ['crazy golf', 'He is a crazy golf champion.'],
    ['crazy busy', 'You are crazy busy this week, so we will call later.'],
    ['the worst affected', 'He is the worst affected by the floods.'],
    ['unfit to work', 'If you are unfit to work, your doctor can issue a note.'],
    ['unable to pay', 'You are incapable of paying? Contact us for a payment plan.'],
    ['out of your mind with worry', 'You are out of your mind with worry, we understand.'],
    ['a dog owner', 'You are a very lucky dog owner.'],
    ['life insurance', 'You can get a life insurance quote online.'],
    ['a literary device', 'Pathetic fallacy is a literary device.'],
    ['a group welcomed', 'Women are all welcome at the session.'],
    ['a past description', 'He was fat and now he runs marathons.'],
    ['back to a page', 'Please go back to the homepage and try again.'],
    ['thanks to a hospital', 'Thank you sick kids hospital staff for your care.'],
    ['an apology after thanks', 'Thank you sorry for the inconvenience caused to our customers.'],
    ['a lazy river', 'Let you lazy river riders know the pool is closed.'],
    ['fees called ridiculous', 'The fees? They are ridiculous.'],
    ['a court finding about officials', 'They are corrupt officials, the court found.'],
    ['drop-dead gorgeous', 'A drop-dead gorgeous dress.'],
    ['hoping for no delays', 'We hope they suffer no delays.'],
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
    ['all of you addressed: كلكم', 'كلكم فاشلين', [['insult', 'كلكم فاشلين', 'warning']]],
    ['"you are all" between the aim and the word', 'انتم جميعا فاشلون', [['insult', 'انتم جميعا فاشلون', 'warning']]],
    ['threat of beheading', 'يستاهل قطع راسه', [['threat', 'قطع راسه', 'error']]],
  ];
  it.each(cases)('flags %s', (_name, text, expected) => {
    expect(tone(text)).toEqual(expected);
  });

  it('quotes the words as written, not their folded form', () => {
    const [finding] = analyzer.analyze('انت زبالة').filter((f) => f.check === 'aggressive-tone');
    expect(finding.message).toBe('Insult: "انت زبالة"');
    const [inArabic] = analyzer.analyze('انت زبالة', { capacity: 'unknown', lang: 'ar' }).filter((f) => f.check === 'aggressive-tone');
    expect(inArabic.message).toBe('عبارة مُهينة: «انت زبالة»');
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
    ['all of you invited', 'كلكم مدعوون للحضور'],
  ];
  it.each(clean)('leaves alone %s', (_name, text) => {
    expect(tone(text)).toEqual([]);
  });
});

/** One table per Arabic rule file: what it flags, and the hard negatives it must leave alone. */
describe('aggressive-tone: Arabic, rule by rule', () => {
  type Case = [string, string, Array<[string, string, string]>];
  const tables: Record<string, { flags: Case[]; leaves: Array<[string, string]> }> = {
    'arabic-words (word lists, with their inflections)': {
      flags: [
        ['Gulf: daft', 'انت خبل', [['insult', 'خبل', 'warning']]],
        ['Levantine: fool, feminine, called out', 'يا هبيلة', [['insult', 'يا هبيلة', 'warning']]],
        ['Egyptian: filthy, plural', 'انتو وسخين', [['insult', 'وسخين', 'warning']]],
        ['lowlife, with the article', 'هذا الواطي', [['insult', 'الواطي', 'warning']]],
        ['how stupid you are, written as one word', 'مااغباك', [['insult', 'مااغباك', 'warning']]],
        ['half-men', 'أشباه الرجال', [['insult', 'أشباه', 'warning']]],
        ['son of, with يا written on', 'ياولاد الحرام', [['profanity', 'ياولاد الحرام', 'warning']]],
        ['get lost', 'انقلع', [['dismissive', 'انقلع', 'warning']]],
        ['eat straw', 'كل تبن', [['dismissive', 'كل تبن', 'warning']]],
        ['you eat dirt', 'تاكل تراب وتسكت', [['dismissive', 'تاكل تراب', 'warning']]],
        ['shame on your faces', 'استحوا على وجيهكم', [['dismissive', 'استحوا على وجيهكم', 'warning']]],
        ['die of spite', 'موتوا بغيظكم', [['dismissive', 'موتوا بغيظكم', 'warning']]],
        ['if there were any good in you', 'لو فيك خير ما سويت كذا', [['insult', 'لو فيك خير', 'warning']]],
        ['heavy-blooded', 'دمك ثقيل', [['insult', 'دمك ثقيل', 'warning']]],
        ['your masters', 'هذا كلام أسيادك', [['insult', 'أسيادك', 'warning']]],
        ['a face that brings bad luck', 'وجهك يجيب الفقر', [['insult', 'وجهك يجيب الفقر', 'warning']]],
        ['sarcasm: the bright one, called out', 'يا فالح', [['insult', 'يا فالح', 'warning']]],
        ['mind of someone, empty', 'عقله فارغ', [['insult', 'عقله فارغ', 'warning']]],
        ['not your business', 'مو شغلك', [['dismissive', 'مو شغلك', 'warning']]],
        ['get out, as an order', 'اطلع برا', [['dismissive', 'اطلع برا', 'warning']]],
        ['leave us alone', 'فكنا منك', [['dismissive', 'فكنا منك', 'warning']]],
        ['Egyptian: go to perdition', 'روح في داهية', [['curse', 'روح في داهية', 'warning']]],
        ['learn to read first', 'تعلم تقرا أول', [['insult', 'تعلم تقرا', 'warning']]],
        ['a takfiri slur, called out', 'يا كافر', [['slur', 'يا كافر', 'error']]],
        ['a Gulf slur on origin', 'هذا طرش بحر', [['slur', 'طرش بحر', 'error']]],
        ['Levantine: a jackal, called out', 'يا واوي', [['insult', 'يا واوي', 'warning']]],
      ],
      leaves: [
        ['semiconductors', 'أشباه الموصلات'],
        ['the world', 'الدنيا حلوة'],
        ['a teacher called Abla', 'ابلة فاطمة'],
        ['a political adjective in the news', 'الاحتلال الصهيوني'],
        ['people like you, as praise', 'أمثالك قليلين'],
        ['a joke that fell flat, not a person', 'النكتة بايخة'],
        ['fulfilling a promise', 'الوزارة تفي بالتزاماتها'],
        ['the environment', 'يوم البيئة العالمي'],
        ['germs in a kitchen', 'الجراثيم تنتشر في المطبخ'],
        ['a bear in the zoo', 'الدب في حديقة الحيوانات'],
        ['the legal quorum', 'اكتمل النصاب القانوني للجلسة'],
        ['cattle eating straw', 'الأبقار تأكل التبن كل صباح'],
        ['dogs barking at night', 'الكلاب تنبح في الليل عند المزارع'],
        ['falling into trouble', 'وقع في داهية كبيرة'],
        ['going outside, said of someone', 'البنت تطلع برى البيت الصبح'],
        ['learning to read at school', 'نتعلم القراءة في المدرسة'],
        ['unbelievers in a history lesson', 'الكفار في كتب التاريخ'],
      ],
    },
    'arabic-lexicon (whether a word is aimed at someone)': {
      flags: [
        ['you are a person who is a nobody', 'انت انسان نكرة', [['insult', 'انت انسان نكرة', 'warning']]],
        ['Gulf "you know, you are"', 'تراك مفلس', [['insult', 'تراك مفلس', 'warning']]],
        ['compared with the prefix ك', 'صاروا كالحمير', [['insult', 'كالحمير', 'warning']]],
        ['a female animal written with ة', 'يا كلبة', [['insult', 'يا كلبة', 'warning']]],
        ['the written vocative أيها', 'أيها البوق', [['insult', 'أيها البوق', 'warning']]],
        ['a bear, called out', 'يا دب', [['insult', 'يا دب', 'warning']]],
        ['their dogs, of people', 'كلابهم في كل مكان', [['insult', 'كلابهم', 'warning']]],
        ['a person called an animal', 'المدير حيوان', [['insult', 'حيوان', 'warning']]],
        ['people said to bark, in the masculine', 'الكلاب ينبحون علينا', [['insult', 'الكلاب', 'warning']]],
        ['the proverb of the caravan, said of critics', 'القافلة تسير وهم يتكلمون', [['dismissive', 'القافلة تسير', 'warning']]],
      ],
      leaves: [
        ['a name denied', 'انت مو غبي'],
        ['a name denied, Gulf', 'مب حمار انت'],
        ['the dog barking', 'الكلب ينبح طول الليل'],
        ['my dog', 'كلبي نايم'],
        ['someone keeps a dog', 'عندي كلب صغير'],
        ['and someone keeps a dog', 'وعندنا كلب ثاني في البيت'],
        ['the revolution', 'الثورة الصناعية'],
        ['the revolutionary guard', 'الحرس الثوري'],
        ['a definition of an animal', 'الحمار حيوان صبور'],
        ['pest control by the municipality', 'حملة مكافحة الحشرات في الأحياء السكنية'],
        ['cockroaches in a kitchen', 'الصراصير في المطبخ'],
      ],
    },
    'arabic-contempt (constructions)': {
      flags: [
        ['your problem is you do not understand', 'مشكلتك ما تفهم', [['insult', 'مشكلتك ما تفهم', 'warning']]],
        ['the same, negation written on', 'مشكلتكم ماتفهمون', [['insult', 'مشكلتكم ماتفهمون', 'warning']]],
        ['you know nothing but complaining', 'انتم لا تعرفون سوى الشكوى', [['insult', 'لا تعرفون سوى الشكوى', 'warning']]],
        ['somebody explain it to him', 'حد يفهمه', [['insult', 'حد يفهمه', 'warning']]],
        ['can you not read?', 'ما تعرف تقرا؟', [['insult', 'ما تعرف تقرا', 'warning']]],
      ],
      leaves: [
        ['asking for an explanation for oneself', 'احد يفهمني الموضوع'],
        ['knowing only one road', 'لا أعرف غير هذا الطريق'],
        ['a child knows only its mother', 'الطفل ما يعرف غير امه'],
        ['we do not understand the plan yet', 'المشكلة ما نفهم الخطة'],
        ['either ... or, not a call', 'يا إما غباء يا إما سوء حظ'],
      ],
    },
    'arabic-curses': {
      flags: [
        ['Gulf wish: wiped out', 'جعلك الماحي', [['curse', 'جعلك الماحي', 'warning']]],
        ['Gulf wish: may you die', 'عساك تموت', [['curse', 'عساك تموت', 'warning']]],
        ['God trouble you', 'الله يزعجك', [['curse', 'الله يزعجك', 'warning']]],
        ['Levantine: blindness in your eyes', 'العمى بعيونك', [['curse', 'العمى بعيونك', 'warning']]],
        ['God willing, you die', 'ان شاء الله تموت', [['curse', 'ان شاء الله تموت', 'warning']]],
      ],
      leaves: [
        ['God take your hand (help you)', 'الله ياخذ بيدك'],
        ['a Gulf wish for your health', 'جعلك تسلم'],
        ['hoping you are well', 'عساك بخير'],
        ['God willing, you get better', 'ان شاء الله تتحسن'],
        ['cursing Satan to calm a quarrel', 'الله يلعن الشيطان، خلنا نتفاهم'],
        ['the same, as an order', 'العن الشيطان يا رجال وهدّ اللعب'],
        ['God guide you', 'الله يهديك'],
        ['an invocation (the model does not read يا as hostile)', 'يا رب يا لطيف يا رحمن'],
        ['praise called out (nor here)', 'يا حلوة يا غالية يا أمي'],
      ],
    },
    'arabic-threats (constructions)': {
      flags: [
        ['we will make you regret', 'بنخليك تندم', [['threat', 'بنخليك تندم', 'error']]],
        ['a lawsuit against you', 'بنرفع عليك قضية', [['threat', 'بنرفع عليك قضية', 'error']]],
      ],
      leaves: [
        ['telling you the date later', 'راح نخليك تعرف الموعد'],
        ['we will raise the request', 'بنرفع الطلب للجهة المختصة'],
      ],
    },
    'arabic-reported (someone else\'s words)': {
      flags: [
        ['the writer speaking: I tell you', 'اقول لك يا غبي', [['insult', 'يا غبي', 'warning']]],
        ['a verb of writing reports only quotes', 'كل يوم تكتب هالكلام الفاضي وتنسى طلبك', [['dismissive', 'هالكلام الفاضي', 'warning']]],
      ],
      leaves: [
        ['an insult quoted to condemn it', 'صرخ عليه أحدهم «يا حيوان» فأوقفنا الحساب'],
        ['a word discussed', 'هل لفظ «تافه» يعد شتيمة في القانون؟'],
        ['being compared to a dog, reported', 'شبهني بالكلب وما رديت عليه'],
        ['a mother telling her son, "to him" written on the verb', 'في السوق أم قالتله اسكت وامش'],
      ],
    },
    Arabizi: {
      flags: [
        ['a donkey, called out', 'ya 7mar', [['insult', 'ya 7mar', 'warning']]],
        ['you are stupid', 'enta ghabi', [['insult', 'ghabi', 'warning']]],
        ['do you not understand?', 'ma tfham?', [['insult', 'ma tfham', 'warning']]],
      ],
      leaves: [
        ['English about a basket', 'I put the basket in the car'],
        ['English about a hammer', 'the hammer is broken'],
        ['a name in English', 'Fahim sent the report today'],
      ],
    },
  };
  for (const [file, { flags, leaves }] of Object.entries(tables)) {
    describe(file, () => {
      it.each(flags)('flags %s', (_name, text, expected) => {
        expect(tone(text)).toEqual(expected);
      });
      it.each(leaves)('leaves alone %s', (_name, text) => {
        expect(tone(text)).toEqual([]);
      });
    });
  }
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

  /** [rule, draft, English message, Arabic message]: the words quoted as typed, in «» in Arabic. */
  const words: Array<[string, string, string, string]> = [
    ['insult', 'You are such an IDIOT.', 'Insult: "IDIOT"', 'عبارة مُهينة: «IDIOT»'],
    ['insult', 'انتَ زبالة', 'Insult: "انتَ زبالة"', 'عبارة مُهينة: «انتَ زبالة»'],
    ['profanity', 'What a load of sh*t.', 'Profanity: "sh*t"', 'لفظ نابٍ: «sh*t»'],
    ['slur', 'هؤلاء الروافض', 'Slur: "الروافض"', 'لفظ يحقّر فئة من الناس: «الروافض»'],
    ['threat', 'بذبحك', 'Threat: "بذبحك"', 'تهديد: «بذبحك»'],
    ['curse', 'الله يخرب بيتك', 'Curse: "الله يخرب بيتك"', 'دعاء بالشر: «الله يخرب بيتك»'],
    ['dismissive', 'You people never listen.', 'Dismissive remark: "You people"', 'عبارة استخفاف: «You people»'],
    ['shouting', 'THIS IS A DISGRACE AND EVERYONE KNOWS IT', 'Shouting in capitals', 'كتابة بالأحرف الكبيرة تُقرأ صراخًا'],
    ['exclamations', 'Did you even read my complaint!!!', 'Pile of exclamation marks', 'علامات تعجب متتالية'],
  ];

  it.each(words)('words a %s finding in English and in Arabic (%s)', (rule, text, en, ar) => {
    const inLang = (lang: 'en' | 'ar') =>
      analyzer.analyze(text, { capacity: 'unknown', lang }).filter((f) => f.check === 'aggressive-tone').map((f) => [f.rule, f.message]);
    expect(inLang('en')).toEqual([[rule, en]]);
    expect(inLang('ar')).toEqual([[rule, ar]]);
  });

  it('words every rule it can report, the estimate of the model in its own tests', () => {
    expect([...new Set(words.map(([rule]) => rule)), 'model'].sort()).toEqual(Object.keys(aggressiveToneMeta.rules!).sort());
  });

  it('gives the advice and the reason in Arabic, a dismissal with the tip on abusive users', () => {
    const [dismissal] = analyzer.analyze('محد سألك', { capacity: 'unknown', lang: 'ar' });
    expect(dismissal.why).toBe(
      'لا تنجرّ إلى النقاش مع المستخدمين العدوانيين أو المسيئين، ولا تردّ عليهم بالمثل (مكتب مجلس الوزراء البريطاني، النصائح العشر للتفاعل عبر وسائل التواصل الاجتماعي، النصيحة العاشرة).',
    );
    expect(dismissal.suggestion).toBe('التزم الهدوء واللباقة: أجب عن صلب الموضوع، أو لا تتفاعل مع من يسيء.');
    const [insult] = analyzer.analyze('انت غبي', { capacity: 'unknown', lang: 'ar' });
    expect(insult.why).toBe(aggressiveToneMeta.clause.ar);
    expect(insult.suggestion).toBe('انتقد الفكرة أو القرار لا الشخص: بيّن ما تعترض عليه ولماذا.');
  });

  it('writes each severity once, in the metadata: threats and slurs are errors, exclamation marks a hint', () => {
    const severities = Object.fromEntries(Object.entries(aggressiveToneMeta.rules!).map(([rule, r]) => [rule, r.defaultSeverity]));
    expect(severities).toEqual({
      insult: undefined, profanity: undefined, slur: 'error', threat: 'error', curse: undefined,
      dismissive: undefined, shouting: undefined, exclamations: 'info', model: undefined,
    });
    const strict = createAnalyzer(loadRuleset({ checks: { 'aggressive-tone': { severity: 'info' } } }));
    expect(tone('Go home, you raghead. You idiot.', (t) => strict.analyze(t))).toEqual([['slur', 'raghead', 'error'], ['insult', 'idiot', 'info']]);
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
