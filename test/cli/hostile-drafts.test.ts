// post-coach check on hostile drafts (200,000 marks, one huge word) finishes with its normal output: a backtracking
// pattern would run for minutes and hit the timeout. Speed itself is measured by `npm run bench`, not here.
import { describe, expect, it } from 'vitest';
import { MAX_SEGMENT } from '../../src/engine/segment.js';
import { cli } from './run-cli.js';

const LENGTH = 200_000;
/** Far above the seconds these take even on a busy machine; a pattern that goes quadratic again takes far longer. */
const TIMEOUT_MS = 60_000;

describe('post-coach check on hostile drafts', () => {
  it.each([
    ['"!"', '!'.repeat(LENGTH)],
    ['"."', '.'.repeat(LENGTH)],
    ['"?"', '?'.repeat(LENGTH)],
    ['"؟"', '؟'.repeat(LENGTH)],
    ['one huge Latin word', 'a'.repeat(LENGTH)],
    ['one huge Arabic word', 'بت'.repeat(LENGTH / 2)],
  ])(
    'reads %s x 200,000 from standard input, says "No findings." and exits 0',
    (_name, draft) => {
      expect(cli(['check'], draft)).toEqual({ code: 0, stdout: 'No findings.\n', stderr: '' });
    },
    TIMEOUT_MS,
  );

  it(
    // The draft is read in pieces of at most MAX_SEGMENT characters: the pile said to someone is the one in the first piece.
    'lists the one finding in a huge run of "!" said to someone, up to the end of the first piece read',
    () => {
      const draft = `Answer me, you${'!'.repeat(LENGTH)}`;
      const r = cli(['check', '--format', 'json'], draft);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      const found = (JSON.parse(r.stdout) as { findings: Array<{ check: string; rule: string; start: number; end: number }> }).findings;
      expect(found.map(({ check, rule, start, end }) => ({ check, rule, start, end }))).toEqual([
        { check: 'aggressive-tone', rule: 'exclamations', start: 14, end: MAX_SEGMENT },
      ]);
    },
    TIMEOUT_MS,
  );
});
