// Specific undertakings versus statements of intent. "We will fix the lights on Way 3021 by Friday" is a promise the
// reader can hold the organisation to; "we remain committed to serving the community" is an intention. The guidance
// forbids making commitments without authority (Oman ITA, Social Media in Government (2016), Codes of Conduct; UK COI,
// Engaging through social media, "make commitments ... on behalf of government"): the risk is in the checkable ones.
import { clauseBounds, type Cue } from './cue.js';
import { ACTION_VERBS, DEADLINE, PLEDGE_VERBS } from './english-words.js';
import {
  ABSTRACT, ADVERB, AGENT_VERBS, AMOUNT, DELIVERABLE, DETERMINER, EFFORT_NOUNS, EFFORT_SUBJECT, EFFORT_VERBS, FAVOUR_NOUNS,
  FAVOUR_SUBJECT, FRAMES, HEDGE, JOINT, LEAD_IN, NAMED, NOUN_ENDING, PREPOSITION, PROMISING, SOFT_VERBS, WHEN,
} from './specificity-words.js';
import { baseCandidates, isFormOf } from './verb-forms.js';
import { matches } from '../../matches.js';

/** A checkable undertaking; a hedged one, or an intention tied to a date or a sum; an intention with nothing to check. */
export type Specificity = 'specific' | 'tentative' | 'vague';

interface Read {
  /** Where what is acted on begins, in the segment text; -1 when the act is concrete. */
  objectFrom: number;
  /** The act is a joint one ("work with the states to ..."): a concrete verb after "to" in the object still promises. */
  joint?: boolean;
  /** Where a concrete act's verb ends: what it acts on follows. */
  actEnd?: number;
  /** The soft verb acts on someone who is to act: a thing named in its object is theirs to deliver, not the writer's. */
  agent?: boolean;
}

