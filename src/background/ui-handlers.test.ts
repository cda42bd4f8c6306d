import { describe, expect, it } from 'vitest';
import { STORAGE } from '../shared/messages.js';
import { createUiHandlers, dismissedRows, statCounts, type LocalArea } from './ui-handlers.js';

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

const refuseSeverity = (v: unknown) =>
  (v as { checks?: Record<string, { severity?: string }> }).checks?.commitment?.severity === 'loud'
    ? [{ path: '/checks/commitment/severity', message: 'must be one of info, warning, error' }]
    : [];

describe('ui handlers', () => {
  it('answers undefined for message types that are not the UI’s', () => {
    const handle = createUiHandlers({ storage: memory() });
    expect(handle({ type: 'state:get' })).toBeUndefined();
    expect(handle({ type: 'composer:update' })).toBeUndefined();
  });

  it('stores a valid imported ruleset as the person’s own layer', async () => {
    const storage = memory();
    const handle = createUiHandlers({ storage, validate: refuseSeverity });
    const ruleset = { checks: { commitment: { severity: 'error' } } };
    expect(await handle({ type: 'ruleset:import', ruleset } as never)).toEqual({ ok: true });
    expect(storage.data[STORAGE.userRuleset]).toEqual(ruleset);
    expect(await handle({ type: 'ruleset:get-user' })).toEqual(ruleset);
  });

  it('refuses an invalid ruleset with its problems and changes nothing', async () => {
    const before = { [STORAGE.userRuleset]: { disclosurePhrases: ['my own views'] } };
    const storage = memory(before);
    const handle = createUiHandlers({ storage, validate: refuseSeverity });
    expect(await handle({ type: 'ruleset:import', ruleset: { checks: { commitment: { severity: 'loud' } } } } as never)).toEqual({
      ok: false,
      problems: [{ path: '/checks/commitment/severity', message: 'must be one of info, warning, error' }],
    });
    expect(await handle({ type: 'ruleset:import', ruleset: [1, 2] } as never)).toEqual({
      ok: false,
      problems: [{ path: '', message: 'a ruleset must be a JSON object' }],
    });
    expect(storage.data).toEqual(before);
  });

  it('gives {} as the own layer when none is stored', async () => {
    expect(await createUiHandlers({ storage: memory() })({ type: 'ruleset:get-user' })).toEqual({});
  });

  it('lists dismissed findings newest first and resets one or all', async () => {
    const storage = memory({
      [STORAGE.dismissed]: {
        a: { check: 'commitment', rule: 'promise', site: 'x.com', at: 10 },
        b: { check: 'personal-details', rule: 'phone', site: 'facebook.com', at: 20 },
      },
    });
    const handle = createUiHandlers({ storage });
    expect(await handle({ type: 'dismissed:list' })).toEqual([
      { key: 'b', check: 'personal-details', rule: 'phone', site: 'facebook.com', at: 20 },
      { key: 'a', check: 'commitment', rule: 'promise', site: 'x.com', at: 10 },
    ]);
    await handle({ type: 'dismissed:reset', key: 'b' } as never);
    expect(Object.keys(storage.data[STORAGE.dismissed] as object)).toEqual(['a']);
    await handle({ type: 'dismissed:reset' });
    expect(STORAGE.dismissed in storage.data).toBe(false);
  });

  it('reads and resets the counts', async () => {
    const storage = memory({ [STORAGE.stats]: { commitment: 3, 'personal-details': 1 } });
    const handle = createUiHandlers({ storage });
    expect(await handle({ type: 'stats:get' })).toEqual({ commitment: 3, 'personal-details': 1 });
    await handle({ type: 'stats:reset' });
    expect(await handle({ type: 'stats:get' })).toEqual({});
  });

  it('stores the language choice and forgets it for "browser"', async () => {
    const storage = memory();
    const handle = createUiHandlers({ storage });
    await handle({ type: 'prefs:set', uiLang: 'ar' } as never);
    expect(storage.data[STORAGE.uiLang]).toBe('ar');
    await handle({ type: 'prefs:set', uiLang: null } as never);
    expect(STORAGE.uiLang in storage.data).toBe(false);
  });
});

describe('imports that cannot be stored', () => {
  const before = { [STORAGE.userRuleset]: { disclosurePhrases: ['my own views'] } };
  const deep = (levels: number) => {
    let v: unknown = 'x';
    for (let i = 0; i < levels; i++) v = { quickReference: v };
    return v;
  };

  it('refuses a file over the storage quota before validating it, and keeps the own layer', async () => {
    const storage = memory(before);
    let validated = 0;
    const handle = createUiHandlers({ storage, quotaBytes: 100, validate: () => (validated++, []) });
    const ruleset = { disclosurePhrases: ['x'.repeat(200)] };
    expect(await handle({ type: 'ruleset:import', ruleset } as never)).toEqual({ ok: false, problems: [], failure: 'too-large', detail: '100' });
    expect(validated).toBe(0);
    expect(storage.data).toEqual(before);
  });

  it('reports the browser refusing to store it (quota reached with what is stored already) as too large', async () => {
    const storage = memory(before);
    storage.set = async () => {
      throw new Error('Resource::kQuotaBytes quota exceeded');
    };
    const handle = createUiHandlers({ storage, quotaBytes: 1000, validate: () => [] });
    expect(await handle({ type: 'ruleset:import', ruleset: { name: 'ok' } } as never)).toEqual({ ok: false, problems: [], failure: 'too-large', detail: '1000' });
    expect(storage.data).toEqual(before);
  });

  it('reports any other storage failure with the browser’s reason', async () => {
    const storage = memory(before);
    storage.set = async () => {
      throw new Error('IO error: database is locked');
    };
    const handle = createUiHandlers({ storage, validate: () => [] });
    expect(await handle({ type: 'ruleset:import', ruleset: { name: 'ok' } } as never)).toEqual({
      ok: false,
      problems: [],
      failure: 'storage',
      detail: 'IO error: database is locked',
    });
  });

  it('refuses a file nested too deeply to store, without walking it recursively', async () => {
    const storage = memory(before);
    const handle = createUiHandlers({ storage, validate: () => [] });
    expect(await handle({ type: 'ruleset:import', ruleset: deep(100_000) } as never)).toEqual({ ok: false, problems: [], failure: 'too-deep', detail: '32' });
    expect(await handle({ type: 'ruleset:import', ruleset: deep(31) } as never)).toEqual({ ok: true });
  });

  it('refuses a value that cannot be written as JSON', async () => {
    const storage = memory(before);
    const handle = createUiHandlers({ storage, validate: () => [] });
    expect(await handle({ type: 'ruleset:import', ruleset: { version: 10n } } as never)).toEqual({ ok: false, problems: [], failure: 'unsendable' });
    expect(storage.data).toEqual(before);
  });
});

describe('stored data is taken defensively', () => {
  it('keeps only whole non-negative counts', () => {
    expect(statCounts({ a: 2, b: -1, c: 1.5, d: 'x', e: 0 })).toEqual({ a: 2, e: 0 });
    expect(statCounts(null)).toEqual({});
  });
  it('drops malformed dismissals and fills missing fields', () => {
    expect(dismissedRows({ k: { check: 'commitment' }, bad: { rule: 'x' }, worse: 3 })).toEqual([
      { key: 'k', check: 'commitment', rule: '', site: '', at: 0 },
    ]);
  });
});
