import { describe, expect, it } from 'vitest';
import { checkLocked } from './locks.js';

describe('checkLocked', () => {
  it('locks a check switch when the organisation locked all checks, that check, or that switch', () => {
    expect(checkLocked(['checks'], 'commitment', 'enabled')).toBe(true);
    expect(checkLocked(['checks.commitment'], 'commitment', 'enabled')).toBe(true);
    expect(checkLocked(['checks.commitment.enabled'], 'commitment', 'enabled')).toBe(true);
  });
  it('separates a check switch from its severity, and one check from another', () => {
    expect(checkLocked(['checks.personal-details.enabled'], 'personal-details', 'severity')).toBe(false);
    expect(checkLocked(['checks.commitment'], 'aggressive-tone', 'enabled')).toBe(false);
    expect(checkLocked(['checks.commitment-extra'], 'commitment', 'enabled')).toBe(false);
    expect(checkLocked(undefined, 'commitment', 'enabled')).toBe(false);
  });
});
