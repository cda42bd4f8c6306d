// Builds the extension for the e2e specs: the Chrome build, plus the forum fixture hosts in its content-script matches.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FORUM_HOSTS = JSON.parse(readFileSync(new URL('./forum-hosts.json', import.meta.url), 'utf8'));
export const E2E_DIST = 'dist/e2e-chrome';

export function buildExtension() {
  execFileSync('npx', ['vite', 'build', '--mode', 'chrome', '--outDir', E2E_DIST, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, POST_COACH_EXTRA_HOSTS: FORUM_HOSTS.map((h) => `https://${h}/*`).join(',') },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildExtension();
