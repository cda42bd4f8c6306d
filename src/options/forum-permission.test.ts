import { afterEach, describe, expect, it, vi } from 'vitest';
import { forumPermissionGate } from './forum-permission.js';

function stubPermissions(answer: () => Promise<boolean>) {
  const request = vi.fn(answer);
  vi.stubGlobal('chrome', { permissions: { request } });
  return request;
}

afterEach(() => vi.unstubAllGlobals());

describe('forumPermissionGate', () => {
  it('asks for the host at once, before any await, so the click still counts as the person’s gesture', () => {
    const request = stubPermissions(async () => true);
    void forumPermissionGate((h) => `denied ${h}`)('forum.example.org');
    expect(request).toHaveBeenCalledWith({ origins: ['https://forum.example.org/*'] });
  });
  it('lets the host in when granted', async () => {
    stubPermissions(async () => true);
    expect(await forumPermissionGate((h) => `denied ${h}`)('forum.example.org')).toBeNull();
  });
  it('refuses the host with the message when the browser says no or fails', async () => {
    stubPermissions(async () => false);
    expect(await forumPermissionGate((h) => `denied ${h}`)('forum.example.org')).toBe('denied forum.example.org');
    stubPermissions(async () => {
      throw new Error('not in the manifest');
    });
    expect(await forumPermissionGate((h) => `denied ${h}`)('talk.example.org')).toBe('denied talk.example.org');
  });
});
