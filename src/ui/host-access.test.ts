import { afterEach, describe, expect, it, vi } from 'vitest';
import { onPermissionsChange, readHostAccess, requestHostAccess } from './host-access.js';

afterEach(() => vi.unstubAllGlobals());

function event() {
  const listeners = new Set<() => void>();
  return {
    listeners,
    addListener: (l: () => void) => listeners.add(l),
    removeListener: (l: () => void) => listeners.delete(l),
  };
}

describe('requestHostAccess', () => {
  it('asks for the https origin of the host at once, before any await, so the click still counts', () => {
    const request = vi.fn(async () => true);
    vi.stubGlobal('chrome', { permissions: { request } });
    void requestHostAccess('forum.example.org');
    expect(request).toHaveBeenCalledWith({ origins: ['https://forum.example.org/*'] });
  });
  it('is true only when the browser grants it', async () => {
    vi.stubGlobal('chrome', { permissions: { request: async () => true } });
    expect(await requestHostAccess('forum.example.org')).toBe(true);
    vi.stubGlobal('chrome', { permissions: { request: async () => false } });
    expect(await requestHostAccess('forum.example.org')).toBe(false);
    vi.stubGlobal('chrome', { permissions: { request: async () => Promise.reject(new Error('no gesture')) } });
    expect(await requestHostAccess('forum.example.org')).toBe(false);
    vi.stubGlobal('chrome', { permissions: { request: () => { throw new Error('not optional'); } } });
    expect(await requestHostAccess('forum.example.org')).toBe(false);
  });
});

describe('readHostAccess', () => {
  it('asks the browser about each host', async () => {
    const contains = vi.fn(async ({ origins }: { origins: string[] }) => origins[0] === 'https://talk.example.org/*');
    vi.stubGlobal('chrome', { permissions: { contains } });
    expect(await readHostAccess(['forum.example.org', 'talk.example.org'])).toEqual([
      { host: 'forum.example.org', granted: false },
      { host: 'talk.example.org', granted: true },
    ]);
  });
});

describe('onPermissionsChange', () => {
  it('listens to grants and removals, and stops when asked', () => {
    const onAdded = event();
    const onRemoved = event();
    vi.stubGlobal('chrome', { permissions: { onAdded, onRemoved } });
    const callback = vi.fn();
    const stop = onPermissionsChange(callback);
    [...onAdded.listeners][0]();
    [...onRemoved.listeners][0]();
    expect(callback).toHaveBeenCalledTimes(2);
    stop();
    expect(onAdded.listeners.size + onRemoved.listeners.size).toBe(0);
  });
});
