// English insider talk: the writer speaks from inside the organisation. "Our ministry", "our inspectors", "we at the
// department", "what we pulled off at the ministry", "from inside the directorate", and (from a personal account) "we're rolling
// out the new kiosks": the first person plural doing the organisation's work, read with compromise's parse.
import nlp from 'compromise';
import { EN_OUR_STAFF, EN_STAFF, EN_WORKPLACE } from './workplace.js';

const alt = (words: readonly string[]) =>
  [...new Set(words.map((w) => w.trim().toLowerCase()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');

/** Bodies a citizen also calls "ours" ("our council fixed the road"): owned by "our" they are not insider talk. */
const CITIZENS_TOO = new Set(['council', 'municipality', 'authority', 'agency', 'commission']);
const POSSESSED = alt(EN_WORKPLACE.filter((w) => !CITIZENS_TOO.has(w)));
const OUR_STAFF = alt(EN_OUR_STAFF);
const STAFF = alt(EN_STAFF);

/** Verbs of a citizen dealing with an office ("we waited at the ministry"): a visit, not work done there. */
const CITIZEN_VERBS = new Set([
  'go', 'visit', 'wait', 'queue', 'call', 'phone', 'apply', 'complain', 'pay', 'register', 'submit', 'renew', 'book', 'drive', 'walk', 'arrive',
  'sit', 'stand', 'spend', 'line', 'get', 'collect', 'pick', 'drop', 'see', 'take', 'bring', 'show', 'tell', 'hear', 'ask', 'try', 'line up',
  'turn', 'head', 'stop', 'return', 'come', 'queue up', 'hang', 'waste', 'lose',
]);

/** The organisation's work, done by "we": roll out, launch, process, inspect, fix, fund... */
const WORK_VERBS = new Set([
  'roll', 'launch', 'introduce', 'implement', 'issue', 'process', 'approve', 'inspect', 'install', 'build', 'open', 'fix', 'repair', 'upgrade',
  'extend', 'allocate', 'fund', 'tender', 'award', 'deploy', 'pilot', 'expand', 'review', 'finalise', 'finalize', 'draft', 'publish',
  'announce', 'enforce', 'resurface', 'pave', 'complete', 'finish', 'deliver', 'design', 'plan', 'update', 'replace', 'close', 'suspend',
  'cut', 'raise', 'reduce', 'increase', 'waive', 'digitise', 'digitize', 'automate', 'hire', 'recruit', 'set', 'test', 'trial', 'move',
  'switch', 'overhaul', 'revise', 'amend', 'introduce', 'start', 'begin', 'ship', 'release', 'fight', 'push', 'lobby',
]);

/** The start of any of WORK_VERBS, in any tense ("roll" in "rolling", "finalis" in "finalised"). */
const WORK_STEMS = new RegExp(`\\b(?:${[...WORK_VERBS].map((v) => v.replace(/e$/, '')).join('|')})`, 'i');

/** What a public body works on: services, permits, roads, schools, fees. */
const PUBLIC_NOUNS =
  'kiosks?|permits?|licen[cs]es?|civil\\s+ids?|id\\s+cards?|passports?|visas?|portal|e-?services?|services?|roads?|highways?|flyovers?|bridges?|' +
  'street\\s*lights?|lights|schools?|clinics?|hospitals?|bus(?:es)?|lanes?|fees?|tariffs?|benefits?|schemes?|programmes?|programs?|polic(?:y|ies)|' +
  'regulations?|applications?|inspections?|curriculum|exams?|timetables?|housing|plots?|parks?|sewage|drainage|potholes?|fines?|tax(?:es)?|' +
  'subsid(?:y|ies)|salaries|pensions?|budget|tender|projects?|system|appointments?|vaccines?|vaccinations?|bins?|collections?';
/** Internal resources: "we've been asking for the budget for this road". */
const RESOURCES = /\b(?:budget|funding|funds|allocation|approval|sign-?off|tender|headcount)\b/i;

interface Patterns {
  strong: RegExp;
  we: RegExp;
  publicNoun: RegExp;
}

const cache = new Map<string, Patterns>();

/** Patterns for one organisation: its names count as a workplace, its topics as its business. */
function patternsFor(names: readonly string[], topics: readonly string[]): Patterns {
  const key = `${names.join('\u0000')}\u0001${topics.join('\u0000')}`;
  let p = cache.get(key);
  if (!p) {
    const latinNames = names.filter((n) => /[A-Za-z]/.test(n));
    const place = alt([...EN_WORKPLACE, ...latinNames]);
    const topicWords = topics.filter((t) => /[A-Za-z]/.test(t));
    p = {
      strong: new RegExp(
        [
          // "our ministry", "my department's", "our own directorate".
          `\\b(?:our|my)\\s+(?:own\\s+|new\\s+|whole\\s+|little\\s+)?(?:${POSSESSED})\\b`,
          // "our minister", "our inspectors"; "my manager at".
          `\\bour\\s+(?:own\\s+|new\\s+)?(?:${OUR_STAFF})\\b`,
          `\\b(?:our|my)\\s+(?:${STAFF}|people)\\s+(?:at|in)\\b`,
          // "we at the ministry", "us in the department", "we at MDS".
          `\\b(?:we|us)\\s+(?:here\\s+)?(?:at|in|inside)\\s+(?:the\\s+)?(?:${place})\\b`,
          // "At the directorate, we ...", "at work we ...".
          `\\b(?:at|in|inside)\\s+(?:the\\s+)?(?:${place}|work)(?:\\s*,)?\\s+(?:we|our)\\b`,
          `\\bwhere\\s+I\\s+work\\b`,
          // "from inside the ministry", "inside information", "insider tip".
          `\\bfrom\\s+(?:inside|within)\\s+(?:the\\s+)?(?:${place})\\b`,
          `\\b(?:inside|insider)\\s+(?:info|information|knowledge|scoop|tip)\\b`,
          `\\b(?:we|we['’]ve|we['’]re|we\\s+have|we\\s+are)\\s+(?:[a-z'’-]+\\s+){0,4}?internally\\b`,
          `\\binternally(?:\\s*,)?\\s+we\\b`,
        ].join('|'),
        'gi',
      ),
      // "we ... at the ministry", checked by the parse for a visit.
      we: new RegExp(`\\b(?:we|we['’](?:re|ve|ll|d))\\s+(?:[a-z'’-]+\\s+){1,6}?(?:at|in|inside|within)\\s+(?:the\\s+|our\\s+)?(?:${place})\\b`, 'gi'),
      publicNoun: new RegExp(`\\b(?:${PUBLIC_NOUNS}${topicWords.length ? `|${alt(topicWords)}` : ''})\\b`, 'i'),
    };
    if (cache.size > 32) cache.clear();
    cache.set(key, p);
  }
  return p;
}

export interface InsiderSpan {
  start: number;
  end: number;
  /** True for what the first person alone shows (the organisation's work done by "we"): only on a personal account. */
  weak?: boolean;
}

/** A cheap test without which no pattern can match. */
const NEEDED = /\b(?:our|my|we|us|where\s+I\s+work|inside|insider|internally|at\s+work)\b|we['’]/i;

/** Spans of English insider talk in a normalised segment. */
export function englishInsider(text: string, names: readonly string[], topics: readonly string[]): InsiderSpan[] {
  if (!NEEDED.test(text)) return [];
  const p = patternsFor(names, topics);
  const out: InsiderSpan[] = [];
  p.strong.lastIndex = 0;
  for (let m = p.strong.exec(text); m !== null; m = p.strong.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  if (out.length > 0) return out;
  p.we.lastIndex = 0;
  for (let m = p.we.exec(text); m !== null; m = p.we.exec(text)) {
    if (!visit(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
  }
  if (out.length > 0) return out;
  const work = weDoingTheWork(text, p);
  return work ? [work] : [];
}

type Head = { text: string; terms: Array<{ text: string; root?: string; normal?: string }> };

/** One remembered parse: the same sentence is read here and by the rules across checks that look for the employer. */
type Last<T> = { phrase: string | null; value: T };
const lastRoots: Last<string[]> = { phrase: null, value: [] };
const lastHead: Last<Head | undefined> = { phrase: null, value: undefined };

function lastOf<T>(last: Last<T>, phrase: string, parse: () => T): T {
  if (last.phrase !== phrase) {
    last.value = parse();
    last.phrase = phrase;
  }
  return last.value;
}

/** "we" and its verb at the start of a phrase, by the parse. */
function headOf(phrase: string): Head | undefined {
  return lastOf(lastHead, phrase, () => {
    const doc = nlp(phrase);
    doc.compute('root');
    return (doc.match('we #Auxiliary? #Auxiliary? #Adverb? #Verb').json() as Head[])[0];
  });
}

/** Roots of the verbs in a phrase, by the parse. */
function verbRoots(phrase: string): string[] {
  return lastOf(lastRoots, phrase, () => {
    const doc = nlp(phrase);
    doc.compute('root');
    return (doc.match('#Verb').json() as Array<{ terms: Array<{ root?: string; normal?: string; tags?: string[] }> }>).flatMap((v) =>
      v.terms.filter((t) => !t.tags?.includes('Auxiliary') && !t.tags?.includes('Copula')).map((t) => t.root ?? t.normal ?? ''),
    );
  });
}

/** "We waited three hours at the ministry": the verbs say a citizen's visit. */
function visit(phrase: string): boolean {
  return verbRoots(phrase).some((v) => CITIZEN_VERBS.has(v));
}

/** "We're rolling out the new kiosks", "we've been asking for the budget for this road": we doing the organisation's work. */
function weDoingTheWork(text: string, p: Patterns): InsiderSpan | null {
  const we = /\bwe\b|\bwe['’](?:re|ve|ll|d)\b/i.exec(text);
  if (!we || !p.publicNoun.test(text.slice(we.index))) return null;
  // The parser is asked only when a verb of the organisation's work, or a budget, follows "we".
  if (!WORK_STEMS.test(text.slice(we.index)) && !RESOURCES.test(text)) return null;
  const rest = text.slice(we.index);
  const clause = rest.slice(0, rest.search(/[.!?;]|$/) + 1 || rest.length);
  // The head needs "we" and at most four words after it: parsing eight words, not the whole clause, keeps this cheap.
  const head = headOf(/^\S+(?:\s+\S+){0,7}/.exec(clause)?.[0] ?? clause);
  if (!head) return null;
  const verb = head.terms[head.terms.length - 1];
  const root = verb.root ?? verb.normal ?? '';
  const resource = RESOURCES.test(clause);
  if (!WORK_VERBS.has(root) && !resource) return null;
  if (CITIZEN_VERBS.has(root) && !resource) return null;
  const words = head.terms.map((t) => t.text).filter(Boolean);
  const shown = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'i').exec(clause);
  const length = shown ? shown.index + shown[0].length : we[0].length;
  return { start: we.index, end: we.index + length, weak: true };
}
