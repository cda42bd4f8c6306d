// Builds the extension for the e2e specs:
//   the QA build (POST_COACH_QA=1: the overlay host tells the specs what it found) with the forum fixture hosts in its
//   content-script matches, and the shipped build as it goes to users (the privacy spec checks what a page can read).
//   node test/e2e/build-extension.mjs [outDir] [--shipped]     (default dist/qa-chrome, or dist/chrome with --shipped)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FORUM_HOSTS = JSON.parse(readFileSync(new URL('./forum-hosts.json', import.meta.url), 'utf8'));

function vite(outDir, env) {
  execFileSync('npx', ['vite', 'build', '--mode', 'chrome', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit', env });
}

export function buildExtension(outDir = 'dist/qa-chrome') {
  vite(outDir, { ...process.env, POST_COACH_QA: '1', POST_COACH_EXTRA_HOSTS: FORUM_HOSTS.map((h) => `https://${h}/*`).join(',') });
}

export function buildShippedExtension(outDir = 'dist/chrome') {
  // Nothing a test build adds: no QA flag, no fixture hosts.
  const { POST_COACH_QA: _qa, POST_COACH_EXTRA_HOSTS: _hosts, ...env } = process.env;
  vite(outDir, env);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outDir = args.find((a) => !a.startsWith('--'));
  if (args.includes('--shipped')) buildShippedExtension(outDir);
  else buildExtension(outDir);
}
