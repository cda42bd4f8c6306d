// analyze(text, context) -> Finding[]: segments, normalises, runs each enabled check, caches per segment.
// A check that throws is recorded and skipped; the other checks still run. The findings listed are capped (finding-caps.ts).
import { normalize, toOriginal } from './normalize.js';
import { segment } from './segment.js';
import { CHECKS } from './checks/index.js';
import { CROSS_CHECKS } from './cross-checks.js';
import { resolveCheckConfig } from './check-config.js';
import { customRulesCheck } from './custom-rules.js';
import { wordHit } from './rule-words.js';
import { capFindings, MAX_HITS_SCANNED, type Omitted } from './finding-caps.js';
import type { Check, CheckEnv, Context, Finding, Hit, PlacedHit, Ruleset, Segment } from './types.js';

/** Segments remembered across calls: enough for several long drafts open at once. */
const CACHE_LIMIT = 4000;

export type { Omitted } from './finding-caps.js';

/** A check that threw during an analysis: which one, and the error's message (never the text it was reading). */
export interface CheckError {
  check: string;
  message: string;
}

/** What one analysis found, and which checks could not run on this text. */
export interface AnalysisResult {
  /** At most MAX_FINDINGS_PER_CHECK of each check and MAX_FINDINGS_PER_TEXT in all, errors kept first. */
  findings: Finding[];
  errors: CheckError[];
  /** The findings the caps left out of `findings`. */
  omitted: Omitted;
}

export interface Analyzer {
  analyze(text: string, context?: Partial<Context>): Finding[];
  /** The findings and the checks that failed, one error per check. */
  analyzeDetailed(text: string, context?: Partial<Context>): AnalysisResult;
  /** The checks that failed in the last analysis ([] when every check ran). */
  readonly errors: readonly CheckError[];
  readonly ruleset: Ruleset;
}

export interface AnalyzerOptions {
  /** The built-in checks to run instead of the engine's own: a seam for tests. */
  checks?: readonly Check[];
}

/** Arabic letters in any of their Unicode blocks, presentation forms included. */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN = /[A-Za-z]/;

interface CachedSegment {
  hits: Map<string, PlacedHit[]>; // check id -> hits in segment-relative original offsets
  failed: Map<string, string>; // check id -> message, for checks that threw on this segment
  cut: Set<string>; // ids of bounded checks that stopped scanning here (their hits here are incomplete)
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message || e.name : String(e);
}

