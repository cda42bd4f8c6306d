// Forums and Mastodon instances the ruleset lists (or the person adds) get the content script once the person granted
// access to that host: registered dynamically, since their hosts are not known when the extension is built.
import type { Ruleset } from '../ruleset/types.js';
import { forumHosts, hostOrigin } from '../shared/forum-hosts.js';

const SCRIPT_ID = 'post-coach-forums';

/** The built content script, as the manifest names it (the build renames files, so it is read, not written here). */
function contentScriptFiles(): string[] {
  return extensionPaths(chrome.runtime.getManifest().content_scripts?.[0]?.js ?? [], chrome.runtime.getURL(''));
}

/** Files as paths inside the extension: Firefox's getManifest() gives full moz-extension:// URLs, which it refuses to register. */
export function extensionPaths(files: readonly string[], root: string): string[] {
  return files.map((f) => (f.startsWith(root) ? f.slice(root.length) : f));
}

/** Origin patterns for the ruleset's forum and Mastodon hosts ("forum.example.org" -> "https://forum.example.org/*"). */
export function forumOrigins(ruleset: Ruleset): string[] {
  return forumHosts(ruleset).map(hostOrigin);
}

/** Registers the content script for exactly the listed hosts the person has granted; unregisters it when there are none. */
export async function syncForumScripts(ruleset: Ruleset): Promise<string[]> {
  if (!chrome.scripting?.registerContentScripts) return [];
  const wanted = forumOrigins(ruleset);
  const granted: string[] = [];
  for (const origin of wanted) {
    if (await chrome.permissions.contains({ origins: [origin] }).catch(() => false)) granted.push(origin);
  }
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (existing.length) await chrome.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  const js = contentScriptFiles();
  if (!granted.length || !js.length) return [];
  const script: chrome.scripting.RegisteredContentScript = {
    id: SCRIPT_ID,
    matches: granted,
    js,
    runAt: 'document_idle',
    allFrames: true,
    matchOriginAsFallback: true,
    persistAcrossSessions: true,
  };
  try {
    await chrome.scripting.registerContentScripts([script]);
  } catch {
    // Browsers without matchOriginAsFallback (editor frames at about:blank) still get the top-level pages.
    const { matchOriginAsFallback: _unsupported, ...plain } = script;
    await chrome.scripting.registerContentScripts([plain]);
  }
  return granted;
}
