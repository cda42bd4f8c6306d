// Writes generated files, or with --check fails when the checked-in copies differ, so both generators behave alike.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/** `files`: [path, content] pairs. With `--check` in argv nothing is written and a stale or missing file exits 1. */
export function writeOrCheck(files, argv = process.argv) {
  if (argv.includes('--check')) {
    const stale = files.filter(([path, content]) => read(path) !== content).map(([path]) => relative(process.cwd(), path));
    if (stale.length) {
      console.error(`${stale.join(', ')} out of date: run \`npm run gen\``);
      process.exit(1);
    }
    return;
  }
  for (const [path, content] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

function read(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // a missing file is out of date
  }
}
