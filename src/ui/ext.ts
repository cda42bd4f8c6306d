// Typed calls from the popup and options page to the background, and the storage.local reads they share.
import type { Capacity, Ruleset } from '../engine/types.js';
import { isMessageError, type ComposerState, type DismissedRow, type EffectiveState, type ImportResult, type Message } from '../shared/messages.js';

async function send<T>(msg: Message): Promise<T> {
  const answer: unknown = await chrome.runtime.sendMessage(msg);
  // A refusal or failure in the background comes back as an answer, so the page shows it instead of a wrong value.
  if (isMessageError(answer)) throw new Error(answer.error);
  return answer as T;
}

export const api = {
  state: () => send<EffectiveState>({ type: 'state:get' }),
  tab: (tabId: number) => send<ComposerState | null>({ type: 'tab:get', tabId }),
  setCapacity: (site: string, account: string, capacity: Capacity) => send<void>({ type: 'capacity:set', site, account, capacity }),
  setPaused: (site: string, paused: boolean) => send<void>({ type: 'pause:set', site, paused }),
  dismissed: () => send<DismissedRow[]>({ type: 'dismissed:list' }),
  resetDismissed: (key?: string) => send<void>(key === undefined ? { type: 'dismissed:reset' } : { type: 'dismissed:reset', key }),
  stats: () => send<Record<string, number>>({ type: 'stats:get' }),
  resetStats: () => send<void>({ type: 'stats:reset' }),
  userRuleset: () => send<Ruleset>({ type: 'ruleset:get-user' }),
  importRuleset: (ruleset: unknown) => send<ImportResult>({ type: 'ruleset:import', ruleset }),
  setUiLang: (uiLang: 'en' | 'ar' | null) => send<void>({ type: 'prefs:set', uiLang }),
};

export async function readLocal<T>(key: string): Promise<T | undefined> {
  return (await chrome.storage.local.get(key))[key] as T | undefined;
}

/** Calls back when any of the keys changes in storage.local or storage.managed; returns the unsubscribe. */
export function onStorageChange(keys: readonly string[] | null, callback: () => void): () => void {
  const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area === 'managed' || keys === null || keys.some((k) => k in changes)) callback();
  };
  chrome.storage.onChanged.addListener(listener);
  return () => chrome.storage.onChanged.removeListener(listener);
}
