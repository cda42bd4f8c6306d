// The kinds of aggressive tone and how they rank; their words and severities are in the check's metadata.
import type { Hit } from '../../types.js';

export type ToneRule =
  | 'insult'
  | 'profanity'
  | 'slur'
  | 'threat'
  | 'curse'
  | 'dismissive'
  | 'shouting'
  | 'exclamations';

/** Rules whose message quotes the words that drive them. */
export function quotesWords(rule: string): boolean {
  return rule !== 'shouting' && rule !== 'exclamations';
}

/** A hit in normalised-segment offsets; the check adds the words as typed, and the metadata words and grades it. */
export function toneHit(rule: ToneRule, start: number, end: number): Hit {
  return { rule, start, end };
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
 * Every match of a global regex as a hit of `rule`. The span is group `group` when it took part (the regex then needs
 * the `d` flag), else the whole match.
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
    hits.push(toneHit(rule, span[0], span[1]));
  }
  return hits;
}
