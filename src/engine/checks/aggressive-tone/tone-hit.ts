// The kinds of aggressive tone, and the message, severity and advice each one carries.
import type { Hit, Severity } from '../../types.js';

export type ToneRule =
  | 'insult'
  | 'profanity'
  | 'slur'
  | 'threat'
  | 'curse'
  | 'dismissive'
  | 'shouting'
  | 'exclamations';

const LABEL: Record<ToneRule, string> = {
  insult: 'Insult',
  profanity: 'Profanity',
  slur: 'Slur',
  threat: 'Threat',
  curse: 'Curse',
  dismissive: 'Dismissive remark',
  shouting: 'Shouting in capitals',
  exclamations: 'Pile of exclamation marks',
};

const SUGGESTION: Record<ToneRule, string> = {
  insult: 'Criticise the idea or the decision, not the person: say what you disagree with and why.',
  profanity: 'Leave the swearing out and say plainly what you object to.',
  slur: 'Remove the slur: it demeans people for who they are and has no place in any post.',
  threat: 'Remove the threat. If someone is abusive, do not engage: report the account to the platform or your manager.',
  curse: 'Remove the curse; stay calm and polite, or step away from the conversation.',
  dismissive: 'Stay calm and polite: answer the point, or do not engage with users who are abusive.',
  shouting: 'Write in normal sentence case; a run of capitals reads as shouting.',
  exclamations: 'One exclamation mark is enough; a pile of them reads as anger.',
};

/** Threats and slurs are never acceptable; a pile of exclamation marks is only a hint. */
const SEVERITY: Partial<Record<ToneRule, Severity>> = {
  slur: 'error',
  threat: 'error',
  exclamations: 'info',
};

/** Why a dismissive reply is singled out: the UK tip on abusive users, not only courtesy. */
const DISMISSIVE_WHY =
  'Do not engage with users who are aggressive or abusive, and do not answer in kind (UK Cabinet Office, ten tips for social media engagement, tip 10).';

/** 'Insult: "idiot"', or the bare label for rules that quote nothing (shouting). */
export function toneMessage(rule: ToneRule, words?: string): string {
  return words ? `${LABEL[rule]}: "${words.replace(/\s+/g, ' ').trim()}"` : LABEL[rule];
}

/** Rules whose message quotes the words that drive them. */
export function quotesWords(rule: string): boolean {
  return rule !== 'shouting' && rule !== 'exclamations';
}

/** A hit in normalised-segment offsets; `words` is what drives it, quoted in the message. */
export function toneHit(rule: ToneRule, start: number, end: number, words?: string): Hit {
  const hit: Hit = {
    rule,
    start,
    end,
    message: toneMessage(rule, words),
    suggestion: SUGGESTION[rule],
  };
  const severity = SEVERITY[rule];
  if (severity) hit.severity = severity;
  if (rule === 'dismissive') hit.why = DISMISSIVE_WHY;
  return hit;
}

/** Rank for choosing between overlapping word hits: the graver one stays. */
export const GRAVITY: Record<ToneRule, number> = {
  threat: 7,
  slur: 6,
  curse: 5,
  dismissive: 4,
  profanity: 3,
  insult: 2,
  shouting: 1,
  exclamations: 0,
};

/**
 * Every match of a global regex as a hit of `rule`. The span and the quoted words are group
 * `group` when it took part (the regex then needs the `d` flag), else the whole match.
 */
export function regexHits(re: RegExp, text: string, rule: ToneRule, group = 0): Hit[] {
  const hits: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const span = (group && m.indices?.[group]) || [m.index, m.index + m[0].length];
    hits.push(toneHit(rule, span[0], span[1], text.slice(span[0], span[1])));
  }
  return hits;
}
