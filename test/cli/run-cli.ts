// Runs the CLI in a child process, as a person would: bundled once per test file the way build:lib bundles it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = 'test/cli/fixtures';

let bundle: string | undefined;

/** Bundle src/cli/main.ts with its dependencies, so each run starts plain Node without a TypeScript loader. */
function cliBundle(): string {
  if (bundle) return bundle;
  const dir = mkdtempSync(join(tmpdir(), 'post-coach-cli-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  bundle = join(dir, 'main.mjs');
  buildSync({
    entryPoints: [resolve(ROOT, 'src/cli/main.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    // compromise and others still use require() of Node built-ins inside an ESM bundle
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return bundle;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], input = ''): CliResult {
  const r = spawnSync(process.execPath, [cliBundle(), ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
