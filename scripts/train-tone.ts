// Trains the English and Arabic tone models from ../shared/train and writes their weights into the engine: npm run train [-- DIR] [--out DIR]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { datasetOf, readRows } from './train/data.js';
import { TRAIN_CONFIG } from './train/config.js';
import { trainTone } from './train/pipeline.js';
import { modelModule } from './train/emit.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const outDir = resolve(flag('--out') ?? join(import.meta.dirname, '../src/engine/checks/aggressive-tone'));
const dir = resolve(args[0] ?? join(import.meta.dirname, '../../shared/train'));
if (!existsSync(dir)) {
  console.error(`train: training data folder not found: ${dir}`);
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

for (const lang of ['en', 'ar'] as const) {
  const file = join(dir, `tone.${lang}.jsonl`);
  if (!existsSync(file)) {
    console.error(`train: ${file} not found`);
    process.exit(2);
  }
  const rows = readRows(file);
  const started = performance.now();
  const { model, report } = trainTone(rows, TRAIN_CONFIG[lang]);
  const source = modelModule(model, [...new Set(rows.map((r) => datasetOf(r.source)))].sort());
  const path = join(outDir, `model-weights-${lang}.ts`);
  writeFileSync(path, source);
  const gz = gzipSync(Buffer.from(source)).length;
  console.log(
    `${lang}: ${report.rows} rows trained, ${report.heldOut} held out; threshold ${model.threshold.toFixed(3)} ` +
      `(held-out P=${report.precision.toFixed(3)} R=${report.recall.toFixed(3)}, flags ${(report.falseAlarm * 100).toFixed(1)}% of not); ${report.nonZero} non-zero weights; ` +
      `${path} ${(gz / 1024).toFixed(0)} KiB gzipped; ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
