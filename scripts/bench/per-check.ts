// Which check grows faster than the draft: each check's scan and whole-draft steps, timed and counted, at n and 2n.
// npx tsx scripts/bench/per-check.ts [n] [family name…]. Prints ratios per step; nothing here passes or fails.
import { createAnalyzer } from '../../src/engine/analyzer.js';
import { CHECKS } from '../../src/engine/checks/index.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import type { Check } from '../../src/engine/types.js';
import { FAMILIES, draftOf } from './adversarial-inputs.js';

const ruleset = loadRuleset();
const N = Number(process.argv[2] ?? 512_000);
const names = process.argv.slice(3);
const families = names.length ? FAMILIES.filter((f) => names.includes(f.name)) : FAMILIES;
const REPEATS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Tally {
  scanMs: number;
  combineMs: number;
  /** Hits handed to the whole-draft step: its work, when it compares hits with each other. */
  combined: number;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Each check wrapped so its scan and combine add their CPU time to its tally. */
function wrapped(tallies: Map<string, Tally>): Check[] {
  return CHECKS.map((c) => {
    const tally: Tally = { scanMs: 0, combineMs: 0, combined: 0 };
    tallies.set(c.meta.id, tally);
    const w: Check = {
      ...c,
      scan(segment, env) {
        const t = cpuMs();
        try {
          return c.scan(segment, env);
        } finally {
          tally.scanMs += cpuMs() - t;
        }
      },
    };
    if (c.combine) {
      w.combine = (hits, draft, env) => {
        tally.combined += hits.length;
        const t = cpuMs();
        try {
          return c.combine!(hits, draft, env);
        } finally {
          tally.combineMs += cpuMs() - t;
        }
      };
    }
    return w;
  });
}

function measure(text: string): { total: number; tallies: Map<string, Tally> } {
  const tallies = new Map<string, Tally>();
  const analyzer = createAnalyzer(ruleset, { checks: wrapped(tallies) });
  const t = cpuMs();
  analyzer.analyze(text, { capacity: 'official' });
  return { total: cpuMs() - t, tallies };
}

const ratio = (a: number, b: number) => (a < 1 && b < 1 ? '   -' : (b / Math.max(a, 0.01)).toFixed(2).padStart(5));
console.log(`n = ${N}; ratios t(2n)/t(n), median of ${REPEATS}; a step is listed when its ratio passes 2.4 or it takes a third of the time`);
for (const family of families) {
  const small = draftOf(family, N);
  const large = draftOf(family, 2 * N);
  measure(small);
  const runs = Array.from({ length: REPEATS }, () => [measure(small), measure(large)] as const);
  const totals = [median(runs.map((r) => r[0].total)), median(runs.map((r) => r[1].total))];
  const notes: string[] = [];
  for (const id of runs[0][0].tallies.keys()) {
    for (const step of ['scanMs', 'combineMs'] as const) {
      const a = median(runs.map((r) => r[0].tallies.get(id)![step]));
      const b = median(runs.map((r) => r[1].tallies.get(id)![step]));
      if (b > 1 && (b / Math.max(a, 0.01) > 2.4 || b > totals[1] / 3)) notes.push(`${id}.${step.replace('Ms', '')} ${a.toFixed(1)}->${b.toFixed(1)}`);
    }
    const hits = runs[0][1].tallies.get(id)!.combined;
    if (hits > 1000) notes.push(`${id} combines ${hits} hits`);
  }
  console.log(family.name.padEnd(38), totals[0].toFixed(1).padStart(8), totals[1].toFixed(1).padStart(8), ratio(totals[0], totals[1]), ' ', notes.join('; '));
}
