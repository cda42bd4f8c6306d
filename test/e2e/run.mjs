// `npm run test:e2e`: runs the Playwright specs (arguments pass through, e.g. a spec file or --project editors).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chrome)) {
  // A missing browser fails the run with the fix; specs are never skipped.
  console.error(`e2e: no Chromium at ${chrome}. Install it with: apt-get install -y chromium (or set CHROME_PATH).`);
  process.exit(1);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
