// How findings read on a terminal: span, quoted text, check, severity, message, why and source, in English or Arabic.
import { CHECKS } from '../engine/checks/index.js';
import { CROSS_CHECKS } from '../engine/cross-checks.js';
import { customRulesCheck } from '../engine/custom-rules.js';
import type { AnalysisResult, Omitted } from '../engine/analyzer.js';
import { citationLine } from '../engine/sources.js';
import type { CheckMeta, Finding, Lang, Ruleset, Severity } from '../engine/types.js';
import { printable } from '../shared/printable.js';

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Whether any finding is at or above `threshold`. */
export function reaches(findings: Finding[], threshold: Severity): boolean {
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold]);
}

/** Check metadata by id, including the ruleset's own rules. */
export function metaIndex(ruleset: Ruleset): Map<string, CheckMeta> {
  const custom = customRulesCheck(ruleset);
  return new Map([...CHECKS, ...CROSS_CHECKS, ...(custom ? [custom] : [])].map((c) => [c.meta.id, c.meta]));
}

/** A span of the draft as a quoted one-line string, cut short when long, its control characters escaped. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ');
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return `"${printable(cut.replace(/["\\]/g, '\\$&'))}"`;
}

/** The words of the text output around the findings' own, in each language. */
const WORDS = {
  en: { why: 'why', source: 'source', suggestion: 'suggestion' },
  ar: { why: 'السبب', source: 'المصدر', suggestion: 'الاقتراح' },
} as const;

/** One finding in several indented lines, labelled in `lang`; everything from the ruleset or the draft is printed escaped. */
export function formatFinding(draft: string, f: Finding, metas: Map<string, CheckMeta>, indent = '', lang: Lang = 'en'): string {
  const p = printable;
  const w = WORDS[lang];
  const lines = [`${indent}${f.start}-${f.end} ${f.severity} ${p(f.check)}/${p(f.rule)} ${quote(draft.slice(f.start, f.end))}`, `${indent}  ${p(f.message)}`];
  lines.push(`${indent}  ${w.why}: ${p(f.why)}`);
  const source = metas.get(f.check)?.source;
  if (source?.document) lines.push(`${indent}  ${w.source}: ${p(citationLine(source, lang))}`);
  if (f.suggestion) lines.push(`${indent}  ${w.suggestion}: ${p(f.suggestion)}`);
  return lines.join('\n');
}

const ARABIC_SEVERITIES: Record<Severity, string> = { error: 'أخطاء', warning: 'تنبيهات', info: 'ملاحظات إرشادية' };

/** "2 findings (1 error, 1 warning)" or "No findings."; in Arabic "الملاحظات: 2 (أخطاء: 1، تنبيهات: 1)" or "لا ملاحظات." */
export function summary(findings: Finding[], lang: Lang = 'en'): string {
  if (lang === 'ar') {
    if (!findings.length) return 'لا ملاحظات.';
    const counts = (['error', 'warning', 'info'] as const)
      .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${ARABIC_SEVERITIES[s]}: ${n}`);
    return `الملاحظات: ${findings.length} (${counts.join('، ')})`;
  }
  if (!findings.length) return 'No findings.';
  const counts = (['error', 'warning', 'info'] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}${n === 1 || s === 'info' ? '' : 's'}`);
  return `${findings.length} finding${findings.length === 1 ? '' : 's'} (${counts.join(', ')})`;
}

/** "... and 12 more" under a list the caps cut ("at least" when a check stopped scanning early), or null when none was cut. */
export function moreLine(omitted: Omitted, lang: Lang = 'en'): string | null {
  if (!omitted.count && !omitted.partial) return null;
  if (lang === 'ar') return `... ولم تُدرج ${omitted.partial ? 'على الأقل ' : ''}${omitted.count} أخرى`;
  return `... and ${omitted.partial ? 'at least ' : ''}${omitted.count} more`;
}

/** The JSON of one analysis: {"findings"}, with "omitted" when the list was cut and "errors" when a check failed. */
export function resultJson({ findings, errors, omitted }: AnalysisResult): Record<string, unknown> {
  const out: Record<string, unknown> = { findings };
  if (omitted.count || omitted.partial) out.omitted = omitted;
  if (errors.length) out.errors = errors;
  return out;
}
