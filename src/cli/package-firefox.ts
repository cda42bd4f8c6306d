// Firefox packages through Mozilla's web-ext (a development tool, loaded only when this runs): lint, then build.
import { copyFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

interface WebExt {
  cmd: {
    lint(params: Record<string, unknown>, options: Record<string, unknown>): Promise<LintReport>;
    build(params: Record<string, unknown>, options: Record<string, unknown>): Promise<{ extensionPath: string }>;
  };
}

async function loadWebExt(): Promise<WebExt> {
  try {
    const name = 'web-ext'; // a development tool: resolved when this runs, never bundled
    const mod = (await import(name)) as { default?: WebExt } & WebExt;
    return mod.default ?? mod;
  } catch {
    throw new Error('the Firefox package needs Mozilla\'s web-ext: run "npm install --save-dev web-ext" (or "npm install -g web-ext") and try again, or pass --no-firefox');
  }
}

/** What web-ext lint (addons-linter, as addons.mozilla.org runs it) reports on the folder. */
export async function lintFirefox(sourceDir: string): Promise<LintReport> {
  const webExt = await loadWebExt();
  return webExt.cmd.lint(
    { sourceDir, output: 'none', selfHosted: false, boring: true, warningsAsErrors: false },
    { shouldExitProgram: false, runLinter: undefined },
  );
}

/**
 * Builds `sourceDir` into the xpi at `outFile` with web-ext build. `manifest` replaces manifest.json when given (the
 * self-hosted copy carries gecko.update_url), in a copy of the folder: the build itself is never changed.
 */
export async function buildXpi(sourceDir: string, outFile: string, manifest?: Record<string, unknown>): Promise<void> {
  const webExt = await loadWebExt();
  const work = mkdtempSync(join(tmpdir(), 'post-coach-xpi-'));
  try {
    let dir = sourceDir;
    if (manifest) {
      dir = join(work, 'source');
      cpSync(sourceDir, dir, { recursive: true });
      writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    }
    const artifactsDir = join(work, 'artifacts');
    const { extensionPath } = await webExt.cmd.build(
      { sourceDir: dir, artifactsDir, filename: 'package.xpi', overwriteDest: true },
      { shouldExitProgram: false, showReadyMessage: false },
    );
    copyFileSync(extensionPath, outFile); // the temporary folder may be on another file system
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
