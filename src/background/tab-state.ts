// What each tab's active compose box reports, kept per tab (in session storage, so a restarted service worker still knows),
// and shown as the toolbar badge: the number of open findings, coloured by the most serious one.
import type { ComposerState } from '../shared/messages.js';

const KEY = 'tabStates';
const COLOUR = { error: '#c62828', warning: '#b26a00', info: '#1565c0' } as const;

type States = Record<string, ComposerState>;

/** chrome.storage.session where the browser has it; otherwise memory (lost when the worker stops, which is acceptable). */
const sessionArea = (): chrome.storage.StorageArea | null => globalThis.chrome?.storage?.session ?? null;
let memory: States = {};

async function load(): Promise<States> {
  const area = sessionArea();
  if (!area) return memory;
  const stored = (await area.get(KEY))[KEY];
  return stored && typeof stored === 'object' ? (stored as States) : {};
}

async function save(states: States): Promise<void> {
  const area = sessionArea();
  if (!area) memory = states;
  else await area.set({ [KEY]: states });
}

export function badgeFor(state: ComposerState | null): { text: string; colour: string } {
  const open = state && !state.paused ? state.findings : [];
  const worst = open.some((f) => f.severity === 'error') ? 'error' : open.some((f) => f.severity === 'warning') ? 'warning' : 'info';
  return { text: open.length ? String(open.length) : '', colour: COLOUR[worst] };
}

async function paint(tabId: number, state: ComposerState | null): Promise<void> {
  const { text, colour } = badgeFor(state);
  try {
    await chrome.action.setBadgeText({ tabId, text });
    if (text) await chrome.action.setBadgeBackgroundColor({ tabId, color: colour });
  } catch {
    // The tab closed meanwhile.
  }
}

// Updates to one tab's state are serialised so that quick reports never overwrite each other.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

export function setTabState(tabId: number, state: ComposerState | null): Promise<void> {
  return serial(async () => {
    const states = await load();
    if (state) states[tabId] = state;
    else delete states[tabId];
    await save(states);
    await paint(tabId, state);
  });
}

export async function getTabState(tabId: number): Promise<ComposerState | null> {
  return (await load())[tabId] ?? null;
}

/** Marks every tab of a site paused or not, and repaints their badges. */
export function setSitePaused(site: string, paused: boolean): Promise<void> {
  return serial(async () => {
    const states = await load();
    for (const [tabId, state] of Object.entries(states)) {
      if (state.site !== site) continue;
      state.paused = paused;
      if (paused) state.findings = [];
      await paint(Number(tabId), state);
    }
    await save(states);
  });
}

/** A closed tab or a new page in it forgets what it reported. */
export function watchTabs(): void {
  chrome.tabs.onRemoved.addListener((tabId) => void setTabState(tabId, null).catch(() => undefined));
  chrome.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading' && info.url) void setTabState(tabId, null).catch(() => undefined);
  });
}
