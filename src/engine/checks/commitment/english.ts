// English commitment cues: explicit promises, first-person or organisation futures, passive futures, deadlines.
import { clauseBounds, isQuestion, type Cue } from './cue.js';
import {
  ACTION_VERBS, ADVERBS, APOS, BE_STATES, DEADLINE, IRREGULAR, LY_ADVERB, MODAL, NOT_ACTIONS, ORG_NOUN, PUBLISHED,
  STATE_PARTICIPLES,
} from './english-words.js';

const PROMISE_VERB = '(?:promise|guarantee|pledge|vow|assure|undertake|commit)';
/** Third-person pledges take an infinitive or a clause: "promises to", "guarantees that", "proposes to". */
const PLEDGES = '(?:promises|guarantees|pledges|vows|assures|undertakes|commits|proposes)';

const PROMISE = new RegExp(
  [
    // I promise, we guarantee, I can assure you, we do solemnly pledge
    `\\b(?:I|we)(?:\\s+(?:can|do|hereby|fully|personally|absolutely|also|really|solemnly|firmly))*\\s+${PROMISE_VERB}\\b`,
    // the ministry guarantees, the council also pledges to, Acme promises to
    `\\b${ORG_NOUN}\\s+(?:(?:hereby|fully|also)\\s+)?${PLEDGES}\\b`,
    `\\b(?:[a-z]+\\s+)?(?:(?:hereby|fully|also)\\s+)?${PLEDGES}(?=\\s+to\\s+(?!be\\b)|\\s+that\\b|\\s+(?:you|the\\s+public|citizens|residents|everyone)\\b)`,
    // we propose to (a plan, not a suggestion to the reader)
    `\\bwe\\s+propose\\s+to\\b`,
    // we are committed to, the department is committed to
    `\\b(?:I|we|${ORG_NOUN}|[a-z]+)\\s*(?:${APOS}m|${APOS}re|\\s+am|\\s+are|\\s+is|\\s+remains?)\\s+(?:fully\\s+|firmly\\s+)?committed\\s+to\\b`,
    // our goal is to, the aim will be to
    `\\b(?:our|its|the\\s+government${APOS}s)\\s+(?:[a-z]+\\s+)?(?:goal|aim|target|objective|task|priority|mission)\\s+(?:is|will\\s+be)\\s+to\\b`,
    `\\brest\\s+assured\\b`,
    `\\byou\\s+(?:have|has)\\s+(?:my|our)\\s+(?:word|promise|guarantee)\\b`,
    `\\b(?:you\\s+can\\s+)?count\\s+on\\s+(?:me|us)\\b`,
    `\\b(?:I|we)\\s+give\\s+you\\s+(?:my|our)\\s+(?:word|promise|guarantee|assurance)\\b`,
  ].join('|'),
  'gi',
);

/** Subject + future modal + main verb: "we will fix", "I'll call", "the ministry is going to publish", "let me check". */
const FUTURE = new RegExp(`\\b(I|we|${ORG_NOUN}|let\\s+me)(${MODAL})?\\s+([a-z]+)`, 'gi');

/** "Yes, I will." / "We shall.": agreeing to do what was asked. */
const ELLIPTICAL = new RegExp(`\\b(?:I|we)(?:\\s+(?:will|shall)|\\s*${APOS}ll\\s+do\\s+(?:it|that|so))(?=\\s*(?:[.,!;]|$))`, 'gi');

/** A named body + future + any verb: "MDS will publish", "Omantel will refund", "Ahmed will call you back". */
const NAMED_FUTURE = new RegExp(`\\b([A-Z][A-Za-z]*)(?:,\\s*[a-z]+,)?\\s+(?:will|shall)${ADVERBS}\\s+([a-z]+)`, 'g');

/** Anyone + future + a verb of deliberate action: "Congress will repeal", "the road crew will repair". */
const ACTION_FUTURE = new RegExp(
  `\\b([a-z]+)(?:,\\s*[a-z]+,)?\\s+(?:will|shall)(?:\\s*:)?${ADVERBS}\\s+(?:${ACTION_VERBS.join('|')})\\b`,
  'gi',
);

/** "will be" + a participle: something will be done, whoever does it ("will be fixed", "would be formed"). */
const PASSIVE = new RegExp(
  `\\b(will|shall|would)(?:\\s+(?:also|further|soon|then|now|all|both|${LY_ADVERB}))*\\s+be(?:\\s+${LY_ADVERB})?\\s+((?:[a-z]+ed|${IRREGULAR}))\\b`,
  'gi',
);

