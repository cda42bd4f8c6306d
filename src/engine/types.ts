// The project's vocabulary: every layer (engine, content script, background, CLI) speaks these shapes.

export type Severity = 'info' | 'warning' | 'error';
export type Capacity = 'official' | 'personal' | 'unknown';
export type Lang = 'en' | 'ar';

/** Who is posting, where, and in reply to what. */
export interface Context {
  capacity: Capacity;
  /** Host name of the site, e.g. "x.com". */
  site?: string;
  /** Handle or profile name of the account posting, e.g. "@OmanMDS". */
  account?: string;
  /** Text of the post being replied to, when known. */
  replyTo?: string;
  lang?: Lang;
}

/** One thing to look at before posting. Offsets are UTF-16 code units of the original text. */
export interface Finding {
  check: string;
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  why: string;
  suggestion?: string;
}

/** Where a check or a quick-reference line comes from in the guidelines. */
export interface Citation {
  /** Short name of the source document, e.g. "Oman ITA, Social Media in Government (2016)". */
  document: string;
  /** Section of that document, e.g. "Codes of Conduct". */
  section: string;
  /** The same in Arabic, e.g. "هيئة تقنية المعلومات، وسائل التواصل الاجتماعي في الحكومة (2016)" (src/engine/sources.ts names each source once). */
  ar?: { document: string; section: string };
}

export interface LocalText {
  en: string;
  ar: string;
}

/** Values a rule's templates name: `{words}` the quoted span as typed, `{count}` a number, and any other the rule declares. */
export type RuleParams = Record<string, string | number>;

/** What one rule of a check says, in both languages; templates name their values in braces, e.g. `Insult: "{words}"`. */
export interface RuleWords {
  message: LocalText;
  /** Defaults to the check's clause. */
  why?: LocalText;
  suggestion?: LocalText;
}

/** One rule of a check: its name for the options page and popup, its words, and its default severity when not the check's. */
export interface RuleMeta extends RuleWords {
  label: LocalText;
  defaultSeverity?: Severity;
  /** Other wordings of the same rule a hit may pick by name (e.g. "authorised"); missing fields fall back to the rule's own. */
  variants?: Record<string, Partial<RuleWords>>;
}

export interface CheckMeta {
  id: string;
  title: LocalText;
  defaultSeverity: Severity;
  /** Every rule a finding of this check can carry, with its words: the one place they are written. */
  rules?: Record<string, RuleMeta>;
  /** The guideline clause this check enforces, in the project's own words. */
  clause: LocalText;
  source: Citation;
  /**
   * JSON Schema (draft-07 subset) of this check's options in a ruleset: the one source the ruleset and managed schemas
   * are generated from. A check without options says so with an object schema of no properties.
   */
  optionsSchema: Record<string, unknown>;
}

/**
 * A sentence-sized piece of the draft, normalised for matching.
 * Checks match on `text` and report offsets in `text`; the engine maps them to the original.
 */
export interface Segment {
  /** Normalised text (NFKC, no zero-width or bidi controls, Western digits, no tashkeel/tatweel, unified Arabic letters, de-spaced hidden words). */
  text: string;
  /** The original text of this segment. */
  original: string;
  /** Offset of `original` in the whole draft. */
  offset: number;
  /** True when the segment contains Arabic letters. */
  hasArabic: boolean;
  /** True when the segment contains Latin letters. */
  hasLatin: boolean;
}

/** What a check reports inside one segment, in normalised-text offsets of that segment. */
export interface Hit {
  rule: string;
  start: number;
  end: number;
  /** Values for the rule's templates in the check's metadata; the engine words the finding in the context's language. */
  params?: RuleParams;
  /** A named wording of the rule (RuleMeta.variants). */
  variant?: string;
  /** Already-worded message; only for rules with no templates in metadata (the organisation's own rules). */
  message?: string;
  /** Overrides the check's clause text when a rule has a more specific reason. */
  why?: string;
  severity?: Severity;
  suggestion?: string;
  /** For document-level checks: a signal rather than a finding (e.g. "disclosure"). Signals are never shown. */
  signal?: string;
}

/** A hit mapped to the original draft. */
export interface PlacedHit extends Hit {
  /** Index of the segment it came from. */
  segment: number;
}

export interface CheckConfig {
  enabled: boolean;
  severity: Severity;
  options: Record<string, unknown>;
}

/** Everything a check can see besides the text: the post's context and the effective ruleset. */
export interface CheckEnv {
  context: Context;
  ruleset: Ruleset;
  config: CheckConfig;
}

