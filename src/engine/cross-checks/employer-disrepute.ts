// employer-disrepute: a personal account names its employer in a post that also attacks or accuses (an aggressive-tone
// or accusation finding at warning or above): one error of its own on the first mention of the employer.
import type { Check, CheckEnv, Finding, Hit, PlacedHit, Segment, Severity } from '../types.js';
import { quoter } from '../text/quote.js';
import { employerDisreputeMeta } from '../checks/meta/employer-disrepute.js';
import { employerMentions } from './employer-mentions.js';

/** The checks whose findings make a post one that could bring the employer into disrepute. */
export const HEATED_CHECKS: ReadonlySet<string> = new Set(['aggressive-tone', 'accusation']);

const EMPLOYER = 'employer';

/** An account not yet known to be the person's may be the organisation's own: at most a warning there. */
function severityFor(env: CheckEnv): Severity {
  return env.context.capacity === 'unknown' && env.config.severity === 'error' ? 'warning' : env.config.severity;
}

export const employerDisrepute: Check = {
  meta: employerDisreputeMeta,

  scan(segment: Segment, env: CheckEnv): Hit[] {
    // An official account is the employer speaking: the tone and accusation checks already hold it to account.
    if (env.context.capacity === 'official') return [];
    const quote = quoter(segment);
    return employerMentions(segment, env.ruleset).map(({ start, end }) => ({
      rule: 'named-employer',
      start,
      end,
      params: { words: quote(start, end) },
      signal: EMPLOYER,
    }));
  },

  crossCheck(hits: PlacedHit[], findings: readonly Finding[], env: CheckEnv): PlacedHit[] {
    // A note (a pile of exclamation marks) is not an attack.
    if (!findings.some((f) => HEATED_CHECKS.has(f.check) && f.severity !== 'info')) return [];
    const mentions = hits.filter((h) => h.signal === EMPLOYER);
    if (mentions.length === 0) return [];
    const first = mentions.reduce((a, b) => (b.start < a.start ? b : a));
    return [{ ...first, signal: undefined, severity: severityFor(env) }];
  },
};
