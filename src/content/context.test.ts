// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentContext } from './context.js';

/** The part of chrome.runtime the lifetime reads: its id, gone once the extension is reloaded, updated or removed. */
const runtime: { id: string | undefined } = { id: 'extension' };

beforeEach(() => {
  runtime.id = 'extension';
  vi.stubGlobal('chrome', { runtime });
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('ContentContext tied to the extension runtime', () => {
  it('runs no handler once the extension is gone, and ends the whole script with its boxes instead', () => {
    const root = new ContentContext();
    root.tieToRuntime();
    const box = root.child();
    const target = new EventTarget();
    const seen: string[] = [];
    box.listen(target, 'click', () => seen.push('box'));
    root.listen(target, 'click', () => seen.push('root'));
    target.dispatchEvent(new Event('click'));
    expect(seen).toEqual(['box', 'root']);

    runtime.id = undefined;
    target.dispatchEvent(new Event('click'));
    expect(seen).toEqual(['box', 'root']);
    expect(root.aborted && box.aborted).toBe(true);
    expect(root.signal.reason).toBe('extension context invalidated');
  });

  it('polling notices the extension going away with nothing else happening', () => {
    const root = new ContentContext();
    root.tieToRuntime();
    root.pollRuntime();
    const ended = vi.fn();
    root.child().onAbort(ended);
    vi.advanceTimersByTime(1_000);
    expect(root.aborted).toBe(false);
    runtime.id = undefined;
    vi.advanceTimersByTime(250);
    expect(root.aborted).toBe(true);
    expect(ended).toHaveBeenCalledOnce();
  });

  it('an untied lifetime (unit tests, no runtime) runs its handlers as before', () => {
    vi.unstubAllGlobals();
    const root = new ContentContext();
    const target = new EventTarget();
    const handler = vi.fn();
    root.listen(target, 'input', handler);
    target.dispatchEvent(new Event('input'));
    expect(handler).toHaveBeenCalledOnce();
    expect(root.aborted).toBe(false);
  });
});
