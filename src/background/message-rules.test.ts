import { describe, expect, it } from 'vitest';
import { MESSAGE_RULES, UI_MESSAGE_TYPES, admit, senderKind, type Sender } from './message-rules.js';

const self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const popup: Sender = { id: 'ext-id', url: 'chrome-extension://ext-id/src/popup/index.html' };
const optionsTab: Sender = {
  id: 'ext-id',
  url: 'chrome-extension://ext-id/src/options/index.html',
  frameId: 0,
  tab: { id: 4, url: 'chrome-extension://ext-id/src/options/index.html' },
};
const content: Sender = { id: 'ext-id', url: 'https://x.com/compose/post', frameId: 0, tab: { id: 7, url: 'https://x.com/compose/post' } };
const contentFrame: Sender = { id: 'ext-id', url: 'https://www.facebook.com/plugins/comments', frameId: 3, tab: { id: 7 } };

const refused = (message: unknown, sender: Sender) => {
  const a = admit(message, sender, self);
  return a.ok ? undefined : a.error;
};

describe('senderKind', () => {
  it('knows the popup and an extension page in a tab as pages, and a web page frame as a content script', () => {
    expect(senderKind(popup, self)).toBe('page');
    expect(senderKind(optionsTab, self)).toBe('page');
    expect(senderKind({ ...optionsTab, tab: { id: 4 } }, self)).toBe('page'); // top frame of its own tab, URL not disclosed
    expect(senderKind(content, self)).toBe('content');
    expect(senderKind(contentFrame, self)).toBe('content');
  });

  it('trusts nobody else: another extension, our page framed in a web page, a sender without a tab or frame', () => {
    expect(senderKind({ ...popup, id: 'other-extension' }, self)).toBeUndefined();
    expect(senderKind({ ...content, id: undefined }, self)).toBeUndefined();
    expect(senderKind({ id: 'ext-id', url: 'chrome-extension://ext-id/src/options/index.html', frameId: 2, tab: { id: 7, url: 'https://evil.example/' } }, self)).toBeUndefined();
    expect(senderKind({ id: 'ext-id', url: 'chrome-extension://ext-id/src/options/index.html', frameId: 2, tab: { id: 7 } }, self)).toBeUndefined();
    expect(senderKind({ id: 'ext-id', url: 'https://x.com/' }, self)).toBeUndefined();
    expect(senderKind({ id: 'ext-id', url: 'https://x.com/', tab: { id: 7 } }, self)).toBeUndefined();
    // A look-alike origin is not ours.
    expect(senderKind({ id: 'ext-id', url: 'chrome-extension://ext-id-2/x.html' }, self)).toBeUndefined();
  });
});

describe('admit: who may send what', () => {
  it('takes the UI’s messages from the extension’s pages only', () => {
    for (const message of [
      { type: 'ruleset:import', ruleset: {} },
      { type: 'prefs:set', uiLang: 'ar' },
      { type: 'stats:get' },
      { type: 'stats:reset' },
      { type: 'dismissed:list' },
      { type: 'dismissed:reset', key: 'a' },
      { type: 'ruleset:get-user' },
      { type: 'tab:get', tabId: 7 },
      { type: 'pause:set', site: 'x.com', paused: true },
    ]) {
      expect(admit(message, popup, self).ok).toBe(true);
      expect(admit(message, optionsTab, self).ok).toBe(true);
      expect(refused(message, content)).toBe(`refused: "${message.type}" is not accepted from a content script`);
    }
  });

  it('takes composer reports and counts from content scripts only, with the sender’s own tab and frame', () => {
    const update = { type: 'composer:update', state: { site: 'x.com', capacity: 'unknown', capacitySource: 'unknown', findings: [], paused: false } };
    expect(admit(update, contentFrame, self)).toEqual({ ok: true, message: update, from: 'content', handler: 'router', tabId: 7, frameId: 3 });
    expect(refused(update, popup)).toBe('refused: "composer:update" is not accepted from an extension page');
    expect(refused({ type: 'stats:count', checks: ['commitment'] }, optionsTab)).toBe('refused: "stats:count" is not accepted from an extension page');
    expect(admit({ type: 'stats:count', checks: ['commitment'] }, content, self).ok).toBe(true);
  });

  it('takes a dismissal from content scripts only: the overlay is where a finding is dismissed', () => {
    const dismissal = { type: 'dismissed:add', site: 'x.com', check: 'commitment', rule: 'promise' };
    expect(admit(dismissal, contentFrame, self)).toEqual({ ok: true, message: dismissal, from: 'content', handler: 'router', tabId: 7, frameId: 3 });
    expect(refused(dismissal, popup)).toBe('refused: "dismissed:add" is not accepted from an extension page');
    expect(refused(dismissal, optionsTab)).toBe('refused: "dismissed:add" is not accepted from an extension page');
  });

  it('answers state:get and capacity:set for both, and never accepts its own outgoing state:changed', () => {
    for (const sender of [popup, content]) {
      expect(admit({ type: 'state:get' }, sender, self).ok).toBe(true);
      expect(admit({ type: 'capacity:set', site: 'x.com', account: '@a', capacity: 'official' }, sender, self).ok).toBe(true);
      expect(refused({ type: 'state:changed', state: {} }, sender)).toMatch(/^refused: "state:changed" is not accepted from /);
    }
  });

  it('refuses anything from outside the extension before reading it', () => {
    expect(refused({ type: 'state:get' }, { ...popup, id: 'other' })).toBe('refused: not from this extension’s pages or content scripts');
  });
});

