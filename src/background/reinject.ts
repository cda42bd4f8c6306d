// Tabs already open on coached sites when the extension is installed, updated or reloaded get the new content script
// at once: the browser injects manifest content scripts only into pages loaded afterwards. A copy that is already
// running in a page (src/content/index.ts) keeps running, so injecting twice never coaches a box twice.

/** Every page pattern the content script runs on: the manifest's sites and the forum hosts registered at run time. */
async function coachedPatterns(): Promise<string[]> {
  const patterns = new Set(chrome.runtime.getManifest().content_scripts?.flatMap((s) => s.matches ?? []) ?? []);
  const registered = await chrome.scripting.getRegisteredContentScripts().catch(() => []);
  for (const script of registered) for (const m of script.matches ?? []) patterns.add(m);
  return [...patterns];
}

export async function injectIntoOpenTabs(): Promise<number> {
  if (!chrome.scripting?.executeScript) return 0;
  const files = chrome.runtime.getManifest().content_scripts?.[0]?.js ?? [];
  const patterns = await coachedPatterns();
  if (!files.length || !patterns.length) return 0;
  const tabs = await chrome.tabs.query({ url: patterns });
  const injected = await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined || tab.discarded
        ? false
        : chrome.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files }).then(
            () => true,
            // A tab that navigated away meanwhile, or a page the browser protects: nothing to coach there.
            () => false,
          ),
    ),
  );
  return injected.filter(Boolean).length;
}
