// English swearing, slurs and name-calling, matched by obscenity so leetspeak and spaced letters still count.
import {
  DataSet,
  type RegExpMatcher,
  englishDataset,
  englishRecommendedTransformers,
  parseRawPattern,
  type MatchPayload,
} from 'obscenity';
import type { Hit } from '../../types.js';
import { swearsInPraise } from './enthusiasm.js';
import { profanityMatcher } from './profanity-matcher.js';
import { toneHit, type ToneRule } from './tone-hit.js';

type Meta = { originalWord: string };

/**
 * Words of obscenity's English list that name a body part or a topic rather than attack anyone:
 * staff write about sex education, rape crisis centres and public health.
 */
const TOPICS_NOT_ABUSE = new Set([
  'anal', 'anus', 'bestiality', 'boob', 'buttplug', 'deepthroat', 'dildo', 'doggystyle',
  'double penetration', 'ejaculate', 'felch', 'fellatio', 'finger bang', 'fisting', 'hentai',
  'hooker', 'incest', 'lubejob', 'masturbate', 'orgasm', 'orgy', 'penis', 'porn', 'rape', 'scat',
  'semen', 'sex', 'vagina',
]);

/** Words that demean people for their race, religion, sexuality or disability. */
const SLURS = new Set([
  'abeed', 'abo', 'africoon', 'arabush', 'boonga', 'chingchong', 'chink', 'dyke', 'fag', 'kike',
  'negro', 'nigger', 'retard', 'spastic', 'tranny',
  // ours
  'nigga', 'paki', 'raghead', 'towelhead', 'wetback', 'spic', 'gook', 'beaner', 'kaffir', 'coon',
  'camel jockey', 'sand monkey', 'spaz', 'mong', 'mongoloid', 'homo', 'kraut', 'dago', 'yid', 'gyppo', 'pikey',
  'shemale', 'tard',
]);

/** Our own additions: [word, obscenity pattern, whitelisted terms]. */
const EXTRA_SLURS: Array<[string, string, string[]]> = [
  ['nigga', '|nigga', []],
  ['nigga', '|nigguh', []],
  ['nigga', '|nicca', []],
  ['paki', '|paki|', []],
  ['paki', '|pakis|', []],
  ['raghead', '|raghead', []],
  ['towelhead', '|towelhead', []],
  ['wetback', '|wetback', []],
  ['spic', '|spic|', []],
  ['spic', '|spics|', []],
  ['gook', '|gook', []],
  ['beaner', '|beaner', []],
  ['kaffir', '|kaffir', []],
  ['coon', '|coon|', []],
  ['coon', '|coons|', ['coons rapids']],
  ['camel jockey', '|cameljockey', []],
  ['sand monkey', '|sandmonkey', []],
  ['spaz', '|spaz', []],
  ['mong', '|mong|', []],
  ['mong', '|mongs|', []],
  ['mongoloid', '|mongoloid', []],
  ['homo', '|homo|', ['homo sapiens', 'homo erectus', 'homo habilis', 'homo neanderthalensis']],
  ['homo', '|homos|', []],
  ['kraut', '|kraut|', []],
  ['kraut', '|krauts|', []],
  ['dago', '|dago|', []],
  ['dago', '|dagos|', []],
  ['yid', '|yid|', []],
  ['yid', '|yids|', []],
  ['gyppo', '|gyppo', []],
  ['pikey', '|pikey', []],
  ['shemale', '|shemale', []],
  ['tard', '|tard|', []],
  ['tard', '|tards|', []],
];