describe('admit: shapes', () => {
  it.each([
    [null, 'refused: a message is an object with a "type"'],
    ['state:get', 'refused: a message is an object with a "type"'],
    [{ type: 7 }, 'refused: a message is an object with a "type"'],
    [{ type: 'tabs:steal' }, 'refused: unknown message type "tabs:steal"'],
    [{ type: 'toString' }, 'refused: unknown message type "toString"'],
    [{ type: 'tab:get', tabId: '7' }, 'refused: "tab:get": bad field "tabId"'],
    [{ type: 'tab:get', tabId: -1 }, 'refused: "tab:get": bad field "tabId"'],
    [{ type: 'tab:get' }, 'refused: "tab:get": bad field "tabId"'],
    [{ type: 'prefs:set', uiLang: 'fr' }, 'refused: "prefs:set": bad field "uiLang"'],
    [{ type: 'pause:set', site: 'x.com', paused: 'yes' }, 'refused: "pause:set": bad field "paused"'],
    [{ type: 'pause:set', site: '', paused: true }, 'refused: "pause:set": bad field "site"'],
    [{ type: 'dismissed:reset', key: 5 }, 'refused: "dismissed:reset": bad field "key"'],
    [{ type: 'stats:get', extra: 1 }, 'refused: "stats:get": unexpected field "extra"'],
    [{ type: 'ruleset:import' }, 'refused: "ruleset:import": bad field "ruleset"'],
    [{ type: 'capacity:set', site: 'x.com', account: '@a', capacity: 'royal' }, 'refused: "capacity:set": bad field "capacity"'],
  ])('refuses %j from a page', (message, error) => {
    expect(refused(message, popup)).toBe(error);
  });

  it.each([
    [{ type: 'composer:update' }, 'bad field "state"'],
    [{ type: 'composer:update', state: 'x.com' }, 'bad field "state"'],
    [{ type: 'composer:update', state: { site: 5 } }, 'bad field "state"'],
    [{ type: 'composer:update', state: { site: 'x.com', findings: 'many' } }, 'bad field "state"'],
    [{ type: 'composer:update', state: null, tabId: 9 }, 'unexpected field "tabId"'],
    [{ type: 'stats:count', checks: 'commitment' }, 'bad field "checks"'],
    [{ type: 'stats:count', checks: [1] }, 'bad field "checks"'],
    [{ type: 'stats:count', checks: Array(300).fill('commitment') }, 'bad field "checks"'],
    [{ type: 'dismissed:add', site: 'x.com', check: 'commitment' }, 'bad field "rule"'],
    [{ type: 'dismissed:add', site: '', check: 'commitment', rule: 'promise' }, 'bad field "site"'],
    [{ type: 'dismissed:add', site: 'x.com', check: '', rule: 'promise' }, 'bad field "check"'],
    [{ type: 'dismissed:add', site: 'x.com', check: 'commitment', rule: 'x'.repeat(513) }, 'bad field "rule"'],
    [{ type: 'dismissed:add', site: 'x.com', check: 'commitment', rule: 'promise', text: 'we will fix it' }, 'unexpected field "text"'],
  ])('refuses %j from a content script', (message, problem) => {
    expect(refused(message, content)).toBe(`refused: "${(message as { type: string }).type}": ${problem}`);
  });

  it('accepts a frame forgetting its compose box', () => {
    expect(admit({ type: 'composer:update', state: null }, content, self).ok).toBe(true);
  });
});

describe('one table for every message', () => {
  it('derives the UI’s list from it', () => {
    expect([...UI_MESSAGE_TYPES].sort()).toEqual(['dismissed:list', 'dismissed:reset', 'prefs:set', 'ruleset:get-user', 'ruleset:import', 'stats:get', 'stats:reset']);
    for (const type of UI_MESSAGE_TYPES) expect(MESSAGE_RULES[type as keyof typeof MESSAGE_RULES].from).toBe('page');
  });
});
