// The background: answers the content scripts, the popup and the options page; keeps per-tab state and the toolbar badge;
// registers the content script on granted forum hosts. It never makes a network request.
import type { Capacity } from '../engine/types.js';
import { STORAGE, type EffectiveState, type Message, type MessageError } from '../shared/messages.js';
import { sanitiseComposerState } from '../shared/composer-state.js';
import { isLocked, PAUSE_LOCK } from '../ruleset/locks.js';
import { createRulesetStore } from './ruleset-store.js';
import { getTabState, setFrameState, setSitePaused, watchTabs } from './tab-state.js';
import { syncForumScripts } from './forum-scripts.js';
import { handleUiMessage, type LocalArea } from './ui-handlers.js';
import { recordDismissal } from './dismissals.js';
import { injectIntoOpenTabs } from './reinject.js';
import { admit, type Self } from './message-rules.js';

const store = createRulesetStore();

async function updateRecord(key: string, change: (value: Record<string, unknown>) => void): Promise<void> {
  const stored = (await chrome.storage.local.get(key))[key];
  const value = stored && typeof stored === 'object' ? { ...(stored as Record<string, unknown>) } : {};
  change(value);
  await chrome.storage.local.set({ [key]: value });
}

// Storage read-modify-writes are serialised so two quick messages never lose one another's change.
let writes: Promise<unknown> = Promise.resolve();
function serial(job: () => Promise<void>): Promise<void> {
  const next = writes.then(job, job);
  writes = next.catch(() => undefined);
  return next;
}

function setCapacity(site: string, account: string, capacity: Capacity): Promise<void> {
  return serial(() =>
    updateRecord(STORAGE.capacityChoices, (choices) => {
      const key = `${site}|${account}`;
      if (capacity === 'unknown') delete choices[key];
      else choices[key] = capacity;
    }),
  );
}

function setPaused(site: string, paused: boolean): Promise<void> {
  return serial(() =>
    updateRecord(STORAGE.paused, (sites) => {
      if (paused) sites[site] = true;
      else delete sites[site];
    }),
  ).then(() => setSitePaused(site, paused));
}

function countStats(checks: string[]): Promise<void> {
  return serial(() =>
    updateRecord(STORAGE.stats, (stats) => {
      for (const id of checks) {
        if (typeof id !== 'string' || !id) continue;
        const n = stats[id];
        stats[id] = (typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : 0) + 1;
      }
    }),
  );
}

/** A message admit() let through: from the sender it must come from, in its shape, with the sender's tab and frame. */
type Admitted = Extract<ReturnType<typeof admit>, { ok: true }>;

async function route({ message, handler, tabId, frameId }: Admitted): Promise<unknown> {
  if (handler === 'ui') return handleUiMessage(message);
  switch (message.type) {
    case 'state:get':
      return store.get();
    case 'composer:update':
      // Keyed by the sender's own tab and frame: a frame never writes another frame's or another tab's report.
      return setFrameState(tabId!, frameId!, sanitiseComposerState(message.state));
    case 'tab:get':
      return getTabState(message.tabId);
    case 'capacity:set':
      return setCapacity(message.site, message.account, message.capacity);
    case 'pause:set':
      // The popup shows the switch disabled; this also refuses an older page.
      if (message.paused && isLocked((await store.get()).status.locked, PAUSE_LOCK)) return undefined;
      return setPaused(message.site, message.paused);
    case 'stats:count':
      return countStats(message.checks);
    case 'dismissed:add':
      return serial(() => recordDismissal(chrome.storage.local as unknown as LocalArea, message.site, message.check, message.rule, Date.now()));
    default:
      return { error: `refused: "${message.type}" is not answered here` } satisfies MessageError;
  }
}

const self: Self = { id: chrome.runtime.id, origin: chrome.runtime.getURL('') };

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  // Only this extension's own pages, for their messages, and its content scripts, for theirs; the shape is checked too.
  const admitted = admit(message, sender, self);
  if (!admitted.ok) {
    console.debug('[post-coach] background', admitted.error);
    sendResponse({ error: admitted.error } satisfies MessageError);
    return false;
  }
  route(admitted).then(
    (answer) => sendResponse(answer ?? null),
    (error) => {
      console.debug('[post-coach] background', admitted.message.type, error);
      sendResponse({ error: `failed: ${error instanceof Error ? error.message : String(error)}` } satisfies MessageError);
    },
  );
  return true;
});

/** Content scripts of every tab re-read the ruleset in force; tabs without one simply do not answer. */
async function broadcast(state: EffectiveState): Promise<void> {
  const tabs = await chrome.tabs.query({});
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    chrome.tabs.sendMessage(tab.id, { type: 'state:changed', state } satisfies Message).catch(() => undefined);
  }
}

store.onChange((state) => {
  void broadcast(state).catch(() => undefined);
  void syncForumScripts(state.ruleset).catch((e) => console.debug('[post-coach] forum scripts', e));
});

const resync = () => void store.get().then((s) => syncForumScripts(s.ruleset)).catch((e) => console.debug('[post-coach] forum scripts', e));
chrome.permissions.onAdded.addListener(resync);
chrome.permissions.onRemoved.addListener(resync);
chrome.runtime.onInstalled.addListener(resync);
// Open tabs on coached sites get the new content script without a reload (the old one has ended itself).
chrome.runtime.onInstalled.addListener(() => void injectIntoOpenTabs().catch((e) => console.debug('[post-coach] inject', e)));
chrome.runtime.onStartup.addListener(resync);
watchTabs();
