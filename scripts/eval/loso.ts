// Each tone model scored on every corpus source with that source left out of its training, so memorising shows up.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/engine/analyzer.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import { normalize } from '../../src/engine/normalize.js';
import { segment } from '../../src/engine/segment.js';
import { scoreText, unpack, type ToneModel } from '../../src/engine/checks/aggressive-tone/model-score.js';
import { useToneModels } from '../../src/engine/checks/aggressive-tone/model.js';
import { TONE_MODEL_AR } from '../../src/engine/checks/aggressive-tone/model-weights-ar.js';
import { TONE_MODEL_EN } from '../../src/engine/checks/aggressive-tone/model-weights-en.js';
import { datasetOf, readRows } from '../train/data.js';
import { TRAIN_CONFIG } from '../train/config.js';
import { trainTone } from '../train/pipeline.js';
import { Score, shortSource } from './score.js';

interface CorpusRow {
  text: string;
  label?: string;
  lang?: string;
  source?: string;
}

const FILES = ['aggressive.dev.jsonl', 'aggressive.ar-staff.dev.jsonl'];
const SHIPPED: Record<'en' | 'ar', ToneModel> = { en: unpack(TONE_MODEL_EN), ar: unpack(TONE_MODEL_AR) };

/** The model alone, as the check runs it: any sentence of the row at or above the threshold. */
function modelFlags(model: ToneModel, text: string): boolean {
  return segment(text).some((s) => scoreText(model, normalize(text.slice(s.start, s.end)).text).logit >= model.threshold);
}

/** The whole check (rules, then the model where they are silent) with `model` in place of the shipped one. */
function checkFlags(lang: 'en' | 'ar', model: ToneModel, rows: CorpusRow[]): boolean[] {
  useToneModels({ [lang]: model });
  try {
    const analyzer = createAnalyzer(loadRuleset());
    return rows.map((r) => analyzer.analyze(r.text).some((f) => f.check === 'aggressive-tone'));
  } finally {
    useToneModels();
  }
}

const f1 = (s: Score) => s.f1.toFixed(3);

export function printLeaveOneSourceOut(corpusDir: string, read: (file: string) => CorpusRow[], trainDir = join(corpusDir, '../train')): void {
  console.log('\ntone models, leave-one-source-out: each corpus source scored by a model retrained without that source (same seed)');
  console.log(`  ${'source'.padEnd(56)} ${'in training'.padEnd(11)}  model alone F1 shipped / left out   check F1 shipped / left out`);
  for (const lang of ['en', 'ar'] as const) {
    const trainFile = join(trainDir, `tone.${lang}.jsonl`);
    if (!existsSync(trainFile)) {
      console.log(`  ${lang}: ${trainFile} not found, skipped`);
      continue;
    }
    const trainRows = readRows(trainFile);
    const trained = new Set(trainRows.map((r) => datasetOf(r.source)));
    const bySource = new Map<string, CorpusRow[]>();
    for (const file of FILES) {
      if (!existsSync(join(corpusDir, file))) continue;
      for (const row of read(file)) {
        if ((row.lang ?? 'ar') !== lang || (row.label !== 'aggressive' && row.label !== 'not')) continue;
        const key = row.source ?? file;
        if (!bySource.has(key)) bySource.set(key, []);
        bySource.get(key)!.push(row);
      }
    }
    const modelTotal = new Score();
    const checkTotal = new Score();
    const retrained = new Map<string, ToneModel>();
    for (const [source, rows] of [...bySource].sort(([a], [b]) => a.localeCompare(b))) {
      const dataset = datasetOf(source);
      const seen = trained.has(dataset);
      let leftOut = SHIPPED[lang];
      if (seen) {
        if (!retrained.has(dataset)) {
          const without = trainRows.filter((r) => datasetOf(r.source) !== dataset);
          retrained.set(dataset, unpack(trainTone(without, TRAIN_CONFIG[lang]).model));
        }
        leftOut = retrained.get(dataset)!;
      }
      const truth = rows.map((r) => r.label === 'aggressive');
      const modelShipped = new Score();
      const modelLeftOut = new Score();
      rows.forEach((r, i) => {
        const shippedFlag = modelFlags(SHIPPED[lang], r.text);
        const leftFlag = seen ? modelFlags(leftOut, r.text) : shippedFlag;
        modelShipped.add(truth[i], shippedFlag);
        modelLeftOut.add(truth[i], leftFlag);
        modelTotal.add(truth[i], leftFlag);
      });
      const checkShipped = new Score();
      const checkLeftOut = new Score();
      const shipped = checkFlags(lang, SHIPPED[lang], rows);
      const left = seen ? checkFlags(lang, leftOut, rows) : shipped;
      rows.forEach((_, i) => {
        checkShipped.add(truth[i], shipped[i]);
        checkLeftOut.add(truth[i], left[i]);
        checkTotal.add(truth[i], left[i]);
      });
      console.log(
        `  ${`${lang} ${shortSource(source)}`.slice(0, 56).padEnd(56)} ${(seen ? 'yes' : 'no').padEnd(11)}  ` +
          `${f1(modelShipped)} / ${f1(modelLeftOut)}`.padEnd(34) +
          `  ${f1(checkShipped)} / ${f1(checkLeftOut)}   (n=${rows.length})`,
      );
    }
    console.log(`  ${`${lang}, every source left out of its own model`.padEnd(56)} ${''.padEnd(11)}  ${f1(modelTotal).padEnd(34)}  ${f1(checkTotal)}`);
  }
}