export interface Check {
  meta: CheckMeta;
  /** Per-sentence scan; must be a pure function of (segment.text, env) so results can be cached. */
  scan(segment: Segment, env: CheckEnv): Hit[];
  /**
   * For a check whose hits have no natural bound (a manager's pattern may match every character): `scan` that stops
   * after `limit` hits and says whether it stopped early. The engine uses it instead of `scan` to bound its work.
   */
  scanUpTo?(segment: Segment, env: CheckEnv, limit: number): { hits: Hit[]; cut: boolean };
  /**
   * Optional whole-draft step over every segment's hits (already placed in original offsets),
   * e.g. a disclosure anywhere in the post answers employer talk anywhere else.
   * Returns the hits to report (signals are dropped afterwards).
   */
  combine?(hits: PlacedHit[], draft: string, env: CheckEnv): PlacedHit[];
  /**
   * For a rule across checks (src/engine/cross-checks.ts): the last step, given this check's hits (signals included)
   * and the findings of every check that ran before it. Returns the hits to report.
   */
  crossCheck?(hits: PlacedHit[], findings: readonly Finding[], draft: string, env: CheckEnv): PlacedHit[];
}

export interface QuickRefItem {
  id: string;
  title: LocalText;
  text: LocalText;
  source: Citation;
}

export interface QuickReference {
  principles: QuickRefItem[];
  conduct: QuickRefItem[];
  tips: QuickRefItem[];
}

export interface OfficialAccount {
  /** Host, e.g. "x.com", "facebook.com", "mastodon.social". */
  site: string;
  /** Handle or page name as shown on the site, e.g. "@OmanMDS" or "Ministry of Digital Services". */
  handle: string;
}

/** Words a manager writes for their own rule: one string, or the same words in English and Arabic (either may be left out). */
export type RuleText = string | Partial<LocalText>;

export interface CustomRule {
  id: string;
  /** Exact words (whole-word, case-insensitive), phrases, or a pattern run on a linear-time engine. */
  words?: string[];
  phrases?: string[];
  pattern?: string;
  /** Pattern flags: only "i" (case-insensitive) is accepted. */
  flags?: string;
  message: RuleText;
  why?: RuleText;
  severity: Severity;
  suggestion?: RuleText;
  /** Only in this capacity, when set. */
  capacity?: Capacity;
}

export interface Ruleset {
  $schema?: string;
  /** Human name of the ruleset, e.g. "Ministry of Digital Services social media rules". */
  name?: string;
  version?: number | string;
  organisation?: {
    name: string;
    /** Other names and short forms, in English and Arabic. */
    aliases?: string[];
    /** Subjects that are the organisation's business (e.g. "e-services portal"). */
    topics?: string[];
    website?: string;
  };
  /** Default phone region (ISO 3166 alpha-2) for numbers written without a country code. */
  defaultRegion?: string;
  officialAccounts?: OfficialAccount[];
  /** The organisation's public contact details: never flagged as personal details. */
  publicContacts?: {
    phones?: string[];
    emails?: string[];
    addresses?: string[];
  };
  /** Extra phrases that count as an affiliation disclosure. */
  disclosurePhrases?: string[];
  /** Whether this person may make commitments on the organisation's behalf. */
  authorisedToCommit?: boolean;
  /** What the organisation keeps inside until it is made public. */
  confidential?: {
    /** Code names of projects and embargoed topics, e.g. "Project Falcon". */
    terms?: string[];
    /** Shapes of internal reference numbers: "#" a digit, "@" a letter, e.g. "INT-####/##". */
    referenceShapes?: string[];
    /** Intranet host names, e.g. "intranet.mds.gov.om". */
    intranetHosts?: string[];
  };
  /** The organisation's private channels for one person's case: a handle for direct messages, a phone line, a form's link. */
  privateChannels?: string[];
  /** Political parties and politicians the impartiality check knows by name: each entry "Name | alias | alias". */
  politics?: {
    parties?: string[];
    politicians?: string[];
  };
  checks?: Record<string, Partial<CheckConfig>>;
  customRules?: CustomRule[];
  sites?: {
    /** Extra forum hosts where composers are coached. */
    forums?: string[];
    /** Mastodon instances. */
    mastodon?: string[];
  };
  quickReference?: QuickReference;
  /** Before posting: "off" (no review), "review" (show open findings), "block" (errors must be fixed). */
  review?: 'off' | 'review' | 'block';
  /** Whether the review on an official account says the post will be permanent and may be republished (default true). */
  permanenceNote?: boolean;
  /** Whether staff may pause the coach on a site (default true); a managed false locks pausing off. */
  allowPause?: boolean;
  /** Dotted paths of managed settings staff may change (everything else a managed ruleset sets is locked). */
  staffMayChange?: string[];
}