/** Name-calling aimed at a person; whitelists keep the everyday phrases that contain them. */
const INSULTS: Array<[string, string, string[]]> = [
  ['idiot', '|idiot', []],
  ['moron', '|moron', []],
  ['imbecile', '|imbecil', []],
  ['cretin', '|cretin', []],
  ['dumbass', '|dumbass', []],
  ['dumb', '|dumb|', ['dumb down', 'dumbed down', 'dumbing down', 'deaf and dumb']],
  ['stupid', '|stupid', []],
  ['loser', '|loser|', ['job loser', 'weight loser', 'biggest loser', 'livelihood loser', 'land loser']],
  ['loser', '|losers|', ['job losers', 'weight losers', 'biggest losers', 'livelihood losers', 'land losers']],
  ['douche', '|douche', []],
  ['jackass', '|jackass', []],
  ['asshole', '|asshole', []],
  ['scumbag', '|scumbag', []],
  ['scum', '|scum|', []],
  ['dimwit', '|dimwit', []],
  ['halfwit', '|halfwit', []],
  ['nitwit', '|nitwit', []],
  ['numbskull', '|numbskull', []],
  ['bonehead', '|bonehead', []],
  ['pathetic', '|pathetic', ['pathetic fallacy']],
  ['lowlife', '|lowlife', []],
  ['tosser', '|tosser', ['log tosser', 'caber tosser', 'pancake tosser', 'coin tosser']],
  ['bellend', '|bellend', []],
  ['knobhead', '|knobhead', []],
  ['twit', '|twit|', []],
  ['twit', '|twits|', []],
  ['pillock', '|pillock', []],
  ['buffoon', '|buffoon', []],
  ['ignoramus', '|ignoramus', []],
  ['hoe', '|hoe|', []],
  ['hoe', '|hoes|', []],
  ['thot', '|thot|', []],
  ['skank', '|skank', []],
  ['bimbo', '|bimbo', []],
  ['libtard', '|libtard', []],
  ['feminazi', '|feminazi', []],
  ['degenerate', '|degenerate|', []],
  ['degenerate', '|degenerates|', []],
  ['subhuman', '|subhuman', []],
  ['clown', '|clown|', ['class clown']],
  ['clown', '|clowns|', []],
  ['jerk', '|jerk|', ['knee jerk', 'knee-jerk', 'jerk chicken']],
  ['jerk', '|jerks|', []],
  ['psycho', '|psycho|', []],
  ['lunatic', '|lunatic', []],
  ['hypocrite', '|hypocrite', []],
  ['liar', '|liar|', []],
  ['liar', '|liars|', []],
  ['traitor', '|traitor', []],
  ['coward', '|coward|', []],
  ['coward', '|cowards|', []],
  ['worthless', '|worthless', []],
  ['brainless', '|brainless', []],
  ['pig', '|pig|', ['guinea pig', 'pig farm', 'pig iron', 'pig out']],
  ['pig', '|pigs|', ['guinea pigs', 'pigs might fly', 'pigs fly']],
  ['freak', '|freak|', ['freak accident', 'control freak', 'freak weather', 'freak storm']],
  ['creep', '|creep|', ['mission creep', 'scope creep', 'feature creep', 'creep up', 'creep in']],
  ['weirdo', '|weirdo', []],
  ['nutjob', '|nutjob', []],
  ['nutcase', '|nutcase', []],
  ['crackhead', '|crackhead', []],
  ['wanker', '|wanker', []],
  ['foolish', '|foolish', []],
  ['liar', '|lier|', []],
  ['liar', '|liers|', []],
  ['sheeple', '|sheeple', []],
  ['hillbilly', '|hillbill', []],
  ['redneck', '|redneck', []],
  ['libturd', '|libturd', []],
  ['leftard', '|leftard', []],
  ['trumptard', '|trumptard', []],
  ['demonrat', '|demonrat', []],
  ['dumbocrat', '|dumbocrat', []],
  ['repug', '|repug|', []],
  ['repug', '|repugs|', []],
  ['commie', '|commie', []],
  ['moonbat', '|moonbat', []],
  ['wingnut', '|wingnut', []],
  ['sociopath', '|sociopath', []],
  ['psychopath', '|psychopath', []],
  // Further name-calling of the same kinds: dim, sleazy, crooked, deranged, dehumanised.
  ['sicko', '|sicko', []],
  ['pervert', '|pervert|', []],
  ['pervert', '|perverts|', []],
  ['perv', '|perv|', []],
  ['perv', '|pervs|', []],
  ['pedo', '|pedo|', []],
  ['pedo', '|pedos|', []],
  ['pedo', '|paedo|', []],
  ['pedo', '|paedos|', []],
  ['numpty', '|numpt', []],
  ['plonker', '|plonker', []],
  ['twerp', '|twerp', []],
  ['nincompoop', '|nincompoop', []],
  ['dunce', '|dunce|', ["dunce's cap", 'dunce cap']],
  ['dunce', '|dunces|', []],
  ['simpleton', '|simpleton', []],
  ['airhead', '|airhead', []],
  ['meathead', '|meathead', []],
  ['blockhead', '|blockhead', []],
  ['knucklehead', '|knucklehead', []],
  ['knuckledragger', '|knuckledragger', []],
  ['dickwad', '|dickwad', []],
  ['douchebag', '|douchebag', []],
  ['sleazebag', '|sleazebag', []],
  ['sleazeball', '|sleazeball', []],
  ['slimeball', '|slimeball', []],
  ['dirtbag', '|dirtbag', []],
  ['deadbeat', '|deadbeat', []],
  ['bozo', '|bozo|', []],
  ['bozo', '|bozos|', []],
  ['dolt', '|dolt|', []],
  ['dolt', '|dolts|', []],
  ['oaf', '|oaf|', []],
  ['oaf', '|oafs|', []],
  ['wacko', '|wacko', []],
  ['wacko', '|whacko', []],
  ['nutter', '|nutter|', []],
  ['nutter', '|nutters|', []],
  ['crackpot', '|crackpot', []],
  ['kook', '|kook|', []],
  ['kook', '|kooks|', []],
  ['loon', '|loon|', []],
  ['loon', '|loons|', []],
  ['loony', '|loony|', ['looney tunes', 'loony tunes']],
  ['loony', '|looney|', ['looney tunes', 'loony tunes']],
  ['dingbat', '|dingbat', []],
  ['lamebrain', '|lamebrain', []],
  ['peabrain', '|peabrain', []],
  ['butthead', '|butthead', []],
  ['scoundrel', '|scoundrel', []],
  ['grifter', '|grifter', []],
  ['charlatan', '|charlatan', []],
  ['shill', '|shill|', []],
  ['shill', '|shills|', []],
  ['stooge', '|stooge|', ['three stooges']],
  ['stooge', '|stooges|', ['three stooges']],
  ['goon', '|goon|', []],
  ['goon', '|goons|', []],
  ['cretinous', '|cretinous', []],
];

