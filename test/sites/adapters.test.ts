// @vitest-environment happy-dom
// Every site adapter over its fixture pages: the composer is found, and the account, the post replied to and the post button are read.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORUM_SOFTWARE, NAMED_SITES, findComposer } from '../../src/sites/index.js';
import { composedAncestors } from '../../src/content/discovery.js';
import { AWAITING_CAPTURE, PAGES, type FixturePage } from './pages.js';

const FIXTURES = join(__dirname, 'fixtures');
const ADAPTERS = [...NAMED_SITES, ...FORUM_SOFTWARE];

/** Loads a fixture page as the whole document, at its address. */
function load(site: string, page: FixturePage): void {
  const html = readFileSync(join(FIXTURES, site, page.file), 'utf8');
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(page.url);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const root = document.importNode(parsed.documentElement, true);
  document.removeChild(document.documentElement);
  document.appendChild(root);
}

function one(selector: string): HTMLElement {
  const found = document.querySelectorAll<HTMLElement>(selector);
  expect(found.length, `${selector} matches exactly one element`).toBe(1);
  return found[0];
}

const pagesOf = (id: string) => PAGES[id] ?? [];

describe('every site adapter has fixture pages', () => {
  it.each(ADAPTERS.map((a) => a.id))('%s has at least one page, and every page on disk is in the table', (id) => {
    const dir = join(FIXTURES, id);
    const onDisk = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')).sort() : [];
    if (!(id in AWAITING_CAPTURE)) expect(pagesOf(id).length, `${id} has no fixture page in test/sites/pages.ts`).toBeGreaterThan(0);
    expect(pagesOf(id).map((p) => p.file).sort()).toEqual(onDisk);
  });

  // An adapter still waiting for a real capture is named, with why; it leaves the list the day it gets a page.
  it('the adapters waiting for a capture are exactly the ones with no page', () => {
    expect(ADAPTERS.filter((a) => !pagesOf(a.id).length).map((a) => a.id).sort()).toEqual(Object.keys(AWAITING_CAPTURE).sort());
  });

  it('names no adapter the registry does not have', () => {
    expect(Object.keys(PAGES).filter((id) => !ADAPTERS.some((a) => a.id === id))).toEqual([]);
  });
});

describe.each(ADAPTERS.filter((a) => pagesOf(a.id).length).map((a) => [a.id, a] as const))('%s', (id, adapter) => {
  it.each(pagesOf(id).map((p) => [p.file, p] as const))('%s', (_file, page) => {
    load(id, page);
    const focus = one(page.focus);
    const match = findComposer(new URL(page.url).hostname, composedAncestors(focus));
    expect(match?.site.id).toBe(id);
    const composer = match!.composer;
    expect(composer).toBe(page.composer ? one(page.composer) : focus);
    expect(adapter.account(composer)).toBe(page.account);
    expect(adapter.replyTo(composer)).toBe(page.reply);
    expect(adapter.postButton(composer)).toBe(one(page.postButton));
  });
});
