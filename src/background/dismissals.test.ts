import { describe, expect, it } from 'vitest';
import { STORAGE } from '../shared/messages.js';
import { recordDismissal } from './dismissals.js';
import { createUiHandlers, type LocalArea } from './ui-handlers.js';

function memory(initial: Record<string, unknown> = {}): LocalArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    async get(keys) {
      const list = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
  };
}

describe('recordDismissal', () => {
  it('adds check, rule, site and time to the list, keeping what was there', async () => {
    const storage = memory({ [STORAGE.dismissed]: { old: { check: 'aggressive-tone', rule: 'insult', site: 'reddit.com', at: 5 } } });
    await recordDismissal(storage, 'x.com', 'commitment', 'promise', 1000);
    expect(storage.data[STORAGE.dismissed]).toEqual({
      old: { check: 'aggressive-tone', rule: 'insult', site: 'reddit.com', at: 5 },
      'x.com|commitment|promise|1000': { check: 'commitment', rule: 'promise', site: 'x.com', at: 1000 },
    });
  });

  it('starts a new list over anything that is not one', async () => {
    const storage = memory({ [STORAGE.dismissed]: ['junk'] });
    await recordDismissal(storage, 'x.com', 'commitment', 'promise', 7);
    expect(storage.data[STORAGE.dismissed]).toEqual({ 'x.com|commitment|promise|7': { check: 'commitment', rule: 'promise', site: 'x.com', at: 7 } });
  });

  it('is what the options page then lists and can show again', async () => {
    const storage = memory();
    await recordDismissal(storage, 'x.com', 'commitment', 'promise', 7);
    const handle = createUiHandlers({ storage });
    expect(await handle({ type: 'dismissed:list' })).toEqual([{ key: 'x.com|commitment|promise|7', check: 'commitment', rule: 'promise', site: 'x.com', at: 7 }]);
    await handle({ type: 'dismissed:reset', key: 'x.com|commitment|promise|7' } as never);
    expect(storage.data[STORAGE.dismissed]).toEqual({});
  });
});
