// Serves a fixture page under its real host in a Firefox page driven by puppeteer-core, and nothing else.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const FIXTURES = resolve('test/e2e/fixtures/dist');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** Answers the fixture page's own host with its files and refuses everything else, so nothing reaches the network. */
export async function serve(page, fixture, refused) {
  const host = new URL(fixture.url).hostname;
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'moz-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') return request.continue();
    let path = null;
    if (url.hostname === host && url.pathname.startsWith('/__fixture/')) path = normalize(join(FIXTURES, url.pathname.slice('/__fixture/'.length)));
    else if (url.hostname === host && request.isNavigationRequest()) path = join(FIXTURES, `${fixture.name}.html`);
    if (!path || !path.startsWith(FIXTURES) || !existsSync(path)) {
      if (url.pathname !== '/favicon.ico') refused.push(request.url());
      return request.abort('blockedbyclient');
    }
    return request.respond({ status: 200, contentType: TYPES[extname(path)] ?? 'application/octet-stream', body: readFileSync(path) });
  });
}
