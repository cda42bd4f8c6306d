// Content-script speed on the built extension (dist/chrome), measured with the Chrome DevTools Protocol in Debian's
// Chromium over the x.com Draft.js fixture page. Prints measured values beside their targets; never passes or fails.
//
//   node scripts/bench-content.mjs [--json | --profile]      (POST_COACH_BENCH_DIST=... to measure another build)
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { buildFixtures } from './build-fixtures.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = resolve(ROOT, process.env.POST_COACH_BENCH_DIST ?? 'dist/chrome');
const FIXTURES = join(ROOT, 'test/e2e/fixtures/dist');
const URL_X = 'https://x.com/compose/post';
const EDITOR = '[data-testid="tweetTextarea_0"]';
const EXT = 'chrome-extension://';

/** Ordinary text written for this benchmark, cycled to any length. */
const TEXT =
  'The new permit office opens on Sunday near the coastal road. Forms are online and at the front desk. ' +
  'Bring your reference number and a copy of the letter. Opening hours are eight to two on working days. ';
const textOf = (n) => TEXT.repeat(Math.ceil(n / TEXT.length)).slice(0, n);

const wait = (ms) => new Promise((r) => setTimeout(r, ms));

function chromePath() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`No Chromium at ${path}: apt-get install -y chromium (or set CHROME_PATH).`);
  return path;
}

async function launch(withExtension) {
  const dir = mkdtempSync(join(tmpdir(), 'post-coach-bench-'));
  const extArgs = withExtension ? [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`] : [];
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromePath(),
    headless: false,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', ...extArgs],
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    viewport: { width: 1280, height: 900 },
  });
  // Fixture files under x.com; every other request is refused (nothing leaves the machine).
  await context.route((url) => url.protocol !== 'chrome-extension:', (route) => route.abort('blockedbyclient'));
  await context.route('https://x.com/**', (route) => {
    const { pathname } = new URL(route.request().url());
    const file = pathname.startsWith('/__fixture/') ? pathname.slice('/__fixture/'.length) : route.request().resourceType() === 'document' ? 'x-draft.html' : null;
    if (!file || !existsSync(join(FIXTURES, file))) return route.abort('blockedbyclient');
    const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[extname(file)] ?? 'application/octet-stream';
    return route.fulfill({ status: 200, contentType: `${type}; charset=utf-8`, body: readFileSync(join(FIXTURES, file)) });
  });
  if (withExtension) {
    const sw = context.serviceWorkers().find((w) => w.url().startsWith(EXT)) ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => null));
    if (!sw) throw new Error(`The extension at ${DIST} did not start (no service worker). Does it load in chrome://extensions?`);
  }
  return { context, close: async () => { await context.close(); rmSync(dir, { recursive: true, force: true }); } };
}

async function openX(context, query = '') {
  const page = await context.newPage();
  await page.goto(URL_X + query);
  await page.waitForFunction(() => window.__fixtureReady === true);
  const cdp = await context.newCDPSession(page);
  return { page, cdp };
}

const META = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

/** Milliseconds of JS the profile spent in the extension's code (any frame from chrome-extension://) and in the page's (the rest). */
function attribute(profile) {
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const owner = new Map();
  const ownerOf = (id) => {
    if (owner.has(id)) return owner.get(id);
    let who = META.has(byId.get(id).callFrame.functionName) ? 'other' : 'page';
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      if (byId.get(cur).callFrame.url.startsWith(EXT)) { who = 'extension'; break; }
    }
    owner.set(id, who);
    return who;
  };
  const ms = { extension: 0, page: 0, other: 0 };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // A sample lasts until the next one; the runs of extension samples give its longest stretch of work.
  let run = 0;
  let longestRun = 0;
  // How many samples the extension's time is made of, and the longest: one long sample is a thread the machine paused.
  let extensionSamples = 0;
  let longestSample = 0;
  for (let i = 0; i < samples.length; i++) {
    const dur = (deltas[i + 1] ?? 0) / 1000;
    const name = byId.get(samples[i]).callFrame.functionName;
    if (name === '(idle)' || name === '(program)' || name === '(root)') { run = 0; continue; }
    const who = ownerOf(samples[i]);
    ms[who] += dur;
    if (who === 'extension') {
      extensionSamples++;
      longestSample = Math.max(longestSample, dur);
    }
    run = who === 'extension' ? run + dur : 0;
    longestRun = Math.max(longestRun, run);
  }
  return { ...ms, longestRun, extensionSamples, longestSample, byFunction: extensionSelfTimes(profile, byId, ownerOf) };
}

