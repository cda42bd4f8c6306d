import { describe, expect, it } from 'vitest';
import { hostOf, tabIdFromQuery } from './current-tab.js';

describe('tabIdFromQuery', () => {
  it('reads a numeric ?tab= and ignores anything else', () => {
    expect(tabIdFromQuery('?tab=42')).toBe(42);
    expect(tabIdFromQuery('?x=1&tab=7')).toBe(7);
    expect(tabIdFromQuery('?tab=-1')).toBeUndefined();
    expect(tabIdFromQuery('?tab=4x')).toBeUndefined();
    expect(tabIdFromQuery('')).toBeUndefined();
  });
});

describe('hostOf', () => {
  it('gives the host of web pages only', () => {
    expect(hostOf('https://x.com/compose/post')).toBe('x.com');
    expect(hostOf('http://forum.example.org:8080/t/1')).toBe('forum.example.org');
    expect(hostOf('chrome://extensions')).toBeUndefined();
    expect(hostOf('chrome-extension://abc/src/popup/index.html')).toBeUndefined();
    expect(hostOf('not a url')).toBeUndefined();
    expect(hostOf(undefined)).toBeUndefined();
  });
});
