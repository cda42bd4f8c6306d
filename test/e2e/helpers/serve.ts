// Serves each fixture page under its real host and blocks every other request, so nothing reaches the network.
import type { BrowserContext, Route } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { PAGES, hostOf, type FixturePage } from './pages.js';

const FIXTURES = resolve('test/e2e/fixtures/dist');
const TINYMCE = resolve('node_modules/tinymce');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** Requests nobody served: anything here means the page or the extension tried to reach the network. */
export interface RequestLog {
  served: string[];
  refused: string[];
}

function file(route: Route, dir: string, rel: string, log: RequestLog): Promise<void> {
  const path = normalize(join(dir, rel));
  if (!path.startsWith(dir) || !existsSync(path)) {
    log.refused.push(route.request().url());
    return route.abort('blockedbyclient');
  }
  log.served.push(route.request().url());
  return route.fulfill({ status: 200, contentType: TYPES[extname(path)] ?? 'application/octet-stream', body: readFileSync(path) });
}

export async function serveFixtures(context: BrowserContext): Promise<RequestLog> {
  const log: RequestLog = { served: [], refused: [] };
  // Registered first, so it only answers what no fixture route below claims (Playwright tries the newest route first).
  // The extension's own files (chrome-extension://) are not network: its content script imports its chunks from there.
  await context.route((url) => url.protocol !== 'chrome-extension:', (route) => {
    log.refused.push(`${route.request().resourceType()} ${route.request().url()}`);
    return route.abort('blockedbyclient');
  });
  // A host may hold more than one page (LinkedIn's post page and its feed): the path picks one, else the host's first.
  const byHost = new Map<string, FixturePage[]>();
  for (const p of Object.values(PAGES)) byHost.set(hostOf(p), [...(byHost.get(hostOf(p)) ?? []), p]);
  for (const [host, pages] of byHost) {
    await context.route(`https://${host}/**`, (route) => {
      const request = route.request();
      const { pathname } = new URL(request.url());
      const page = pages.find((p) => new URL(p.url).pathname === pathname) ?? pages[0];
      if (pathname.startsWith('/__fixture/')) return file(route, FIXTURES, pathname.slice('/__fixture/'.length), log);
      if (pathname.startsWith('/tinymce/') && page.name === 'forum-tinymce') return file(route, TINYMCE, pathname.slice('/tinymce/'.length), log);
      if (request.resourceType() === 'document' && request.method() === 'GET') {
        return file(route, FIXTURES, `${page.name}.html`, log);
      }
      if (pathname === '/favicon.ico') {
        log.served.push(request.url());
        return route.fulfill({ status: 404, body: '' });
      }
      log.refused.push(`${request.resourceType()} ${request.url()}`);
      return route.abort('blockedbyclient');
    });
  }
  return log;
}
