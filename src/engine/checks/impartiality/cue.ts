// What a finder reports: a stretch of a sentence that takes a side, and whether it needs politics elsewhere in the post.

export type ImpartialityRule = 'endorsement' | 'party-politics';

export interface SideTaken {
  start: number;
  end: number;
  rule: ImpartialityRule;
  /** A cue that is also said of jobs, awards or parties with music ("our candidate", "the best party"): it counts only in a post about politics. */
  weak?: boolean;
}

/** The spans of `re` (global) in `text` as cues of one rule. */
export function cuesOf(re: RegExp, text: string, rule: ImpartialityRule, weak = false): SideTaken[] {
  const out: SideTaken[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, rule, ...(weak ? { weak } : {}) });
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}
