// Asks the browser for access to a forum host; must be called straight from the click, before any await.
import { originPattern } from './user-layer.js';

export function forumPermissionGate(denied: (host: string) => string): (host: string) => Promise<string | null> {
  return async (host) => {
    const request = chrome.permissions.request({ origins: [originPattern(host)] });
    try {
      return (await request) ? null : denied(host);
    } catch {
      return denied(host);
    }
  };
}
