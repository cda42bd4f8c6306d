// Runs the CLI in a child process, as a person would: bundled once per test file the way build:lib bundles it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = 'test/cli/fixtures';

const bundles = new Map<string, string>();

/** Bundle `entry` (the CLI, or a test entry around it) with its dependencies, so each run starts plain Node without a TypeScript loader. */
function cliBundle(entry: string): string {
  const cached = bundles.get(entry);
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'post-coach-cli-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const bundle = join(dir, 'main.mjs');
  bundles.set(entry, bundle);
  buildSync({
    entryPoints: [resolve(ROOT, entry)],
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

/** `env` is laid over this process's environment, e.g. { LANG: 'ar_OM.UTF-8' }. */
export function cli(args: string[], input = '', entry = 'src/cli/main.ts', env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [cliBundle(entry), ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