/** The extension's time by function (self time, ms), for --profile: where a keystroke's work goes. */
function extensionSelfTimes(profile, byId, ownerOf) {
  const out = new Map();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    if (ownerOf(samples[i]) !== 'extension') continue;
    const { functionName, url, lineNumber, columnNumber } = byId.get(samples[i]).callFrame;
    const where = url.startsWith(EXT) ? `${url.slice(url.lastIndexOf('/') + 1)}:${lineNumber + 1}:${columnNumber + 1}` : url || 'native';
    const key = `${functionName || '(anonymous)'} ${where}`;
    out.set(key, (out.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  return out;
}

async function profiled(cdp, work) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = await cdp.send('Profiler.stop');
  return attribute(profile);
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/** Per keystroke in a 1,000-character post: each key is profiled until the extension has analysed and drawn. */
async function perKeystroke(context) {
  const { page, cdp } = await openX(context);
  await page.click(EDITOR);
  await page.keyboard.insertText(textOf(1000));
  await wait(1000);
  const costs = [];
  const perKey = [];
  const byFunction = new Map();
  for (let i = 0; i < 40; i++) {
    const r = await profiled(cdp, async () => {
      await page.keyboard.type(i % 5 === 4 ? ' ' : 'e');
      await wait(350); // past the analysis debounce and the next animation frame
    });
    costs.push(r.extension);
    perKey.push({ ms: r.extension, samples: r.extensionSamples, longestSample: r.longestSample });
    for (const [key, ms] of r.byFunction) byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  await page.close();
  return { p50: percentile(costs, 50), p95: percentile(costs, 95), max: Math.max(...costs), byFunction, perKey };
}

/** Long tasks (> 50 ms) on the page while typing 2,000 characters, and the extension's longest stretch of work. */
async function longTasks(context) {
  const { page, cdp } = await openX(context);
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  });
  await page.click(EDITOR);
  const r = await profiled(cdp, async () => {
    await page.keyboard.type(textOf(2000));
    await wait(1000);
  });
  const tasks = await page.evaluate(() => window.__longTasks);
  await page.close();
  return { count: tasks.length, longest: Math.max(0, ...tasks), longestExtensionRun: r.longestRun };
}

/** A page adding 10,000 nodes a second elsewhere, with a draft in the composer: the extension's JS time over the page's. */
async function churn(context) {
  const { page, cdp } = await openX(context);
  await page.click(EDITOR);
  await page.keyboard.type('Good morning, the office opens at eight.');
  await wait(500);
  const r = await profiled(cdp, async () => {
    await page.evaluate(() => {
      const feed = document.createElement('section');
      feed.setAttribute('aria-label', 'Timeline');
      document.body.append(feed);
      window.__churn = setInterval(() => {
        // 100 nodes every 10 ms; old ones go so the page stays the same size.
        for (let i = 0; i < 100; i++) {
          const item = document.createElement('article');
          item.append('A post in the timeline');
          feed.append(item);
        }
        while (feed.childElementCount > 2000) feed.firstElementChild.remove();
      }, 10);
    });
    await wait(5000);
    await page.evaluate(() => clearInterval(window.__churn));
  });
  await page.close();
  return { extension: r.extension, page: r.page, ratio: r.page > 0 ? r.extension / r.page : 0 };
}

/** The files plus every module they import statically (dynamic import() chunks load later, on demand). */
function staticClosure(files) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(join(DIST, file))) return;
    seen.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const m of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g)) {
      const spec = m[1];
      visit(spec.startsWith('/') ? spec.slice(1) : new URL(spec, `file:///${dir}`).pathname.slice(1));
    }
  };
  files.forEach(visit);
  return [...seen];
}

