import { describe, expect, it } from 'vitest';
import type { ComposerState } from '../shared/messages.js';
import { failedChecksOf, openTabFailures } from './open-tab-failures.js';

const report = (failedChecks?: string[]): ComposerState => ({
  site: 'x.com',
  capacity: 'unknown',
  capacitySource: 'unknown',
  findings: [],
  paused: false,
  ...(failedChecks ? { failedChecks } : {}),
});

describe('checks that failed in open tabs', () => {
  it('lists each failed check once, across tabs', () => {
    expect(failedChecksOf([report(['commitment']), null, report(), report(['personal-details', 'commitment'])])).toEqual([
      'commitment',
      'personal-details',
    ]);
  });

  it('asks for every tab and skips a tab the background refuses', async () => {
    const asked: number[] = [];
    const failures = await openTabFailures(
      async () => [1, 2, 3],
      async (id) => {
        asked.push(id);
        if (id === 2) throw new Error('no such tab');
        return report(id === 3 ? ['aggressive-tone'] : undefined);
      },
    );
    expect(asked).toEqual([1, 2, 3]);
    expect(failures).toEqual(['aggressive-tone']);
  });
});
