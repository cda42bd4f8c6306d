// employer-disrepute: a personal account names its employer in a post that also attacks or accuses (an aggressive-tone
// or accusation finding at warning or above): one error of its own on the first mention of the employer. The employer
// is looked for only in such a post, so the rule costs nothing on the others.
import type { Check, CheckEnv, Finding, Hit, PlacedHit, Ruleset, Severity } from '../types.js';
import { employerDisreputeMeta } from '../checks/meta/employer-disrepute.js';
import { employerMentions } from './employer-mentions.js';
import { sentenceMemo, sentences } from './sentences.js';

/** The checks whose findings make a post one that could bring the employer into disrepute. */
export const HEATED_CHECKS: ReadonlySet<string> = new Set(['aggressive-tone', 'accusation']);

const mentionsIn = sentenceMemo((segment, ruleset) => employerMentions(segment, ruleset as Ruleset));

/** An account not yet known to be the person's may be the organisation's own: at most a warning there. */
function severityFor(env: CheckEnv): Severity {
  return env.context.capacity === 'unknown' && env.config.severity === 'error' ? 'warning' : env.config.severity;
}

export const employerDisrepute: Check = {
  meta: employerDisreputeMeta,

  // Nothing to read sentence by sentence: the rule needs the other checks' findings first.
  scan(): Hit[] {
    return [];
  },

  crossCheck(_hits: PlacedHit[], findings: readonly Finding[], draft: string, env: CheckEnv): PlacedHit[] {
    // An official account is the employer speaking: the tone and accusation checks already hold it to account.
    if (env.context.capacity === 'official') return [];
    // A note (a pile of exclamation marks) is not an attack.
    if (!findings.some((f) => HEATED_CHECKS.has(f.check) && f.severity !== 'info')) return [];
    for (const sentence of sentences(draft)) {
      const first = mentionsIn(sentence.segment, env.ruleset)[0];
      if (!first) continue;
      const [start, end] = sentence.toDraft(first.start, first.end);
      const words = draft.slice(start, end).replace(/\s+/g, ' ');
      return [{ rule: 'named-employer', start, end, params: { words }, severity: severityFor(env), segment: sentence.index }];
    }
    return [];
  },
};
