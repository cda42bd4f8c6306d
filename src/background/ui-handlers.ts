// Answers the popup's and options page's own messages; the router hands over every type it does not know.
import { validateRuleset } from '../ruleset/validate.js';
import type { RulesetProblem } from '../ruleset/types.js';
import type { Ruleset } from '../ruleset/types.js';
import { STORAGE, type DismissedRow, type ImportFailure, type ImportResult } from '../shared/messages.js';
import { IMPORT_MAX_DEPTH, jsonBytes, jsonDepth, localQuotaBytes } from '../shared/import-limits.js';
import { isObject as isRecord } from '../shared/json.js';
import { UI_MESSAGE_TYPES } from './message-rules.js';

/** The part of chrome.storage.local these handlers use, so tests can pass an in-memory one. */
export interface LocalArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface UiHandlerDeps {
  storage: LocalArea;
  validate?: (value: unknown) => RulesetProblem[];
  /** storage.local's quota in bytes (default: what the browser reports). */
  quotaBytes?: number;
}

/** Only well-formed entries: storage may hold anything an older version wrote. */
export function dismissedRows(stored: unknown): DismissedRow[] {
  if (!isRecord(stored)) return [];
  const rows: DismissedRow[] = [];
  for (const [key, v] of Object.entries(stored)) {
    if (!isRecord(v) || typeof v.check !== 'string') continue;
    rows.push({
      key,
      check: v.check,
      rule: typeof v.rule === 'string' ? v.rule : '',
      site: typeof v.site === 'string' ? v.site : '',
      at: typeof v.at === 'number' && Number.isFinite(v.at) ? v.at : 0,
    });
  }
  return rows.sort((a, b) => b.at - a.at || a.key.localeCompare(b.key));
}

/** Counts only: anything that is not a non-negative whole number is dropped. */
export function statCounts(stored: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (!isRecord(stored)) return out;
  for (const [check, n] of Object.entries(stored)) {
    if (typeof n === 'number' && Number.isInteger(n) && n >= 0) out[check] = n;
  }
  return out;
}

export function importProblems(value: unknown, validate: (value: unknown) => RulesetProblem[]): RulesetProblem[] {
  if (!isRecord(value)) return [{ path: '', message: 'a ruleset must be a JSON object' }];
  return validate(value);
}

/**
 * Returns the handler: a promise of the answer for the UI's message types, undefined for any other type
 * so the router can tell "not mine" from "answered with nothing".
 */
export function createUiHandlers(deps: UiHandlerDeps): (msg: { type: string }) => Promise<unknown> | undefined {
  const { storage } = deps;
  const validate = deps.validate ?? validateRuleset;
  const quota = deps.quotaBytes ?? localQuotaBytes();

  async function read(key: string): Promise<unknown> {
    return (await storage.get(key))[key];
  }

  async function handle(msg: { type: string } & Record<string, unknown>): Promise<unknown> {
    switch (msg.type) {
      case 'dismissed:list':
        return dismissedRows(await read(STORAGE.dismissed));
      case 'dismissed:reset': {
        if (typeof msg.key !== 'string') return storage.remove(STORAGE.dismissed);
        const stored = await read(STORAGE.dismissed);
        if (!isRecord(stored) || !(msg.key in stored)) return undefined;
        const { [msg.key]: _gone, ...rest } = stored;
        return storage.set({ [STORAGE.dismissed]: rest });
      }
      case 'stats:get':
        return statCounts(await read(STORAGE.stats));
      case 'stats:reset':
        return storage.remove(STORAGE.stats);
      case 'ruleset:get-user': {
        const user = await read(STORAGE.userRuleset);
        return isRecord(user) ? (user as Ruleset) : {};
      }
      case 'ruleset:import':
        return importRuleset(msg.ruleset);
      case 'prefs:set':
        if (msg.uiLang === 'en' || msg.uiLang === 'ar') return storage.set({ [STORAGE.uiLang]: msg.uiLang });
        return storage.remove(STORAGE.uiLang);
      default:
        return undefined;
    }
  }

  // A refused file changes nothing: the ruleset in force and the person's own layer stay as they were.
  async function importRuleset(value: unknown): Promise<ImportResult> {
    const failed = (failure: ImportFailure, detail?: string): ImportResult =>
      detail === undefined ? { ok: false, problems: [], failure } : { ok: false, problems: [], failure, detail };
    if (jsonDepth(value, IMPORT_MAX_DEPTH) > IMPORT_MAX_DEPTH) return failed('too-deep', String(IMPORT_MAX_DEPTH));
    const bytes = jsonBytes(value);
    if (bytes === undefined) return failed('unsendable');
    if (bytes > quota) return failed('too-large', String(quota));
    const problems = importProblems(value, validate);
    if (problems.length) return { ok: false, problems };
    try {
      await storage.set({ [STORAGE.userRuleset]: value });
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return /quota/i.test(why) ? failed('too-large', String(quota)) : failed('storage', why);
    }
    return { ok: true };
  }

  return (msg) => (UI_MESSAGE_TYPES.has(msg.type) ? handle(msg as { type: string } & Record<string, unknown>) : undefined);
}

let live: ((msg: { type: string }) => Promise<unknown> | undefined) | undefined;

/** For the background router: `const answer = handleUiMessage(msg); if (answer) return answer;` */
export function handleUiMessage(msg: { type: string }): Promise<unknown> | undefined {
  live ??= createUiHandlers({ storage: chrome.storage.local as unknown as LocalArea });
  return live(msg);
}