/** Mild or strong swearing that obscenity's list leaves out. */
const EXTRA_PROFANITY: Array<[string, string, string[]]> = [
  ['crap', '|crap|', []],
  ['crap', '|crappy', []],
  ['sucks', '|sucks|', []],
  ['sucker', '|sucker|', ['sucker punch']],
  ['wtf', '|wtf|', []],
  ['stfu', '|stfu|', []],
  ['gtfo', '|gtfo|', []],
  ['motherfucker', '|mf|', []],
  ['motherfucker', '|mfs|', []],
  ['shit', '|shyt', []],
  ['fuck', '|fawk', []],
  ['fuck', '|fuk|', []],
  ['fuck', '|fukin', []],
];

/** Everyday words and names that obscenity's patterns would otherwise catch. */
const WHITELIST: Array<[string, string[]]> = [
  ['cum', ['cum laude', 'magna cum', 'summa cum']],
  ['fuck', ['traffick', 'trafficking', 'trafficked', 'trafficker']],
  ['tit', ['tit for tat']],
  ['dick', ['moby dick', 'dick whittington', 'philip k. dick']],
  ['cock', ['cockroach', 'cockpit', 'cocktail', 'peacock', 'hancock', 'woodcock']],
  ['ass', ['bad ass', 'kick ass', 'assam', 'assad']],
  ['coon', ['maine coon', 'raccoon']],
  ['shit', ['shiitake', 'shitake', 'shih tzu', 'shitzu']],
  ['pussy', ['pussy willow', 'pussycat', 'pussyfoot', 'pussyfooting']],
  ['bastard', ['bastardised', 'bastardized', 'bastardisation', 'bastardization']],
  ['prick', ['pinprick', 'pin prick', 'skin prick', 'prick test', 'prick up', 'pricked up', 'prick your finger', 'prick the skin']],
  ['hoe', ['hoe the', 'a garden hoe', 'dutch hoe']],
  ['dyke', ["offa's dyke", 'dyke wall', 'flood dyke', 'the dyke road']],
];

/** Letters obscenity keeps doubled when it reads the text ("ass", "nigger"); any other run becomes one letter. */
const KEPT_DOUBLE = new Set(['b', 'e', 'o', 'l', 's', 'g']);

/** A pattern spelled as obscenity reads the text, else "buffoon" or "commie" could never match. */
function asRead(source: string): string {
  return source.replace(/([a-z])\1+/g, (run, c: string) => (KEPT_DOUBLE.has(c) ? c + c : c));
}

function addAll(set: DataSet<Meta>, list: Array<[string, string, string[]]>): void {
  for (const [word, source, allowed] of list) {
    set.addPhrase((p) => {
      let phrase = p.setMetadata({ originalWord: word }).addPattern(parseRawPattern(asRead(source)));
      for (const term of allowed) phrase = phrase.addWhitelistedTerm(term);
      return phrase;
    });
  }
}

