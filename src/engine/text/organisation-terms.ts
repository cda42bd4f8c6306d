// The ruleset's organisation words (name, aliases, topics, disclosure phrases) as whole-word patterns, built once per ruleset.
import type { Ruleset } from '../types.js';
import { wordListRegex } from './words.js';

export interface OrganisationTerms {
  /** The organisation's name and aliases, or null when the ruleset names none. */
  names: RegExp | null;
  /** Subjects that are the organisation's business. */
  topics: RegExp | null;
  /** Extra phrases the ruleset accepts as a disclosure. */
  disclosures: RegExp | null;
}

const cache = new WeakMap<Ruleset, OrganisationTerms>();

/** The ruleset's organisation words as regexes, built once per ruleset object. */
export function organisationTerms(ruleset: Ruleset): OrganisationTerms {
  let terms = cache.get(ruleset);
  if (!terms) {
    const org = ruleset.organisation;
    terms = {
      names: org ? wordListRegex([org.name, ...(org.aliases ?? [])]) : null,
      topics: org?.topics ? wordListRegex(org.topics) : null,
      disclosures: ruleset.disclosurePhrases ? wordListRegex(ruleset.disclosurePhrases) : null,
    };
    cache.set(ruleset, terms);
  }
  return terms;
}
