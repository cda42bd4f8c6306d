// English commitment cues: explicit promises, first-person or organisation futures, passive futures, deadlines.
import { commissiveCues } from './commissive.js';
import { clauseBounds, isQuestion, type Cue } from './cue.js';
import {
  ACTION_VERBS, ADVERBS, APOS, BE_STATES, DEADLINE, FORECAST, LY_ADVERB, MODAL, NOT_ACTIONS, ORG_NOUN, PUBLISHED, TIME_POINT,
} from './english-words.js';
import { readerCues } from './english-reader.js';
import { passiveCues } from './passive.js';
import { pledgeFormCues } from './pledge-forms.js';
import { matches } from '../../matches.js';

const PROMISE_VERB = '(?:promise|guarantee|pledge|vow|assure|undertake|commit)';
/** Third-person pledges take an infinitive or a clause: "promises to", "guarantees that", "proposes to". */
const PLEDGES = '(?:promises|guarantees|pledges|vows|assures|undertakes|commits|proposes)';

/** What a plan is called when it is stated as the speaker's: "our aim is to", "the main thrust will be to". */
const PLAN_NOUN = '(?:goal|aim|target|objective|task|priority|mission|plan|intention|commitment|thrust|focus|endeavour|agenda|pledge|promise)';

const PROMISE = new RegExp(
  [
    // I promise, we guarantee, I can assure you, we do solemnly pledge
    `\\b(?:I|we)(?:\\s+(?:can|do|hereby|fully|personally|absolutely|also|really|solemnly|firmly))*\\s+${PROMISE_VERB}\\b`,
    // the ministry guarantees, the council also pledges to, Acme promises to
    `\\b${ORG_NOUN}\\s+(?:(?:hereby|fully|also)\\s+)?${PLEDGES}\\b`,
    `\\b(?:[a-z]+\\s+)?(?:(?:hereby|fully|also)\\s+)?${PLEDGES}(?=\\s+to\\s+(?!be\\b)|\\s+that\\b|\\s+(?:you|the\\s+public|citizens|residents|everyone)\\b)`,
    // A named party or body pledging a thing: "Labour promises a new rail link", "The Council also pledges free parking".
    `\\b[A-Z][A-Za-z]+\\s+(?:(?:hereby|also)\\s+)?(?:promises|pledges|guarantees)(?=\\s+(?:a|an|the|free|new|more|every|all|to\\s+the|[a-z]+ly|[a-z]+ed)\\b)`,
    // we propose to (a plan, not a suggestion to the reader)
    `\\bwe\\s+propose\\s+to\\b`,
    // we are committed to, the department is committed to
    `\\b(?:I|we|${ORG_NOUN}|[a-z]+)(?:\\s*${APOS}(?:m|re)|\\s+(?:am|are|is|remains?))\\s+(?:(?:fully|firmly|deeply|strongly|totally|wholly|also|absolutely|solemnly|still)\\s+)?committed\\s+to\\b`,
    // our goal is to, the aim will be to
    // "our main aim over the next two years will be to": a time or a field may sit between the plan and its verb.
    `\\b(?:our|its|their|the\\s+government${APOS}s)\\s+(?:[a-z-]+\\s+){0,2}?${PLAN_NOUN}\\s+(?:(?:in|over|for|during|within)\\s+(?:[a-z-]+\\s+){1,4}?)?(?:is|are|will\\s+be|would\\s+be|shall\\s+be|should\\s+be|remains?)\\s+to\\b`,
    // "The main objective will be to": a plan once it is put in the future.
    `\\bthe\\s+(?:[a-z-]+\\s+){0,2}?${PLAN_NOUN}\\s+(?:will|shall|would)\\s+be\\s+to\\b`,
    `\\b(?:I|we)\\s+(?:hereby\\s+|solemnly\\s+)?pledge\\b`,
    `\\brest\\s+assured\\b`,
    `\\byou\\s+(?:have|has)\\s+(?:my|our)\\s+(?:word|promise|guarantee)\\b`,
    `\\b(?:you\\s+can\\s+)?count\\s+on\\s+(?:me|us)\\b`,
    `\\b(?:I|we)\\s+give\\s+you\\s+(?:my|our)\\s+(?:word|promise|guarantee|assurance)\\b`,
  ].join('|'),
  'gi',
);

