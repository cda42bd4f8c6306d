// Bundles each e2e fixture page (test/e2e/fixtures/src/<name>.html + <name>.ts) with its real editor library
// into self-contained files under test/e2e/fixtures/dist, served by the specs under the sites' real hostnames.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'test/e2e/fixtures/src');
const OUT = join(ROOT, 'test/e2e/fixtures/dist');

/** Specs may be serving these files while another run rebuilds them: replace each file whole, never delete first. */
function writeAtomic(path, contents) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, path);
}

export async function buildFixtures({ quiet = false } = {}) {
  mkdirSync(OUT, { recursive: true });
  const names = readdirSync(SRC).filter((f) => f.endsWith('.html')).map((f) => basename(f, '.html'));
  const entryPoints = Object.fromEntries(names.map((n) => [n, join(SRC, `${n}.ts`)]));
  const result = await build({
    entryPoints,
    write: false,
    outdir: OUT,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    minify: false,
    // Production builds of React and friends, as the real sites ship them.
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    loader: { '.css': 'css' },
    logLevel: quiet ? 'error' : 'warning',
  });
  const written = new Set();
  for (const file of result.outputFiles) {
    writeAtomic(file.path, file.contents);
    written.add(basename(file.path));
  }
  for (const name of names) {
    const body = readFileSync(join(SRC, `${name}.html`), 'utf8');
    const css = written.has(`${name}.css`) ? `<link rel="stylesheet" href="/__fixture/${name}.css">` : '';
    writeAtomic(
      join(OUT, `${name}.html`),
      `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${name}</title>${css}</head>\n<body>\n${body}\n<script src="/__fixture/${name}.js"></script>\n</body></html>\n`,
    );
  }
  if (!quiet) console.log(`fixtures: built ${names.length} pages into ${OUT}`);
  return names;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildFixtures();