/** Words that make "would" hypothetical rather than planned. */
const CONDITIONAL = /\b(?:if|unless|otherwise|could|might)\b/i;

/** "will" + verb in a clause that also names a deadline: "it will reopen within 48 hours". */
const WILL_VERB = new RegExp(`\\b(?:will|shall|${APOS}ll)(?:\\s+(?:be|also|soon|then|${LY_ADVERB}))*\\s+[a-z]+`, 'gi');

/** Subjects that do not speak for anyone: "you will", "if it will", "what will". */
const NOT_AGENT = /^(?:you|if|whether|what|when|how|why|which|who|it|this|that|there)$/i;

function deadlineIn(text: string, from: number): [number, number] | undefined {
  const [, clauseEnd] = clauseBounds(text, from);
  const m = DEADLINE.exec(text.slice(from, clauseEnd));
  return m ? [from + m.index, from + m.index + m[0].length] : undefined;
}

function published(text: string, at: number): boolean {
  const [s, e] = clauseBounds(text, at);
  return PUBLISHED.test(text.slice(s, e));
}

/** Commitment cues in one normalised English segment; `orgName` matches the ruleset's own names as a subject. */
export function englishCues(text: string, orgName: RegExp | null): Cue[] {
  const cues: Cue[] = [];
  const covered = (at: number) => cues.some((c) => at >= c.start && at < (c.deadline?.[1] ?? c.end));
  const skip = (at: number) => covered(at) || isQuestion(text, at) || published(text, at);
  const add = (rule: Cue['rule'], start: number, end: number, subject: Cue['subject']) =>
    cues.push({ rule, start, end, deadline: deadlineIn(text, end), subject });

  for (const m of text.matchAll(PROMISE)) {
    if (!skip(m.index)) add('promise', m.index, m.index + m[0].length, subjectOf(m[0]));
  }

  for (const m of text.matchAll(FUTURE)) {
    const letMe = /^let\s+me$/i.test(m[1]);
    if ((!m[2] && !letMe) || skip(m.index) || !isAction(m[3], text.slice(m.index + m[0].length))) continue;
    add('future-action', m.index, m.index + m[0].length, subjectOf(m[1]));
  }

  for (const m of text.matchAll(ELLIPTICAL)) {
    if (!skip(m.index)) add('future-action', m.index, m.index + m[0].length, subjectOf(m[0]));
  }

  if (orgName) {
    // "<Organisation name> will publish": the ruleset's own name as subject.
    const modalVerb = new RegExp(`^(?:${MODAL})\\s+([a-z]+)`, 'i');
    orgName.lastIndex = 0;
    for (const m of text.matchAll(orgName)) {
      const nameEnd = m.index + m[0].length;
      const after = modalVerb.exec(text.slice(nameEnd));
      if (!after || skip(m.index) || !isAction(after[1], text.slice(nameEnd + after[0].length))) continue;
      add('future-action', m.index, nameEnd + after[0].length, 'organisation');
    }
  }

  for (const m of text.matchAll(NAMED_FUTURE)) {
    // An acronym anywhere, or a capitalised word that does not merely start the sentence.
    const named = /^[A-Z]{2,}$/.test(m[1]) || (m.index > 0 && !/[.!?:;]\s*$/.test(text.slice(0, m.index)) && !/^(?:I|It|This|That|There)$/.test(m[1]));
    if (!named || m[2] === 'be' || NOT_ACTIONS.has(m[2]) || skip(m.index)) continue;
    add('future-action', m.index, m.index + m[0].length, 'none');
  }

  for (const m of text.matchAll(ACTION_FUTURE)) {
    if (NOT_AGENT.test(m[1]) || skip(m.index)) continue;
    add('future-action', m.index, m.index + m[0].length, 'none');
  }

  for (const m of text.matchAll(PASSIVE)) {
    if (STATE_PARTICIPLES.has(m[2].toLowerCase()) || skip(m.index)) continue;
    // "you will be blocked": a consequence for the reader, not something the writer undertakes.
    if (/\byou\s*$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    // "would be done" is a plan only outside a condition ("it would be refunded if you applied").
    if (m[1].toLowerCase() === 'would' && CONDITIONAL.test(text.slice(...clauseBounds(text, m.index)))) continue;
    add('future-passive', m.index, m.index + m[0].length, 'none');
  }

  for (const m of text.matchAll(WILL_VERB)) {
    if (skip(m.index)) continue;
    const end = m.index + m[0].length;
    const deadline = deadlineIn(text, end);
    if (deadline) cues.push({ rule: 'deadline', start: m.index, end, deadline, subject: 'none' });
  }

  return cues.sort((a, b) => a.start - b.start);
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