/** The content script's files Chrome injects and the chunks they import at once, gzipped. */
function initialCode(context) {
  return async () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    const injected = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
    // What the page actually loads from the extension before anyone focuses a box.
    const loaded = new Set();
    const listener = (request) => {
      if (request.url().startsWith(EXT)) loaded.add(new URL(request.url()).pathname.slice(1));
    };
    context.on('request', listener);
    const { page } = await openX(context);
    await wait(1500);
    const atStart = staticClosure([...new Set([...injected, ...loaded])]);
    // Then what the first focus of a composer brings in (loaded on demand, not at page start).
    await page.click(EDITOR);
    await wait(1500);
    context.off('request', listener);
    await page.close();
    const onFocus = staticClosure([...loaded]).filter((f) => !atStart.includes(f));
    const gz = (f) => ({ file: f, gzip: gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length });
    const sum = (list) => list.reduce((s, b) => s + b.gzip, 0);
    const files = atStart.map(gz);
    const focusFiles = onFocus.map(gz);
    return { files, total: sum(files), focusFiles, focusTotal: sum(focusFiles) };
  };
}

async function main() {
  if (!existsSync(join(DIST, 'manifest.json'))) {
    console.error(`bench-content: no extension build at ${DIST}; run npm run build:ext first.`);
    process.exit(1);
  }
  await buildFixtures({ quiet: true });
  const ext = await launch(true);
  // --profile: only the keystrokes, and where the extension's time in them goes (an unminified build names its functions).
  if (process.argv.includes('--profile')) {
    try {
      const keys = await perKeystroke(ext.context);
      console.log(`per keystroke: p50 ${keys.p50.toFixed(2)} ms, p95 ${keys.p95.toFixed(2)} ms, max ${keys.max.toFixed(2)} ms; self time over 40 keys:`);
      console.log(`keys (ms, samples, longest sample ms): ${keys.perKey.map((k) => `${k.ms.toFixed(2)}/${k.samples}/${k.longestSample.toFixed(2)}`).join(' ')}`);
      for (const [key, ms] of [...keys.byFunction].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${ms.toFixed(2).padStart(8)} ms  ${key}`);
    } finally {
      await ext.close();
    }
    return;
  }
  let results;
  try {
    const { byFunction: _byFunction, perKey: _perKey, ...keys } = await perKeystroke(ext.context);
    const tasks = await longTasks(ext.context);
    const load = await churn(ext.context);
    const code = await initialCode(ext.context)();
    results = { keys, tasks, load, code };
  } finally {
    await ext.close();
  }
  // The same typing without the extension: long tasks the page has on its own.
  const plain = await launch(false);
  try {
    results.tasksWithout = await longTasks(plain.context);
  } finally {
    await plain.close();
  }

  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  const { keys, tasks, tasksWithout, load, code } = results;
  const rows = [
    ['content-script main-thread time per keystroke, 1,000-char post (p95)', `${keys.p95.toFixed(2)} ms (p50 ${keys.p50.toFixed(2)}, max ${keys.max.toFixed(2)})`, '<= 2 ms'],
    ['long tasks > 50 ms while typing 2,000 chars (with / without extension)', `${tasks.count} / ${tasksWithout.count} (longest extension run ${tasks.longestExtensionRun.toFixed(1)} ms)`, 'none from the extension'],
    ['extension JS vs page JS, page adding 10,000 nodes/s', `${(load.ratio * 100).toFixed(2)} % (${load.extension.toFixed(1)} ms vs ${load.page.toFixed(1)} ms in 5 s)`, '<= 2 %'],
    ['content-script code loaded at page start (gzip)', `${(code.total / 1024).toFixed(1)} KB in ${code.files.length} files`, '<= 30 KB'],
    ['more code loaded on first focus of a composer (gzip)', `${(code.focusTotal / 1024).toFixed(1)} KB in ${code.focusFiles.length} files`, '(for information)'],
  ];
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), ['metric', 'measured', 'target'][i].length));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(w[i])).join(' | ')} |`;
  console.log(`Content script on ${DIST} (Chromium, x.com Draft.js fixture)`);
  console.log(line(['metric', 'measured', 'target']));
  console.log(`|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  for (const f of code.files) console.log(`  start-up file ${f.file}: ${(f.gzip / 1024).toFixed(1)} KB gzip`);
}

await main();