/** Subject + future modal + main verb: "we will fix", "I'll call", "the ministry is going to publish", "let me check". */
const FUTURE = new RegExp(`\\b(I|we|${ORG_NOUN}|let\\s+me)(${MODAL})?\\s+([a-z]+)`, 'gi');

/** Verbs of action as a regex alternation, longest first so "set up" wins over "set". */
const VERB_ALTERNATION = [...ACTION_VERBS].sort((a, b) => b.length - a.length).map((v) => v.replace(/\s+/g, '\\s+')).join('|');

/** "We would set up": a plan, unless the clause makes it hypothetical (checked with CONDITIONAL). */
const WE_WOULD = new RegExp(`(?:\\bwe\\s+|^\\s*)would${ADVERBS}\\s+(${VERB_ALTERNATION}|aim\\s+to|achieve)\\b`, 'gi');

/** "X shall ...": the language of rules and pledges, whoever X is (the reader's "you shall" is a rule for them). */
const SHALL = new RegExp(`\\b([a-z]+)\\s+shall(?:\\s+(?:also|not|further|${LY_ADVERB}))*\\s+(be\\s+[a-z]+|[a-z]+)`, 'gi');

/** Verbs too common to show that "it" is a body acting ("it will end", "it will help"). */
const IT_GENERIC = new Set([
  'make', 'set', 'start', 'begin', 'end', 'stop', 'work', 'continue', 'bring', 'open', 'return', 'pass', 'raise', 'cut', 'call',
  'check', 'answer', 'reply', 'give', 'offer', 'support', 'clear', 'hold', 'improve', 'increase', 'reduce', 'lower', 'double',
  'help', 'allow', 'permit', 'enable', 'form', 'complete', 'finish', 'run', 'send', 'accept', 'connect', 'visit', 'change',
]);

/** "Yes, I will." / "We shall.": agreeing to do what was asked. */
const ELLIPTICAL = new RegExp(`\\b(?:I|we)(?:\\s+(?:will|shall)|\\s*${APOS}ll\\s+do\\s+(?:it|that|so))(?=\\s*(?:[.,!;]|$))`, 'gi');

/** An acronym + future + any verb: "MDS will publish", "ROP will extend". Capitalised names need a verb of action (ACTION_FUTURE). */
const NAMED_FUTURE = new RegExp(`(?<![@#\\w])([A-Z]{2,})(?:,\\s*[a-z]+,)?\\s+(?:will|shall)(?:,\\s*[a-z]+,)?${ADVERBS}\\s+([a-z]+)`, 'g');

/** Capitalised words that are pronouns or placeholders, not names. */
const NOT_NAMES = /^(?:I|WE|YOU|HE|SHE|IT|THEY|THIS|THAT|THERE|USER|URL|RT|OMG|LOL|LMAO)$/;

/** Anyone + future + a verb of deliberate action: "Congress will repeal", "the road crew will repair". */
const ACTION_FUTURE = new RegExp(
  `(?<![@#])\\b([a-z]+)(?:,\\s*[a-z]+,)?\\s+(?:will|shall)(?:\\s*:)?${ADVERBS}\\s+(${VERB_ALTERNATION})\\b`,
  'gi',
);

/** "Maybe I'll", "I think we'll": the writer muses about a plan and does not undertake it. */
const HEDGE = /\b(?:maybe|perhaps|probably|possibly|i\s+think|i\s+guess|i\s+suppose|might)\s*$/i;

/** Words that make "would" hypothetical rather than planned. */
const CONDITIONAL = /\b(?:if|unless|otherwise|could|might)\b/i;

