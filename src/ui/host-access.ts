// Host access for the forums and Mastodon servers a ruleset lists: asked for from a click, watched as it changes.
import { hostAccess, hostOrigin, type HostAccess } from '../shared/forum-hosts.js';

/**
 * Asks the browser for access to `host`. Must run straight from the click handler, before any await, or the browser
 * no longer counts it as the person's gesture and refuses. Resolves true when granted.
 */
export function requestHostAccess(host: string): Promise<boolean> {
  let asked: Promise<boolean>;
  try {
    asked = chrome.permissions.request({ origins: [hostOrigin(host)] });
  } catch {
    return Promise.resolve(false);
  }
  return asked.then((granted) => granted === true, () => false);
}

export function readHostAccess(hosts: readonly string[]): Promise<HostAccess[]> {
  return hostAccess(hosts, (p) => chrome.permissions.contains(p));
}

/** Calls back when any host permission is granted or removed (here, in the browser's settings, or elsewhere). */
export function onPermissionsChange(callback: () => void): () => void {
  const listener = () => callback();
  chrome.permissions.onAdded.addListener(listener);
  chrome.permissions.onRemoved.addListener(listener);
  return () => {
    chrome.permissions.onAdded.removeListener(listener);
    chrome.permissions.onRemoved.removeListener(listener);
  };
}
