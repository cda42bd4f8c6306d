// English futures about the reader's own case, as official replies state them: "Your visa will be ready tomorrow",
// "A technician will be at your house between 4 and 6 pm", "You'll receive your certificate on Wednesday". From an
// official account each tells the reader what the organisation will deliver, so each is an undertaking.
import { clauseBounds, isQuestion, type Cue } from './cue.js';
import { APOS, DEADLINE, FORECAST, NOT_ACTIONS, TIME_POINT } from './english-words.js';
import { matches } from '../../matches.js';

/** "will be ready", "will be in your account", "will arrive": what the reader's item will be or do. */
const ITEM_STATE =
  '(?:be\\s+(?:ready|on|in|at|with|back|available|included|there|sorted|done|fine|free|waived|valid|active|restored|delivered)|arrive|reach|appear|come|resume|return|go\\s+(?:out|through|live)|work|start|open|reopen)\\b';

/** "Your certificate will be ready", "your son's transfer will be done": the reader's own item, then its future. */
const READER_ITEM = new RegExp(
  `\\byour\\s+(?:[a-z'’-]+\\s+){0,3}?(?:will|shall|${APOS}ll)\\s+(?:(?:also|now|still|definitely|certainly|then)\\s+)?${ITEM_STATE}`,
  'gi',
);

/** People who come to or deal with the reader: "the doctor", "a technician", "our engineer", "one of our officers". */
const STAFF =
  '(?:doctors?|nurses?|technicians?|engineers?|officers?|inspectors?|drivers?|couriers?|agents?|specialists?|consultants?|representatives?|colleagues?|advis[eo]rs?|supervisors?|contractors?|workers?|surveyors?|team\\s+members?|crew)';

/** "The doctor will see you", "a technician will be at your house", "our engineer will call". */
const STAFF_FUTURE = new RegExp(
  `\\b(?:a|an|the|our|one\\s+of\\s+our)\\s+(?:[a-z-]+\\s+)?${STAFF}\\s+(?:will|shall|${APOS}ll)\\s+(?:(?:also|now|then|personally)\\s+)?(be\\s+(?:at|with|there|in\\s+touch|on\\s+site|available)|[a-z]+)(\\s+you\\b)?`,
  'gi',
);

/** "You'll receive", "you will get", "you will hear from us": the reader is handed something, with a time. */
const READER_RECEIVES = new RegExp(`\\byou(?:\\s*${APOS}ll|\\s+will|\\s+shall)\\s+(?:(?:also|then|now)\\s+)?(?:receive|get|hear|have(?!\\s+to\\b))\\b`, 'gi');

/** Verbs a person does to the reader ("see you", "call you"): visits and calls, not the writer's feelings. */
const TO_READER = new Set(['see', 'meet', 'call', 'contact', 'visit', 'phone', 'ring']);

/** The words each pattern cannot match without. */
const YOUR = /\byour\b/i;
const WILL = /will|shall|['’]ll/i;
const STAFF_WORD = new RegExp(STAFF, 'i');
const YOU_FUTURE = /\byou(?:\s*['’]ll|\s+will|\s+shall)\b/i;

/** A time after `from` in the same clause, by DEADLINE or TIME_POINT. */
function timeIn(text: string, from: number): [number, number] | undefined {
  const [, end] = clauseBounds(text, from);
  const rest = text.slice(from, end);
  const m = DEADLINE.exec(rest) ?? TIME_POINT.exec(rest);
  return m ? [from + m.index, from + m.index + m[0].length] : undefined;
}

/** Futures about the reader's own case in a normalised English segment; forecasts and conditions are not. */
export function readerCues(text: string): Cue[] {
  const cues: Cue[] = [];
  const open = (at: number) => {
    const clause = text.slice(...clauseBounds(text, at));
    return !isQuestion(text, at) && !FORECAST.test(clause) && !/\b(?:if|unless|whether|in\s+case)\b/i.test(clause);
  };
  const push = (rule: Cue['rule'], start: number, end: number, deadline?: [number, number]) => {
    if (!cues.some((c) => start < c.end && end > c.start)) cues.push({ rule, start, end, deadline, subject: 'none' });
  };
  if (YOUR.test(text)) {
    for (const m of matches(READER_ITEM, text)) {
      const end = m.index + m[0].length;
      if (open(m.index)) push('future-passive', m.index, end, timeIn(text, end));
    }
  }
  for (const m of WILL.test(text) && STAFF_WORD.test(text) ? matches(STAFF_FUTURE, text) : []) {
    const verb = m[1].toLowerCase();
    const toReader = m[2] !== undefined && TO_READER.has(verb);
    if ((NOT_ACTIONS.has(verb) && !toReader) || verb === 'be' || !open(m.index)) continue;
    const end = m.index + m[0].length;
    push('future-action', m.index, end, timeIn(text, end));
  }
  if (YOU_FUTURE.test(text)) {
    for (const m of matches(READER_RECEIVES, text)) {
      const end = m.index + m[0].length;
      const deadline = timeIn(text, end);
      if (deadline && open(m.index)) push('deadline', m.index, end, deadline);
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}
