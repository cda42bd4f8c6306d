// The one place a compose box's findings are turned into what may leave the content script: check, rule and severity.
import type { Omitted } from '../engine/analyzer.js';
import type { Capacity, Finding, Severity } from '../engine/types.js';
import type { CapacitySource, ComposerState, FindingSummary } from './messages.js';

const SEVERITIES: ReadonlySet<string> = new Set<Severity>(['info', 'warning', 'error']);
const CAPACITIES: ReadonlySet<string> = new Set<Capacity>(['official', 'personal', 'unknown']);
const SOURCES: ReadonlySet<string> = new Set<CapacitySource>(['ruleset', 'person', 'unknown']);

/**
 * Copies only the three fields by name, so a message quoting the draft ("Phone number: 9123 4567"), its offsets or
 * any field a check adds later never reach the background, the popup or storage.
 */
export function summariseFindings(findings: readonly Pick<Finding, 'check' | 'rule' | 'severity'>[]): FindingSummary[] {
  const out: FindingSummary[] = [];
  for (const f of findings) {
    if (typeof f?.check !== 'string' || typeof f.rule !== 'string' || !SEVERITIES.has(f.severity)) continue;
    out.push({ check: f.check, rule: f.rule, severity: f.severity });
  }
  return out;
}

export interface ComposerFacts {
  site: string;
  account?: string;
  capacity: ComposerState['capacity'];
  capacitySource: CapacitySource;
}

/** A check id as the engine writes them; anything else is not passed on. */
const CHECK_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** More failed checks than there are checks means the report is not ours. */
const MAX_FAILED = 32;

/** The ids of the checks that failed, checked by shape and deduplicated, so no text rides along as an "id". */
export function failedCheckIds(ids: unknown): string[] {
  if (!Array.isArray(ids)) return [];
  const out = new Set<string>();
  for (const id of ids.slice(0, MAX_FAILED)) if (typeof id === 'string' && CHECK_ID.test(id)) out.add(id);
  return [...out];
}

/** Findings a draft can have left out: far more than its length allows means the report is not ours. */
const MAX_OMITTED = 10_000_000;

/** The count of findings left out, checked by shape, or undefined when none were. */
export function omittedCount(omitted: unknown): ComposerState['omitted'] {
  if (!omitted || typeof omitted !== 'object') return undefined;
  const { count, partial } = omitted as Record<string, unknown>;
  if (!Number.isSafeInteger(count) || (count as number) < 0 || (count as number) > MAX_OMITTED) return undefined;
  if (count === 0 && partial !== true) return undefined;
  return { count: count as number, partial: partial === true };
}

/** What a tab reports about its active compose box. */
export function composerState(facts: ComposerFacts, open: readonly Finding[], failedChecks: readonly string[] = [], omitted?: Omitted): ComposerState {
  const state: ComposerState = {
    site: facts.site,
    capacity: facts.capacity,
    capacitySource: facts.capacitySource,
    findings: summariseFindings(open),
    paused: false,
  };
  if (facts.account) state.account = facts.account;
  const failed = failedCheckIds(failedChecks);
  if (failed.length) state.failedChecks = failed;
  const more = omittedCount(omitted);
  if (more) state.omitted = more;
  return state;
}

/**
 * The background's copy of a report from a content script: the same fields, findings summarised again, so an older
 * content script still running in a tab cannot put draft text into storage.
 */
export function sanitiseComposerState(state: ComposerState | null | undefined): ComposerState | null {
  if (!state || typeof state !== 'object' || typeof state.site !== 'string') return null;
  const clean: ComposerState = {
    site: state.site,
    capacity: CAPACITIES.has(state.capacity) ? state.capacity : 'unknown',
    capacitySource: SOURCES.has(state.capacitySource) ? state.capacitySource : 'unknown',
    findings: Array.isArray(state.findings) ? summariseFindings(state.findings) : [],
    paused: state.paused === true,
  };
  if (typeof state.account === 'string' && state.account) clean.account = state.account;
  const failed = failedCheckIds(state.failedChecks);
  if (failed.length) clean.failedChecks = failed;
  const more = omittedCount(state.omitted);
  if (more) clean.omitted = more;
  return clean;
}
