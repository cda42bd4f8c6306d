// The messages between content scripts, the background, the popup and the options page.
import type { Capacity, Finding, Lang, Ruleset } from '../engine/types.js';
import type { RulesetProblem } from '../ruleset/types.js';
import { isObject } from './json.js';

/** How the capacity shown for an account was decided. */
export type CapacitySource = 'ruleset' | 'person' | 'unknown';

/** A finding as it may leave the content script: no offsets, message or quote, so nothing of the draft. */
export type FindingSummary = Pick<Finding, 'check' | 'rule' | 'severity'>;

/** What the content script of a tab reports about its active compose box. */
export interface ComposerState {
  site: string;
  account?: string;
  capacity: Capacity;
  capacitySource: CapacitySource;
  /** Open (not dismissed) findings of the active compose box: which check and rule, never a word of the draft. */
  findings: FindingSummary[];
  paused: boolean;
  /** Ids of the checks that could not run on the active compose box (absent when every check ran): never the text. */
  failedChecks?: string[];
  /** How many findings of the active box `findings` leaves out (absent when none); `partial` when there may be more. */
  omitted?: { count: number; partial: boolean };
}

/** Where the ruleset in force came from, and any problem with a newer one. */
export interface RulesetStatus {
  source: 'builtin' | 'managed' | 'user';
  organisation?: string;
  version?: number | string;
  /** Problems of the last managed or imported ruleset that was refused; the one in force stays. */
  error?: { origin: 'managed' | 'import'; problems: RulesetProblem[]; at: number };
  /** Dotted paths the managed layer set and staff may not change, e.g. "checks.commitment". */
  locked: string[];
}

export interface EffectiveState {
  ruleset: Ruleset;
  status: RulesetStatus;
}

export type Message =
  | { type: 'state:get' } // -> EffectiveState
  | { type: 'composer:update'; state: ComposerState | null } // content -> background, per tab
  | { type: 'tab:get'; tabId: number } // popup -> background: ComposerState | null
  | { type: 'capacity:set'; site: string; account: string; capacity: Capacity } // -> void
  | { type: 'pause:set'; site: string; paused: boolean } // -> void
  | { type: 'stats:count'; checks: string[] } // content -> background: count findings fired, numbers only
  | { type: 'dismissed:add'; site: string; check: string; rule: string } // content -> background: a finding dismissed, never its text
  | { type: 'state:changed'; state: EffectiveState } // background -> content scripts when the ruleset in force changes
  | UiMessage;

/** A finding the person chose to hide: which check and where, never the text. */
export interface DismissedFinding {
  check: string;
  rule: string;
  site: string;
  /** When it was dismissed (ms since epoch). */
  at: number;
}

/** A dismissed finding as the options page lists it, with the key that shows it again. */
export type DismissedRow = DismissedFinding & { key: string };

/** Messages of the popup and the options page, answered by src/background/ui-handlers.ts. */
export type UiMessage =
  | { type: 'dismissed:list' } // -> Array<DismissedFinding & { key: string }>
  | { type: 'dismissed:reset'; key?: string } // -> void; no key resets them all
  | { type: 'stats:get' } // -> Record<string, number>
  | { type: 'stats:reset' } // -> void
  | { type: 'ruleset:get-user' } // -> Ruleset (the person's own layer, {} when none)
  | { type: 'ruleset:import'; ruleset: unknown } // -> ImportResult; replaces the person's own layer when valid
  | { type: 'prefs:set'; uiLang: Lang | null }; // -> void; null follows the browser language

/** Why an import was refused before or after validation; the options page words it in the person's language. */
export type ImportFailure = 'too-large' | 'too-deep' | 'unsendable' | 'storage' | 'unreadable' | 'no-answer';

export type ImportResult = { ok: true } | { ok: false; problems: RulesetProblem[]; failure?: ImportFailure; detail?: string };

/** The background's answer to a message it refuses (wrong sender, unknown type, bad shape) or fails to handle. */
export interface MessageError {
  error: string;
}

export function isMessageError(value: unknown): value is MessageError {
  return isObject(value) && Object.keys(value).length === 1 && typeof value.error === 'string';
}

/** storage.local keys, in one place so every page reads the same names. */
export const STORAGE = {
  /** The person's own choices over the ruleset (a partial Ruleset). */
  userRuleset: 'userRuleset',
  /** Last good managed ruleset, served at once at start-up. */
  managedCache: 'managedCache',
  /** Last refused managed or imported ruleset problems. */
  rulesetError: 'rulesetError',
  /** { "<site>|<account>": "official" | "personal" } chosen by the person. */
  capacityChoices: 'capacityChoices',
  /** { "<site>": true } where coaching is paused. */
  paused: 'paused',
  /** { "<check id>": number } how often each check fired. */
  stats: 'stats',
  /** "en" | "ar" | undefined (browser language). */
  uiLang: 'uiLang',
  /** { "<key>": DismissedFinding } findings the person dismissed. */
  dismissed: 'dismissed',
} as const;
