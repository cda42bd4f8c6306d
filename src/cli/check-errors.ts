// A check that could not run is named on stderr and makes the exit code 3: its silence is not a clean bill of health.
import type { CheckError } from '../engine/analyzer.js';
import { printable as escaped } from '../shared/printable.js';

/** `check "personal-details" failed: <message>; the other checks ran`, one line per failed check. */
export function describeCheckErrors(errors: readonly CheckError[], where = ''): string {
  return errors.map((e) => `${where}check "${escaped(e.check)}" failed: ${escaped(e.message)}; the other checks ran\n`).join('');
}

export function reportCheckErrors(errors: readonly CheckError[], where = ''): void {
  if (errors.length) process.stderr.write(describeCheckErrors(errors, where));
}