function buildDataSet(): DataSet<Meta> {
  const set = new DataSet<Meta>()
    .addAll(englishDataset as unknown as DataSet<Meta>)
    .removePhrasesIf((p) => TOPICS_NOT_ABUSE.has(p.metadata?.originalWord ?? ''));
  addAll(set, EXTRA_SLURS);
  addAll(set, INSULTS);
  addAll(set, EXTRA_PROFANITY);
  for (const [word, terms] of WHITELIST) {
    set.addPhrase((p) => {
      let phrase = p.setMetadata({ originalWord: word });
      for (const term of terms) phrase = phrase.addWhitelistedTerm(term);
      return phrase;
    });
  }
  return set;
}

const INSULT_WORDS = new Set(INSULTS.map(([w]) => w));

interface Matcher {
  set: DataSet<Meta>;
  /** The matcher for one input, narrowed to the patterns that can match it; null when none can. */
  narrow: (input: string) => RegExpMatcher | null;
}

let matcher: Matcher | null = null;

/** Built once, on first use: the matcher compiles a few hundred patterns. */
function getMatcher(): Matcher {
  if (!matcher) {
    const set = buildDataSet();
    matcher = { set, narrow: profanityMatcher({ ...set.build(), ...englishRecommendedTransformers }) };
  }
  return matcher;
}

function ruleFor(word: string): ToneRule {
  if (SLURS.has(word)) return 'slur';
  if (INSULT_WORDS.has(word)) return 'insult';
  return 'profanity';
}

/** Swear words people hide behind symbols ("sh*t", "f**k", "di*k"); obscenity skips the symbols and misses them. */
const MASKABLE = ['fuck', 'fucker', 'fucking', 'shit', 'dick', 'cunt', 'bitch', 'ass', 'asshole', 'piss', 'cock', 'pussy', 'bastard', 'whore', 'slut', 'bullshit'];

