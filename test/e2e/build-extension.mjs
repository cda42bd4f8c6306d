// Builds the extension for the e2e specs: the Chrome build, plus the forum fixture hosts in its content-script matches.
//   node test/e2e/build-extension.mjs [outDir]     (default dist/e2e-chrome)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FORUM_HOSTS = JSON.parse(readFileSync(new URL('./forum-hosts.json', import.meta.url), 'utf8'));

export function buildExtension(outDir = 'dist/e2e-chrome') {
  execFileSync('npx', ['vite', 'build', '--mode', 'chrome', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    stdio: 'inherit',
    env: { ...process.env, POST_COACH_EXTRA_HOSTS: FORUM_HOSTS.map((h) => `https://${h}/*`).join(',') },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildExtension(process.argv[2]);
