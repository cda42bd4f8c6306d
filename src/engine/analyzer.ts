// analyze(text, context) -> Finding[]: segments, normalises, runs each enabled check, caches per segment.
import { normalize, toOriginal } from './normalize.js';
import { segment } from './segment.js';
import { CHECKS } from './checks/index.js';
import { resolveCheckConfig } from './ruleset.js';
import { customRulesCheck } from './custom-rules.js';
import type { Check, CheckEnv, Context, Finding, PlacedHit, Ruleset, Segment } from './types.js';

/** Segments remembered across calls: enough for several long drafts open at once. */
const CACHE_LIMIT = 4000;

export interface Analyzer {
  analyze(text: string, context?: Partial<Context>): Finding[];
  readonly ruleset: Ruleset;
}

/** Arabic letters in any of their Unicode blocks, presentation forms included. */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN = /[A-Za-z]/;

interface CachedSegment {
  hits: Map<string, PlacedHit[]>; // check id -> hits in segment-relative original offsets
}

export function createAnalyzer(ruleset: Ruleset): Analyzer {
  const checks: Check[] = [...CHECKS, customRulesCheck(ruleset)].filter((c): c is Check => c !== null);
  const cache = new Map<string, CachedSegment>();

  function envFor(check: Check, context: Context): CheckEnv | null {
    const config = resolveCheckConfig(ruleset, check.meta);
    return config.enabled ? { context, ruleset, config } : null;
  }

  function scanSegment(original: string, offsetIndex: number, envs: Array<[Check, CheckEnv]>): CachedSegment {
    const n = normalize(original);
    const seg: Segment = {
      text: n.text,
      original,
      offset: 0,
      hasArabic: ARABIC.test(original),
      hasLatin: LATIN.test(n.text),
    };
    const hits = new Map<string, PlacedHit[]>();
    for (const [check, env] of envs) {
      const placed: PlacedHit[] = [];
      for (const hit of check.scan(seg, env)) {
        if (hit.end <= hit.start) continue;
        const [start, end] = toOriginal(n, hit.start, hit.end);
        placed.push({ ...hit, start, end, segment: offsetIndex });
      }
      hits.set(check.meta.id, placed);
    }
    return { hits };
  }

  return {
    ruleset,
    analyze(text: string, partial: Partial<Context> = {}): Finding[] {
      const context: Context = { capacity: 'unknown', ...partial };
      const envs: Array<[Check, CheckEnv]> = [];
      for (const check of checks) {
        const env = envFor(check, context);
        if (env) envs.push([check, env]);
      }
      const ctxKey = `${context.capacity}\u0001${context.site ?? ''}\u0001${context.account ?? ''}\u0001${context.lang ?? ''}`;
      const spans = segment(text);
      const byCheck = new Map<string, PlacedHit[]>(envs.map(([c]) => [c.meta.id, []]));
      spans.forEach((span, index) => {
        const original = text.slice(span.start, span.end);
        const key = `${ctxKey}\u0000${original}`;
        let entry = cache.get(key);
        if (entry) {
          cache.delete(key); // refresh recency
        } else {
          entry = scanSegment(original, index, envs);
        }
        cache.set(key, entry);
        for (const [id, hits] of entry.hits) {
          const list = byCheck.get(id)!;
          for (const h of hits) list.push({ ...h, start: h.start + span.start, end: h.end + span.start, segment: index });
        }
      });
      while (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);

      const findings: Finding[] = [];
      for (const [check, env] of envs) {
        let hits = byCheck.get(check.meta.id)!;
        if (check.combine) hits = check.combine(hits, text, env);
        for (const h of hits) {
          if (h.signal) continue;
          const finding: Finding = {
            check: check.meta.id,
            rule: h.rule,
            severity: h.severity ?? env.config.severity,
            start: h.start,
            end: h.end,
            message: h.message,
            why: h.why ?? check.meta.clause.en,
          };
          if (h.suggestion) finding.suggestion = h.suggestion;
          findings.push(finding);
        }
      }
      return sortFindings(findings);
    },
  };
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.check.localeCompare(b.check) || a.rule.localeCompare(b.rule));
}
