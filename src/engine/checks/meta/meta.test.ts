import { describe, expect, it } from 'vitest';
import { CHECKS, CHECK_IDS } from '../index.js';
import { CHECK_META_IDS, CHECK_METAS } from './index.js';

describe('check metadata without the checks', () => {
  it('lists the same checks as the engine, in the same order', () => {
    expect(CHECK_META_IDS).toEqual(CHECK_IDS);
  });
  it('is exactly the metadata each check reports', () => {
    CHECKS.forEach((check, i) => expect(check.meta).toEqual(CHECK_METAS[i]));
  });
  it('is the very object the personal-details, affiliation and tone checks use, so there is one copy', () => {
    for (const id of ['personal-details', 'affiliation-disclosure', 'aggressive-tone']) {
      expect(CHECKS.find((c) => c.meta.id === id)!.meta).toBe(CHECK_METAS.find((m) => m.id === id));
    }
  });
});
