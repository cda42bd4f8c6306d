// What each compose box reports, kept per tab and frame (in session storage, so a restarted service worker still knows),
// and shown as the toolbar badge: the number of open findings, coloured by the most serious one. A frame only ever
// writes its own entry; the tab shows the frame that reported last.
import type { ComposerState } from '../shared/messages.js';

const KEY = 'tabStates'; // the popup watches this name
const COLOUR = { error: '#c62828', warning: '#b26a00', info: '#1565c0' } as const;

/** One frame's report and when it came, by a counter so two reports in the same millisecond still have an order. */
interface FrameReport {
  state: ComposerState;
  seq: number;
}
type States = Record<string, Record<string, FrameReport>>;

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

let seq = 0;

/** The report a tab shows: its frame that reported last. */
function shown(frames: Record<string, FrameReport> | undefined): ComposerState | null {
  let best: FrameReport | undefined;
  for (const report of Object.values(frames ?? {})) if (!best || report.seq > best.seq) best = report;
  return best?.state ?? null;
}

/** Records (or, with null, forgets) what one frame of a tab reports; other frames' reports stay. */
export function setFrameState(tabId: number, frameId: number, state: ComposerState | null): Promise<void> {
  return serial(async () => {
    const states = await load();
    const frames = { ...states[tabId] };
    if (state) {
      seq = Math.max(seq, ...Object.values(frames).map((r) => r.seq)) + 1;
      frames[frameId] = { state, seq };
    } else delete frames[frameId];
    if (Object.keys(frames).length) states[tabId] = frames;
    else delete states[tabId];
    await save(states);
    await paint(tabId, shown(frames));
  });
}

/** Forgets every frame of a tab (closed, or a new page loading in it). */
export function forgetTab(tabId: number): Promise<void> {
  return serial(async () => {
    const states = await load();
    delete states[tabId];
    await save(states);
    await paint(tabId, null);
  });
}

export async function getTabState(tabId: number): Promise<ComposerState | null> {
  return shown((await load())[tabId]);
}

/** Marks every frame of a site paused or not, and repaints the badges. */
export function setSitePaused(site: string, paused: boolean): Promise<void> {
  return serial(async () => {
    const states = await load();
    for (const [tabId, frames] of Object.entries(states)) {
      let touched = false;
      for (const report of Object.values(frames)) {
        if (report.state.site !== site) continue;
        report.state.paused = paused;
        if (paused) report.state.findings = [];
        touched = true;
      }
      if (touched) await paint(Number(tabId), shown(frames));
    }
    await save(states);
  });
}

/** A closed tab or a new page in it forgets what it reported. */
export function watchTabs(): void {
  chrome.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).catch(() => undefined));
  chrome.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading' && info.url) void forgetTab(tabId).catch(() => undefined);
  });
}