export function createAnalyzer(ruleset: Ruleset, options: AnalyzerOptions = {}): Analyzer {
  // The rules across checks come last: they read the findings of all the others.
  const checks: Check[] = [...(options.checks ?? CHECKS), customRulesCheck(ruleset), ...CROSS_CHECKS].filter((c): c is Check => c !== null);
  const cache = new Map<string, CachedSegment>();
  let lastErrors: CheckError[] = [];

  function envFor(check: Check, context: Context): CheckEnv | null {
    const config = resolveCheckConfig(ruleset, check.meta);
    return config.enabled ? { context, ruleset, config } : null;
  }

  /** `budget(id)` is how many more hits a bounded check may collect in this analysis. */
  function scanSegment(original: string, offsetIndex: number, envs: Array<[Check, CheckEnv]>, budget: (id: string) => number): CachedSegment {
    const n = normalize(original);
    const seg: Segment = {
      text: n.text,
      original,
      offset: 0,
      hasArabic: ARABIC.test(original),
      hasLatin: LATIN.test(n.text),
    };
    const hits = new Map<string, PlacedHit[]>();
    const failed = new Map<string, string>();
    const cut = new Set<string>();
    for (const [check, env] of envs) {
      const placed: PlacedHit[] = [];
      try {
        let found: Hit[];
        if (check.scanUpTo) {
          const limit = budget(check.meta.id);
          const scanned = limit > 0 ? check.scanUpTo(seg, env, limit) : { hits: [], cut: true };
          if (scanned.cut) cut.add(check.meta.id);
          found = scanned.hits;
        } else {
          found = check.scan(seg, env);
        }
        for (const hit of found) {
          if (hit.end <= hit.start) continue;
          const [start, end] = toOriginal(n, hit.start, hit.end);
          placed.push({ ...hit, start, end, segment: offsetIndex });
        }
      } catch (e) {
        failed.set(check.meta.id, messageOf(e));
        continue; // none of this check's hits in this segment: a half-run check would report at random
      }
      hits.set(check.meta.id, placed);
    }
    return { hits, failed, cut };
  }

  function analyzeDetailed(text: string, partial: Partial<Context> = {}): AnalysisResult {
    const context: Context = { capacity: 'unknown', ...partial };
    const envs: Array<[Check, CheckEnv]> = [];
    for (const check of checks) {
      const env = envFor(check, context);
      if (env) envs.push([check, env]);
    }
    const ctxKey = `${context.capacity}\u0001${context.site ?? ''}\u0001${context.account ?? ''}\u0001${context.lang ?? ''}`;
    const spans = segment(text);
    const byCheck = new Map<string, PlacedHit[]>(envs.map(([c]) => [c.meta.id, []]));
    const failed = new Map<string, string>();
    // Bounded checks stop scanning once they have collected MAX_HITS_SCANNED hits in this draft.
    const collected = new Map<string, number>();
    const budget = (id: string) => MAX_HITS_SCANNED - (collected.get(id) ?? 0);
    const cutShort = new Set<string>();
    const bounded = new Set(envs.filter(([c]) => c.scanUpTo).map(([c]) => c.meta.id));
    spans.forEach((span, index) => {
      const original = text.slice(span.start, span.end);
      const key = `${ctxKey}\u0000${original}`;
      let entry = cache.get(key);
      if (entry) {
        cache.delete(key); // refresh recency
        // A sentence a bounded check left unfinished is read again by that check while it has budget left.
        const unfinished = envs.filter(([c]) => entry!.cut.has(c.meta.id) && budget(c.meta.id) > 0);
        if (unfinished.length) {
          const again = scanSegment(original, index, unfinished, budget);
          for (const [c] of unfinished) {
            const id = c.meta.id;
            entry.hits.delete(id);
            entry.failed.delete(id);
            entry.cut.delete(id);
            if (again.hits.has(id)) entry.hits.set(id, again.hits.get(id)!);
            if (again.failed.has(id)) entry.failed.set(id, again.failed.get(id)!);
            if (again.cut.has(id)) entry.cut.add(id);
          }
        }
      } else {
        entry = scanSegment(original, index, envs, budget);
      }
      cache.set(key, entry);
      for (const [id, message] of entry.failed) if (!failed.has(id)) failed.set(id, message);
      for (const id of entry.cut) cutShort.add(id);
      for (const [id, all] of entry.hits) {
        const list = byCheck.get(id)!;
        let hits = all;
        // A sentence from the cache counts against the budget too, so a draft reads the same however much was cached.
        if (bounded.has(id) && hits.length > budget(id)) {
          hits = hits.slice(0, Math.max(0, budget(id)));
          cutShort.add(id);
        }
        collected.set(id, (collected.get(id) ?? 0) + hits.length);
        for (const h of hits) list.push({ ...h, start: h.start + span.start, end: h.end + span.start, segment: index });
      }
    });
    while (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);

    const findings: Finding[] = [];
    const lang = context.lang === 'ar' ? 'ar' : 'en';
    for (const [check, env] of envs) {
      // A check that failed on part of the draft reports nothing: its hits elsewhere would be a guess.
      if (failed.has(check.meta.id)) continue;
      let hits = byCheck.get(check.meta.id)!;
      if (check.combine) {
        try {
          hits = check.combine(hits, text, env);
        } catch (e) {
          failed.set(check.meta.id, messageOf(e));
          continue;
        }
      }
      if (check.crossCheck) {
        try {
          hits = check.crossCheck(hits, findings, text, env);
        } catch (e) {
          failed.set(check.meta.id, messageOf(e));
          continue;
        }
      }
      for (const h of hits) {
        if (h.signal) continue;
        const words = wordHit(check.meta, h, lang);
        const finding: Finding = {
          check: check.meta.id,
          rule: h.rule,
          severity: h.severity ?? check.meta.rules?.[h.rule]?.defaultSeverity ?? env.config.severity,
          start: h.start,
          end: h.end,
          message: words.message,
          why: words.why,
        };
        if (words.suggestion) finding.suggestion = words.suggestion;
        findings.push(finding);
      }
    }
    const errors = envs.filter(([c]) => failed.has(c.meta.id)).map(([c]) => ({ check: c.meta.id, message: failed.get(c.meta.id)! }));
    lastErrors = errors;
    const capped = capFindings(sortFindings(findings));
    const stoppedEarly = envs.some(([c]) => cutShort.has(c.meta.id) && !failed.has(c.meta.id));
    return { findings: capped.findings, errors, omitted: { count: capped.omitted, partial: stoppedEarly } };
  }

  return {
    ruleset,
    analyzeDetailed,
    analyze: (text, context) => analyzeDetailed(text, context).findings,
    get errors() {
      return lastErrors;
    },
  };
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.check.localeCompare(b.check) || a.rule.localeCompare(b.rule));
}
