// The shipped build, as the site's own scripts see it: coaching shows to the person, and the page can read none of it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, openFixture, test } from '../helpers/test.js';
import { SHIPPED_DIST, extensionWorker, launchWithExtension } from '../helpers/browser.js';
import { serveFixtures } from '../helpers/serve.js';
import { focusEditor, textRects } from '../helpers/editor.js';
import { columnsWithColour, stripUnder } from '../helpers/pixels.js';
import { PAGES } from '../helpers/pages.js';

const PHONE = '+968 9123 4567';
/** The colour of an error underline (src/content/overlay/styles.ts); a phone number in a post is an error. */
const ERROR_RED: [number, number, number] = [0xc6, 0x28, 0x28];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(SHIPPED_DIST, path)];
  });
}

declare global {
  interface Window {
    __added?: Element[];
    __baseline?: Set<Element>;
  }
}

test('on x.com the page cannot read findings, capacity or the extension itself, while the person still sees the underlines', async () => {
  const launched = await launchWithExtension(SHIPPED_DIST);
  try {
    const { context } = launched;
    await serveFixtures(context);
    const worker = await extensionWorker(context);
    const id = new URL(worker.url()).host;
    // Every element added to the page from its first moment on, as a page script would record them.
    await context.addInitScript(() => {
      window.__added = [];
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n.nodeType === Node.ELEMENT_NODE) window.__added!.push(n as Element);
      }).observe(document, { childList: true, subtree: true });
    });
    const x = PAGES.x;
    const { page, trouble } = await openFixture(context, x);
    await page.evaluate(() => (window.__baseline = new Set(document.querySelectorAll('*'))));
    await focusEditor(page, x);
    await page.keyboard.type(`call me on ${PHONE}, you idiot`);

    // The person sees the error underline under the phone number (drawn inside the overlay, so read from the screen).
    const [phone] = await textRects(page, PHONE);
    expect(phone, 'fixture measures the phone number').toBeTruthy();
    await expect
      .poll(async () => {
        const columns = await columnsWithColour(context, await page.screenshot({ clip: stripUnder(phone) }), ERROR_RED);
        return columns.filter(Boolean).length / columns.length;
      }, { timeout: 10_000, message: 'share of the phone number underlined in red' })
      .toBeGreaterThan(0.5);

    const seen = await page.evaluate(() => {
      const app = document.getElementById('app')!;
      const added = window.__added!.filter((el) => !window.__baseline!.has(el) && !app.contains(el));
      const everything = [...document.querySelectorAll('*')];
      const sheets = [...document.styleSheets].flatMap((s) => {
        try {
          return [...s.cssRules].map((r) => r.cssText);
        } catch {
          return [];
        }
      });
      return {
        added: added.map((el) => ({
          tag: el.localName,
          attributes: [...el.attributes].map((a) => a.name),
          shadowRootIsNull: el.shadowRoot === null,
          connected: el.isConnected,
        })),
        mentions: everything
          .filter((el) => /post-?coach/i.test(el.localName) || [...el.attributes].some((a) => /post-?coach|^data-(findings|checks|capacity)$/i.test(a.name) || /post-?coach/i.test(a.value)))
          .map((el) => el.outerHTML.slice(0, 120)),
        highlights: CSS.highlights ? [...CSS.highlights.keys()] : [],
        highlightRules: sheets.filter((t) => /::highlight|post-?coach/i.test(t)),
        links: [...document.querySelectorAll('link[href^="chrome-extension:"], script[src^="chrome-extension:"]')].length,
        timing: performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.startsWith('chrome-extension:')),
      };
    });
    // The overlay host is the one element the extension added: no attributes, a closed shadow root, a name that says nothing.
    expect(seen.added).toHaveLength(1);
    expect(seen.added[0]).toEqual({ tag: expect.not.stringMatching(/post|coach/), attributes: [], shadowRootIsNull: true, connected: true });
    expect(seen.mentions).toEqual([]);
    expect(seen.highlights).toEqual([]);
    expect(seen.highlightRules).toEqual([]);
    expect(seen.links).toBe(0);
    expect(seen.timing).toEqual([]);

    // No packaged file answers a fetch from the page by its built name: web-accessible ones only by a per-session URL.
    const manifest = JSON.parse(readFileSync(join(SHIPPED_DIST, 'manifest.json'), 'utf8'));
    const accessible: string[] = manifest.web_accessible_resources.flatMap((w: { resources: string[] }) => w.resources);
    expect(accessible.length, 'the lazy coach module is web accessible').toBeGreaterThan(0);
    expect(manifest.web_accessible_resources.every((w: { use_dynamic_url?: boolean }) => w.use_dynamic_url === true)).toBe(true);
    const files = [...new Set([...accessible, ...filesUnder(SHIPPED_DIST)])];
    const fetched = await page.evaluate(
      async ({ id, files }) =>
        Promise.all(files.map((f) => fetch(`chrome-extension://${id}/${f}`).then((r) => `${f}: ${r.status}`, () => null))),
      { id, files },
    );
    expect(fetched.filter(Boolean), 'files the page could fetch').toEqual([]);

    // The QA build's reporting is not switched off in the content script's shipped code but absent from it.
    const injected: string[] = manifest.content_scripts.flatMap((c: { js: string[] }) => c.js);
    const code = [...injected, ...accessible].map((f) => readFileSync(join(SHIPPED_DIST, f), 'utf8')).join('\n');
    expect(code).toContain('attachShadow');
    expect(code.match(/data-findings|data-checks|data-capacity|data-post-coach|post-coach-overlay|mode:\s*"open"/g)).toBeNull();
    expect(trouble.pageErrors).toEqual([]);
  } finally {
    await launched.close();
  }
});
