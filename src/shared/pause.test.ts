import { describe, expect, it } from 'vitest';
import { pausedOn } from './pause.js';

describe('pausedOn', () => {
  it('follows the stored choice for this site only', () => {
    expect(pausedOn('x.com', { 'x.com': true }, [])).toBe(true);
    expect(pausedOn('facebook.com', { 'x.com': true }, [])).toBe(false);
  });
  it('ignores a stored pause when the organisation locked pausing', () => {
    expect(pausedOn('x.com', { 'x.com': true }, ['allowPause', 'pause'])).toBe(false);
  });
  it('is not paused for a missing or malformed record', () => {
    expect(pausedOn('x.com', undefined, [])).toBe(false);
    expect(pausedOn('x.com', 'x.com', [])).toBe(false);
    expect(pausedOn('x.com', { 'x.com': 'yes' }, [])).toBe(false);
  });
  it('is not confused by a lock on the allowPause setting alone (the manager allowed pausing)', () => {
    expect(pausedOn('x.com', { 'x.com': true }, ['allowPause'])).toBe(true);
  });
});
