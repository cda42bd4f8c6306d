// Which tab the popup speaks about: the active one, or ?tab=<id> when the popup is opened as a page (tests).

export function tabIdFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  return raw !== null && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

/** Host name of a web page; undefined for the browser's own pages, files and extension pages. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : undefined;
  } catch {
    return undefined;
  }
}

export interface CurrentTab {
  id: number;
  host?: string;
}

export async function currentTab(search: string = location.search): Promise<CurrentTab | null> {
  const fromQuery = tabIdFromQuery(search);
  if (fromQuery !== undefined) {
    try {
      return { id: fromQuery, host: hostOf((await chrome.tabs.get(fromQuery)).url) };
    } catch {
      return { id: fromQuery };
    }
  }
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, host: hostOf(tab.url) };
}