/** Letters, digits, underscore and the masking symbols: a masked word runs to the end of such a run. */
const MASK_RUN = /[\w*#@%]+/g;
const MASK_SYMBOL = /[*#@%]/;
const WORD_CHAR = /\w/;

/**
 * Whether `word` (lower case) is `root` with any of its letters after the first replaced by symbols, a run of
 * symbols standing for one letter or more (at most one letter per symbol), and an optional plural "s".
 * Read in one pass over the letters reached so far, so a long run of "#" costs its length, not its square.
 */
function spellsMasked(word: string, root: string): boolean {
  if (word[0] !== root[0]) return false;
  const k = root.length - 1;
  let afterLetter = new Uint8Array(k + 1); // i letters of the root read, the last one spelled out (or none read yet)
  let inRun = new Uint8Array(k + 1); // i letters read, the last ones hidden by the run of symbols still going on
  afterLetter[0] = 1;
  let plural = false; // the whole root then an "s" read: a match if the word ends here
  for (let at = 1; at < word.length; at++) {
    const c = word[at];
    const letter = new Uint8Array(k + 1);
    const run = new Uint8Array(k + 1);
    let alive = false;
    if (MASK_SYMBOL.test(c)) {
      for (let i = 0; i <= k; i++) {
        if (!afterLetter[i] && !inRun[i]) continue;
        if (i < k) run[i + 1] = 1;
        if (inRun[i]) run[i] = 1;
        alive = true;
      }
      plural = false;
    } else {
      plural = c === 's' && (afterLetter[k] === 1 || inRun[k] === 1);
      for (let i = 0; i < k; i++) {
        if ((afterLetter[i] || inRun[i]) && root[i + 1] === c) letter[i + 1] = 1;
      }
      alive = plural || letter.some((x) => x === 1);
    }
    if (!alive) return false;
    afterLetter = letter;
    inRun = run;
  }
  return plural || afterLetter[k] === 1 || inRun[k] === 1;
}

/** Masked swear words: the leftmost word start in each run of letters and symbols from which the rest spells a root. */
function maskedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  MASK_RUN.lastIndex = 0;
  for (let m = MASK_RUN.exec(text); m !== null; m = MASK_RUN.exec(text)) {
    const end = m.index + m[0].length;
    const lower = m[0].toLowerCase();
    for (let p = 0; p < lower.length; p++) {
      // A word starts where a letter follows the run's start or a symbol.
      if (!WORD_CHAR.test(lower[p]) || (p > 0 && WORD_CHAR.test(lower[p - 1]))) continue;
      const rest = lower.slice(p);
      if (MASKABLE.some((root) => spellsMasked(rest, root))) {
        spans.push([m.index + p, end]);
        break;
      }
    }
  }
  return spans;
}

/** Capitalised "Dick" is a first name (Dick Davies, "ask Dick"), unless an article or "you" makes it a noun. */
const FIRST_NAME = /^Dick$/;
const NAME_CALLED = /\b(?:a|an|the|you|u|your|ur|such|what|total|complete|absolute|big|little|fat|old|stupid|bloody|fucking)\s+$/i;

/** What a swear word takes before or after it and stays one ("bullshit", "fuckers", "dickhead"). */
const SWEAR_PREFIX = /^(?:bull|horse|dip|dumb|chicken|ape|bat|dog|holy|jack|mother|dick|ass|arse|cluster|god|bitch|smart|dumb|fat|lame|wise|jack|candy|bad|kick|mega|super|ultra|hard|cock|piss|shit|fuck|bum|twat)+$/i;
const SWEAR_SUFFIX =
  /^(?:(?:s|es|ed|d|er|ers|ing|in|n|y|ty|tier|tiest|ie|ies|ier|iest|ish|head|face|hole|bag|wad|weed|hat|less|ery|ry|tard|wit|stick|show|storm|load|ton|ass|off|brain|nugget|sucker|suck|ucker|ucking|lord)(?:s|es|ing|er|ers|ed|y)?)$/i;

/**
 * A name that holds a swear word (Dickinson, Shitterton, Dikshit, BitChute): a capitalised word where the swear
 * word runs across two joined capitalised words, or takes letters no swear word takes.
 */
function isName(text: string, start: number, end: number, matchStart: number, matchEnd: number): boolean {
  const word = text.slice(start, end);
  if (!/^[A-Z]/.test(word)) return false;
  // "BitChute": a capital inside the matched letters, after a small one, joins two words.
  if (/[a-z][A-Z]/.test(text.slice(matchStart, matchEnd))) return true;
  if (!/^[A-Z][a-z]+$/.test(word)) return false; // capitals or camel case: shouted or joined swear words
  const before = text.slice(start, matchStart);
  const after = text.slice(matchEnd, end);
  return (before !== '' && !SWEAR_PREFIX.test(before)) || (after !== '' && !SWEAR_SUFFIX.test(after));
}

/** Profanity, slurs and insults in `text`, one hit per matched stretch. */
export function englishProfanityHits(text: string): Hit[] {
  const { set, narrow } = getMatcher();
  // "!" after a word is punctuation, not leetspeak for "i": without this "liar!" reads "liari".
  const input = text.includes('!') ? text.replace(/!+(?![A-Za-z])/g, (m) => ' '.repeat(m.length)) : text;
  const matches: MatchPayload[] = narrow(input)?.getAllMatches(input, true) ?? [];
  const hits: Hit[] = [];
  let lastEnd = -1;
  for (const match of matches) {
    // obscenity's end index is inclusive; widen to the whole word so the message quotes it ("fucking").
    const matchEnd = match.endIndex + 1;
    let start = match.startIndex;
    let end = matchEnd;
    while (start > 0 && /[A-Za-z]/.test(text[start - 1])) start--;
    while (end < text.length && /[A-Za-z]/.test(text[end])) end++;
    if (start < lastEnd) continue; // the same word matched by two patterns
    const word = set.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? '';
    const quoted = text.slice(start, end);
    if (!/[A-Za-z]/.test(quoted)) continue; // "455" in a card number is not leetspeak for anything
    if (FIRST_NAME.test(quoted) && !NAME_CALLED.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (isName(text, start, end, match.startIndex, matchEnd)) continue;
    const rule = ruleFor(word);
    if (rule === 'profanity' && swearsInPraise(text, start, end)) continue;
    hits.push(toneHit(rule, start, end));
    lastEnd = end;
  }
  if (!/[*#@%]/.test(text)) return hits; // every masked spelling holds one of these symbols
  for (const [start, end] of maskedSpans(text)) {
    const word = text.slice(start, end);
    if (!/[*#@%]/.test(word) || /^as\*$/i.test(word)) continue; // plain spellings are obscenity's; "as*" is a footnote
    hits.push(toneHit('profanity', start, end));
  }
  return hits;
}