/** "will" + verb in a clause that also names a deadline: "it will reopen within 48 hours". */
const WILL_VERB = new RegExp(`\\b(?:will|shall|${APOS}ll)(?:\\s+(?:be|also|soon|then|${LY_ADVERB}))*\\s+[a-z]+`, 'gi');

/** Subjects that do not speak for anyone: "you will", "if it will", "what will". */
const NOT_AGENT = /^(?:you|if|whether|what|when|how|why|which|who|it|this|that|there|he|she|they|everyone|nobody|people|u)$/i;

/**
 * Words each family cannot match without, tested once per segment so most sentences skip the long patterns.
 * PROMISE needs a promise verb, a plan noun, "word" or "count"; FUTURE reports only a modal or "let me"; the rest
 * "will", "shall" or "'ll", as each pattern spells it.
 */
const PROMISE_WORDS =
  /promis|guarant|pledg|vow|assur|undertak|commit|propos|goal|aim|target|objective|task|priorit|mission|plan|intention|thrust|focus|endeavour|agenda|word|count/i;
const MODAL_WORDS = /['’]ll|will|shall|won['’]?t|going\s+to|(?:planning|about|set)\s+to|(?:intend|plan|aim)s?\s+to|let\s+me/i;
const WILL_WORDS = /will|shall|['’]ll/i;
const WILL_OR_SHALL = /will|shall/i;
/** ELLIPTICAL's own words, its lookahead included. */
const ELLIPTICAL_WORDS = /\b(?:i|we)\s+(?:will|shall)\s*(?:[.,!;]|$)|['’]ll\s+do\s+(?:it|that|so)\s*(?:[.,!;]|$)/i;
/** NAMED_FUTURE names its subject with two capitals or more. */
const TWO_CAPITALS = /[A-Z]{2}/;
/** A passive future has "be" between spaces ("will be fixed"). */
const SPACED_BE = /\sbe\s/i;

function deadlineIn(text: string, from: number): [number, number] | undefined {
  const [, clauseEnd] = clauseBounds(text, from);
  const m = DEADLINE.exec(text.slice(from, clauseEnd));
  return m ? [from + m.index, from + m.index + m[0].length] : undefined;
}

/**
 * A point in time ("on Wednesday", "tomorrow morning") after a future of something done: not a forecast, not a need
 * ("you will need to"), not a feeling ("I'll miss you tonight").
 */
function pointIn(text: string, at: number, from: number): [number, number] | undefined {
  const verb = /(?<![a-z])([a-z]+)\s*$/i.exec(text.slice(at, from))?.[1].toLowerCase() ?? '';
  // "will be open 9 to 1 on Saturday", "will be closed on Friday": hours and closures are a notice, not an undertaking.
  if (NOT_ACTIONS.has(verb) || NOT_POINTED.has(verb) || HEDGE.test(text.slice(clauseBounds(text, at)[0], at))) return undefined;
  const [, clauseEnd] = clauseBounds(text, from);
  const m = TIME_POINT.exec(text.slice(from, clauseEnd));
  return m ? [from + m.index, from + m.index + m[0].length] : undefined;
}

/** "on 12 March", "on the 3rd of May", "on 1/5": a calendar date in the clause after `from`. */
const ON_DATE = /\bon\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)\b/i;

function dateIn(text: string, from: number): [number, number] | undefined {
  const [, clauseEnd] = clauseBounds(text, from);
  const m = ON_DATE.exec(text.slice(from, clauseEnd));
  return m ? [from + m.index, from + m.index + m[0].length] : undefined;
}

/** Verbs whose future with a time is a notice or a musing rather than an undertaking. */
const NOT_POINTED = new Set(['have', 'try', 'open', 'closed', 'shut', 'down', 'unavailable']);

function published(text: string, at: number): boolean {
  const [s, e] = clauseBounds(text, at);
  return PUBLISHED.test(text.slice(s, e));
}

/** Commitment cues in one normalised English segment; `orgName` matches the ruleset's own names as a subject. */
export function englishCues(text: string, orgName: RegExp | null): Cue[] {
  const cues: Cue[] = [];
  const covered = (at: number) => cues.some((c) => at >= c.start && at < (c.deadline?.[1] ?? c.end));
  // Most sentences cite no source: one test of the whole sentence spares a test per clause and cue.
  const cites = PUBLISHED.test(text);
  const skip = (at: number) => covered(at) || isQuestion(text, at) || (cites && published(text, at));
  const add = (rule: Cue['rule'], start: number, end: number, subject: Cue['subject']) =>
    cues.push({ rule, start, end, deadline: deadlineIn(text, end), subject });

  const promiseWords = PROMISE_WORDS.test(text);
  const modalWords = MODAL_WORDS.test(text);
  const willWords = WILL_WORDS.test(text);
  const willOrShall = willWords && WILL_OR_SHALL.test(text);
  const shall = willOrShall && /shall/i.test(text);
  const would = /would/i.test(text);

  if (promiseWords) {
    for (const m of matches(PROMISE, text)) {
      if (!skip(m.index)) add('promise', m.index, m.index + m[0].length, subjectOf(m[0]));
    }
  }

  for (const m of modalWords ? matches(FUTURE, text) : []) {
    const letMe = /^let\s+me$/i.test(m[1]);
    if ((!m[2] && !letMe) || skip(m.index) || !isAction(m[3], text.slice(m.index + m[0].length))) continue;
    if (!letMe && HEDGE.test(text.slice(clauseBounds(text, m.index)[0], m.index))) continue;
    add('future-action', m.index, m.index + m[0].length, subjectOf(m[1]));
  }

  for (const m of would ? matches(WE_WOULD, text) : []) {
    if (skip(m.index) || CONDITIONAL.test(text.slice(...clauseBounds(text, m.index)))) continue;
    add('future-action', m.index, m.index + m[0].length, 'we');
  }

  for (const m of shall ? matches(SHALL, text) : []) {
    if (/^(?:you|who|what|which|how|where|when|why|if|whether|i|we)$/i.test(m[1]) || skip(m.index)) continue;
    const passive = /^be\s/i.test(m[2]);
    if (!passive && NOT_ACTIONS.has(m[2].toLowerCase())) continue;
    const start = m.index + m[1].length + m[0].slice(m[1].length).search(/\S/);
    add(passive ? 'future-passive' : 'future-action', passive ? start : m.index, m.index + m[0].length, 'none');
  }

  for (const m of willWords && ELLIPTICAL_WORDS.test(text) ? matches(ELLIPTICAL, text) : []) {
    if (!skip(m.index)) add('future-action', m.index, m.index + m[0].length, subjectOf(m[0]));
  }

  if (orgName) {
    // "<Organisation name> will publish": the ruleset's own name as subject.
    const modalVerb = new RegExp(`^(?:${MODAL})\\s+([a-z]+)`, 'i');
    orgName.lastIndex = 0;
    for (const m of matches(orgName, text)) {
      const nameEnd = m.index + m[0].length;
      const after = modalVerb.exec(text.slice(nameEnd));
      if (!after || skip(m.index) || !isAction(after[1], text.slice(nameEnd + after[0].length))) continue;
      add('future-action', m.index, nameEnd + after[0].length, 'organisation');
    }
  }

  for (const m of willOrShall && TWO_CAPITALS.test(text) ? matches(NAMED_FUTURE, text) : []) {
    if (NOT_NAMES.test(m[1]) || m[2] === 'be' || NOT_ACTIONS.has(m[2]) || skip(m.index)) continue;
    add('future-action', m.index, m.index + m[0].length, 'none');
  }

  for (const m of willOrShall ? matches(ACTION_FUTURE, text) : []) {
    const itPledges = /^it$/i.test(m[1]) && !IT_GENERIC.has(m[2].toLowerCase());
    if ((NOT_AGENT.test(m[1]) && !itPledges) || NOT_ACTIONS.has(m[2].toLowerCase()) || skip(m.index)) continue;
    add('future-action', m.index, m.index + m[0].length, 'none');
  }

  for (const p of (willOrShall || would) && SPACED_BE.test(text) ? passiveCues(text) : []) {
    // "would be done" is a plan only outside a condition ("it would be refunded if you applied").
    if (skip(p.start) || (p.would && CONDITIONAL.test(text.slice(...clauseBounds(text, p.start))))) continue;
    // "your appeal will be heard on 12 March": a date for the reader's matter is when it will be done.
    const deadline = deadlineIn(text, p.end) ?? (p.reader ? pointIn(text, p.start, p.end) ?? dateIn(text, p.end) : undefined);
    if (p.needsDate && !deadline) continue;
    cues.push({ rule: 'future-passive', start: p.start, end: p.end, deadline, subject: 'none' });
  }

  for (const cue of [...commissiveCues(text), ...pledgeFormCues(text)]) {
    if (!skip(cue.start)) cues.push({ ...cue, deadline: deadlineIn(text, cue.end) });
  }

  for (const cue of readerCues(text)) {
    if (!skip(cue.start)) cues.push(cue);
  }

  // A cue here needs a deadline in its clause, and a deadline in a clause is one in the sentence.
  const deadlines = DEADLINE.test(text);
  for (const m of willWords && (deadlines || TIME_POINT.test(text)) ? matches(WILL_VERB, text) : []) {
    // "Rain will ease by Monday": a forecast names a time, and promises nothing.
    if (skip(m.index) || FORECAST.test(text.slice(...clauseBounds(text, m.index)))) continue;
    const end = m.index + m[0].length;
    if (requiredOfOthers(text, m.index, m[0], end)) continue;
    const deadline = deadlineIn(text, end) ?? pointIn(text, m.index, end);
    if (deadline) cues.push({ rule: 'deadline', start: m.index, end, deadline, subject: 'none' });
  }

  return cues.sort((a, b) => a.start - b.start);
}

/** "will need to", "will have to", "will be required/expected/asked to": what someone is obliged to do. */
const OBLIGED = /(?:\bneed|\bhave|\bbe\s+(?:required|expected|asked|obliged|obligated))$/i;
/** The writer's side as the subject: "we", "I", "our team", a public body. */
const WRITER_SIDE = new RegExp(`\\b(?:I|we|our)\\b|${ORG_NOUN}`, 'i');

/**
 * "Applicants will need to upload the forms by Sunday", "you'll have to renew by 1 May": a deadline set for someone
 * else is an instruction, not an undertaking; "we will need to close the road by Friday" stays the writer's.
 */
function requiredOfOthers(text: string, at: number, words: string, end: number): boolean {
  if (!OBLIGED.test(words) || !/^\s+to\b/i.test(text.slice(end))) return false;
  const subject = text.slice(clauseBounds(text, at)[0], at);
  return !WRITER_SIDE.test(subject);
}

/** Who speaks in a cue: "I"/"me" is the writer, "we"/"us" the writer's side, a body's title the organisation. */
function subjectOf(cue: string): Cue['subject'] {
  if (/^(?:I|let\s+me)\b|\bme\b|\bmy\b/i.test(cue)) return 'self';
  if (/^we\b|\bus\b|\bour\s+(?:word|promise|guarantee|assurance)\b/i.test(cue)) return 'we';
  return new RegExp(`^${ORG_NOUN}`, 'i').test(cue) ? 'organisation' : 'none';
}

/** The segment names a public body ("the ministry", "our team"): a future there may speak for it. */
export const ENGLISH_BODY = new RegExp(`\\b${ORG_NOUN}\\b`, 'i');

/** Whether the verb after "I will" is something to be done; `rest` is the text after it. */
function isAction(verb: string, rest: string): boolean {
  const v = verb.toLowerCase();
  // "I'm going to have to" is an obligation the writer feels, not an undertaking.
  if (v === 'have' && /^\s+to\b/i.test(rest)) return false;
  if (v !== 'be') return !NOT_ACTIONS.has(v);
  const next = /^\s+([a-z]+)/i.exec(rest);
  return next !== null && !BE_STATES.test(next[1].toLowerCase());
}