const WORD = /[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|[;:]/g;

/** Reads the act a cue undertakes, from `from` on: frames are stepped over, and a soft verb or a bare frame is vague. */
function readAct(text: string, from: number, afterFrame: boolean): Read {
  const words = matches(WORD, text.slice(from)).map((m) => ({ w: m[0].toLowerCase(), at: from + m.index, end: from + m.index + m[0].length }));
  let frame = afterFrame;
  let afterTo = afterFrame;
  let promising = false;
  let joint = false;
  let nounNext = false;
  for (let i = 0; i < words.length; i++) {
    const { w, at, end } = words[i];
    if (w === 'be' || w === 'being' || ADVERB.test(w)) continue;
    if (w === 'to' || w === 'towards' || w === 'toward') {
      afterTo = w === 'to';
      continue;
    }
    if (DETERMINER.test(w)) {
      nounNext = true;
      continue;
    }
    // "steps will be taken in transport": a place or a field, not an act.
    if (frame && PREPOSITION.test(w)) return promising ? { objectFrom: -1, actEnd: at } : { objectFrom: at, joint };
    const base = baseOf(w);
    if (!nounNext && FRAMES.has(base)) {
      frame = true;
      promising ||= PROMISING.has(base);
      joint ||= JOINT.has(base);
      afterTo = false;
      continue;
    }
    // "take steps to", "give priority to", "make every effort to": an intention phrased as an act.
    if (!nounNext && EFFORT_VERBS.has(w)) {
      let j = i + 1;
      while (j < words.length && (DETERMINER.test(words[j].w) || ADVERB.test(words[j].w))) j++;
      if (words[j] && EFFORT_NOUNS.test(words[j].w)) {
        i = j;
        frame = true;
        afterTo = false;
        continue;
      }
      if (words[j] && FAVOUR_NOUNS.test(words[j].w)) return { objectFrom: words[j].end };
    }
    if (!nounNext && SOFT_VERBS.has(base)) {
      // "strengthen and expand the service": a concrete verb joined to the soft one carries the promise.
      if (words[i + 1]?.w === 'and' && words[i + 2] && isConcreteVerb(words[i + 2].w)) return { objectFrom: -1, actEnd: words[i + 2].end };
      return { objectFrom: end, joint: joint || JOINT.has(base), agent: AGENT_VERBS.has(base) };
    }
    // The cue's own verb or verb noun is the act; right after "to", anything but a noun is.
    const verbSlot = !frame || (afterTo && !nounNext);
    if (!frame || (verbSlot && (isConcreteVerb(w) || !NOUN_ENDING.test(w)))) {
      const next = words.slice(i + 1, i + 5).map((x) => x.w);
      // "built on the basis of", "build upon": carrying something on, not building it.
      if (base === 'build' || isFormOf(w, new Set(['build']))) {
        if (next[0] === 'on' || next[0] === 'upon') return { objectFrom: words[i + 1].end };
      }
      // "make the service more friendly": a comparison with no measure.
      if (isFormOf(w, new Set(['make'])) || w === 'make') {
        const more = next.findIndex((x) => /^(?:more|less|better)$/.test(x));
        if (more >= 0) return { objectFrom: words[i + 1 + more].end };
      }
      return { objectFrom: -1, actEnd: end };
    }
    // A thing after a frame: promised outright ("promises a new rail link"), or only intended ("committed to a ...").
    return promising ? { objectFrom: -1, actEnd: at } : { objectFrom: at, joint };
  }
  return { objectFrom: frame && !promising ? text.length : -1, joint };
}

/** Verbs of delivery: the action and pledge verbs that are neither soft nor a frame. */
const CONCRETE = new Set(
  [...ACTION_VERBS, ...PLEDGE_VERBS].map((v) => v.split(' ')[0]).filter((v) => !SOFT_VERBS.has(v) && !FRAMES.has(v)),
);

function isConcreteVerb(w: string): boolean {
  return CONCRETE.has(w) || isFormOf(w, CONCRETE);
}

/** The base form of a verb form when it is one we know ("strengthening" -> "strengthen", "dealt" -> "deal"). */
function baseOf(w: string): string {
  const known = (b: string) => SOFT_VERBS.has(b) || FRAMES.has(b);
  if (known(w)) return w;
  const candidates = [w.replace(/s$/, ''), ...baseCandidates(w)];
  // Nouns of the act: "encouragement", "promotion", "facilitation".
  for (const suffix of ['ment', 'ation', 'ion']) {
    if (w.endsWith(suffix)) candidates.push(w.slice(0, -suffix.length), `${w.slice(0, -suffix.length)}e`);
  }
  return candidates.find(known) ?? w;
}

/** "we aim to", "we intend to", "we plan to", "we hope to": what is aimed at, not undertaken. */
const ASPIRATION = /\b(?:aims?|intends?|plans?|planning|hopes?)\s+to\b/i;

/** Whether `text` names an amount, a date or a named law, body or place anywhere in it. */
function hasParticulars(text: string): boolean {
  return AMOUNT.test(text) || WHEN.test(text) || DEADLINE.test(text) || NAMED.test(text);
}

/** Words that end the head of a noun phrase: a preposition, a clause or a second conjunct. */
const HEAD_END = /\b(?:of|for|in|to|towards?|with|through|by|from|on|at|under|across|among|that|which|who|where|so|and|or|as|will|shall|would|is|are)\b|[,;:–(]/i;

/** The head of the phrase at the start of `text` ("on the new ferry service for ..." -> "the new ferry service"). */
function headOf(text: string): string {
  const rest = text.replace(/^\s*(?:\d{1,2}[.)]\s*)?(?:(?:on|with|for|to|towards?|in|about|upon|into|up|out|forward|back|that|this|these|those)\s+)*/i, '');
  const cut = HEAD_END.exec(rest);
  if (!cut) return rest;
  const head = rest.slice(0, cut.index);
  // "the passage of the bill", "creation of a fund": an act named as a noun is about its "of" phrase.
  if (/^of$/i.test(cut[0]) && /\b[a-z]+(?:tion|sion|ment|age|al|ing)\s*$/.test(head)) return head + headOf(rest.slice(cut.index + 2));
  return head;
}

/** Whether what is acted on is checkable: particulars anywhere, or a thing to be delivered at its head. */
export function isConcrete(after: string, subject = '', agent = false): boolean {
  if (hasParticulars(after) || hasParticulars(subject)) return true;
  return !agent && (DELIVERABLE.test(headOf(after)) || DELIVERABLE.test(headOf(subject)));
}

/** Where the words of the act start: the verb at the end of the cue ("We will work"), the frame ("is committed to"). */
function actStart(text: string, cue: Cue): { from: number; framed: boolean } {
  const quoted = text.slice(cue.start, cue.end);
  if (cue.rule === 'pledge') return { from: cue.start, framed: false };
  if (/\bto\s*$/i.test(quoted)) return { from: cue.end, framed: true };
  const last = /(?<![A-Za-z])([A-Za-z][A-Za-z'’-]*)(\s+(?:up|in|out|about|with))?\s*$/.exec(quoted);
  return { from: last ? cue.start + last.index : cue.end, framed: false };
}

/** "with the states to set up labs": the concrete act a joint effort is for. */
function jointAct(after: string): boolean {
  return matches(/\bto\s+([a-z]+)/gi, after).some((m) => isConcreteVerb(m[1].toLowerCase()));
}

/** The words after `from` up to the next future ("... on tourism and we will open ..." stops before "we will"). */
function clauseOf(text: string, from: number): string {
  const rest = text.slice(from);
  const next = /\b(?:and|but|while)\s+(?:I|we|the\s+[a-z]+|[A-Z][a-z]+)\s+(?:will|shall|would)\b/.exec(rest);
  return next ? rest.slice(0, next.index) : rest;
}

/** How specific one English commitment cue is; only undertakings are judged, replies and deadlines are specific. */
export function specificity(text: string, cue: Cue): Specificity {
  const read = readCue(text, cue);
  // A hedged undertaking is still reported, as a note.
  return read === 'specific' && HEDGE.test(text.slice(...clauseBounds(text, cue.start))) ? 'tentative' : read;
}

function readCue(text: string, cue: Cue): Specificity {
  if (!['future-action', 'future-passive', 'promise', 'pledge'].includes(cue.rule) || cue.deadline) return 'specific';
  // "We aim to reduce waiting times": an aim is a note when something checkable is named, else only an intention.
  if (cue.rule === 'future-action' && ASPIRATION.test(text.slice(cue.start, cue.end))) {
    return isConcrete(clauseOf(text, cue.end)) ? 'tentative' : 'vague';
  }
  const { from, framed } = actStart(text, cue);
  let read = readAct(text, from, framed);
  const before = text.slice(0, cue.start);
  if (cue.rule === 'future-passive' && read.objectFrom < 0 && EFFORT_SUBJECT.test(before.replace(/(?<!\s)\s*(?:will|shall|would)\s*$/i, ''))) {
    // "Efforts will be made to widen access": read on after the participle as after a frame.
    read = readAct(text, cue.end, true);
    if (read.objectFrom < 0) return 'specific';
  }
  // "Priority will be given to ...": what follows is the thing favoured.
  if (cue.rule === 'future-passive' && read.objectFrom < 0 && FAVOUR_SUBJECT.test(before)) read = { objectFrom: cue.end };
  if (read.objectFrom < 0 && lookingInto(text, cue, read.actEnd)) return 'tentative';
  if (read.objectFrom < 0) return abstractAct(text, cue, read.actEnd, before) ? vagueness(text) : 'specific';
  // What is acted on: after the verb up to the next future clause, and for a passive also its subject.
  const after = clauseOf(text, read.objectFrom);
  // For a passive, what is acted on is also its subject ("Air cargo facilities will be enhanced").
  if (isConcrete(after, passiveSubject(cue, before), read.agent) || (read.joint && jointAct(after)) || toReader(after)) return 'specific';
  // "we'll look into it": looking into the matter in hand, with no deadline, is a vague undertaking: a note.
  if ((cue.subject === 'self' || cue.subject === 'we') && MATTER_IN_HAND.test(after)) return 'tentative';
  return vagueness(text);
}

/** A concrete verb acting on an abstraction ("bring reform", "the credibility ... shall be restored"), with no particulars. */
function abstractAct(text: string, cue: Cue, actEnd: number | undefined, before: string): boolean {
  const subject = passiveSubject(cue, before);
  const after = actEnd === undefined ? '' : clauseOf(text, actEnd);
  const head = cue.rule === 'future-passive' ? headOf(subject) : headOf(after);
  const noun = lastWord(head);
  const concrete = (t: string) => hasParticulars(t) || DELIVERABLE.test(t);
  return ABSTRACT.test(noun) && !concrete(after) && !concrete(subject);
}

/** The last run of letters and hyphens holding a letter, read backwards from the end (a pattern for it costs a square). */
function lastWord(head: string): string {
  const isWordChar = (c: string) => c === '-' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  let last = head.length - 1;
  while (last >= 0 && !(isWordChar(head[last]) && head[last] !== '-')) last--;
  // No letter at all: the first run of hyphens stands for the word.
  if (last < 0) return /-+/.exec(head)?.[0] ?? '';
  let start = last;
  while (start > 0 && isWordChar(head[start - 1])) start--;
  let end = last + 1;
  while (head[end] === '-') end++;
  return head.slice(start, end);
}

/** The subject of a passive future: the clause before the cue, minus a list mark and a linking word. */
function passiveSubject(cue: Cue, before: string): string {
  if (cue.rule !== 'future-passive') return '';
  // The first clause that is not a lead-in ("Thus,", "In the next five years,", "particularly those ...").
  const clauses = before.replace(/^\s*(?:\d{1,2}[.)]\s*)?/, '').split(/[,;:–]/).map((c) => c.trim()).filter((c) => /[A-Za-z]/.test(c));
  const subject = clauses.find((c) => !LEAD_IN.test(c)) ?? before;
  return subject.replace(/^(?:and|so|then)\s+/i, '');
}

function vagueness(text: string): Specificity {
  return AMOUNT.test(text) || WHEN.test(text) || DEADLINE.test(text) ? 'tentative' : 'vague';
}

/** "into it", "at this now", "with that": a pronoun for the matter under discussion ("this success" is not one). */
const MATTER_IN_HAND =
  /^\s*(?:(?:into|at|to|with|on)\s+)?(?:it\b|(?:this|that)(?=\s*(?:[.,;!?]|$)|\s+(?:for|with|to|by|on|in|at|now|today|tomorrow|soon|right|straight)\b))/i;

/** Verbs of looking into a matter: "look into", "check", "follow up", "investigate". */
const FOLLOW_UPS = new Set(['look', 'check', 'follow', 'investigate', 'examine']);

/** "We'll look into it", "I'll check": the writer looks into the matter in hand, for nobody named and by no date. */
function lookingInto(text: string, cue: Cue, actEnd: number | undefined): boolean {
  if (actEnd === undefined || (cue.subject !== 'self' && cue.subject !== 'we')) return false;
  const verb = /([A-Za-z]+)$/.exec(text.slice(cue.start, actEnd))?.[1].toLowerCase() ?? '';
  if (!FOLLOW_UPS.has(verb) && !FOLLOW_UPS.has(baseOf(verb))) return false;
  const rest = clauseOf(text, actEnd).replace(/^\s*(?:up|on|out)\b/i, '');
  return !toReader(rest) && (MATTER_IN_HAND.test(rest) || /^\s*(?:[.,;!]|$)/.test(rest));
}

/** Said to the reader ("review your application"): the reader can hold the writer to it. */
function toReader(after: string): boolean {
  return /\b(?:you|your|yours)\b/i.test(after);
}

/** English cues with statements of intent dropped and intentions tied to a date or sum marked tentative. */
export function keepSpecific(text: string, cues: Cue[]): Cue[] {
  const out: Cue[] = [];
  for (const cue of cues) {
    const s = specificity(text, cue);
    if (s === 'specific') out.push(cue);
    else if (s === 'tentative') out.push({ ...cue, tentative: true });
  }
  return out;
}
