// Which check's scan grows faster than one sentence: each check's scan alone at 145, 290 and 580 characters of a family.
// npx tsx scripts/bench/per-check-sentence.ts [family name…]. Prints ratios per check; nothing here passes or fails.
import { CHECKS } from '../../src/engine/checks/index.js';
import { resolveCheckConfig } from '../../src/engine/check-config.js';
import { normalize } from '../../src/engine/normalize.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import type { CheckEnv, Segment } from '../../src/engine/types.js';
import { FAMILIES, draftOf } from './adversarial-inputs.js';

const ruleset = loadRuleset();
const names = process.argv.slice(2);
const families = names.length ? FAMILIES.filter((f) => names.includes(f.name)) : FAMILIES;
const SIZES = [145, 290, 580];
/** Each timing is this many scans, so it lasts milliseconds, not microseconds. */
const MIN_MS = 20;
const REPEATS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function segmentOf(original: string): Segment {
  const text = normalize(original).text;
  return { text, original, offset: 0, hasArabic: /[\u0600-\u06ff]/.test(original), hasLatin: /[A-Za-z]/.test(text) };
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

for (const family of families) {
  const segments = SIZES.map((n) => segmentOf(draftOf(family, n)));
  const notes: string[] = [];
  for (const check of CHECKS) {
    const env: CheckEnv = { context: { capacity: 'official' }, ruleset, config: resolveCheckConfig(ruleset, check.meta) };
    const once = (s: Segment, runs: number) => {
      const t = cpuMs();
      for (let i = 0; i < runs; i++) check.scan(s, env);
      return cpuMs() - t;
    };
    let runs = 4;
    while (runs < 1_000_000 && once(segments[0], runs) < MIN_MS) runs *= 2;
    const times = segments.map((s) => median(Array.from({ length: REPEATS }, () => once(s, runs))) / runs);
    const r1 = times[1] / times[0];
    const r2 = times[2] / times[1];
    if (r2 > 2.2 || r1 > 2.2) notes.push(`${check.meta.id} ${times.map((t) => (t * 1000).toFixed(0)).join('/')}µs (${r1.toFixed(2)}, ${r2.toFixed(2)})`);
  }
  console.log(family.name.padEnd(38), notes.join('; ') || '-');
}
