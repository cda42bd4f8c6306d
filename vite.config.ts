// Builds the extension: `vite build --mode chrome` -> dist/chrome, `vite build --mode firefox` -> dist/firefox.
// POST_COACH_QA=1 makes a QA build for tests (the overlay tells them what it found); never ship one.
// The manifest, with its browser dialects and the test builds' extra hosts, is defined in manifest.ts.
import { defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { build as esbuild, transform, type Plugin as EsbuildPlugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import manifest from './manifest.js';

type Target = 'chrome' | 'firefox';
type Manifest = Record<string, any>;

const QA = process.env.POST_COACH_QA === '1';
const CONTENT_ENTRY = fileURLToPath(new URL('./src/content/index.ts', import.meta.url));
const LAZY_COMPROMISE = fileURLToPath(new URL('./src/content/lazy-compromise.ts', import.meta.url));

/** compromise runs on first use in the extension, not when the engine loads (src/content/lazy-compromise.ts says why). */
const lazyCompromise: EsbuildPlugin = {
  name: 'post-coach-lazy-compromise',
  setup(b) {
    b.onResolve({ filter: /^compromise$/ }, () => ({ path: LAZY_COMPROMISE }));
  },
};

const COACH = fileURLToPath(new URL('./src/content/coach.ts', import.meta.url));
const COACH_ENTRY = fileURLToPath(new URL('./src/content/coach-entry.ts', import.meta.url));
const MODULE_STEPS = fileURLToPath(new URL('./src/content/module-steps.ts', import.meta.url));

/**
 * Fills src/content/module-steps.ts with one require() per module coach.ts loads, leaves first (the order ES modules
 * evaluate in), so that coach-entry.ts can evaluate them a few per task. A module's lazy require() of another (the
 * one in lazy-compromise.ts) is no edge: that one still waits for its first use. A package's own CommonJS requires are.
 */
async function moduleSteps(): Promise<EsbuildPlugin> {
  const graph = await esbuild({
    entryPoints: [COACH],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'error',
    define: { __POST_COACH_QA__: JSON.stringify(QA) },
    plugins: [lazyCompromise],
  });
  const inputs = graph.metafile.inputs;
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !(path in inputs)) return;
    seen.add(path);
    for (const edge of inputs[path].imports) {
      if (edge.kind === 'import-statement' || (edge.kind === 'require-call' && path.includes('node_modules/'))) visit(edge.path);
    }
    order.push(path);
  };
  visit(Object.keys(inputs).find((p) => resolve(p) === COACH)!);
  const source = `export const MODULE_STEPS = [\n${order
    .map((p) => `  () => require(${JSON.stringify(resolve(p))}),`)
    .join('\n')}\n];\n`;
  return {
    name: 'post-coach-module-steps',
    setup(b) {
      b.onLoad({ filter: /module-steps\.ts$/ }, (args) => (args.path === MODULE_STEPS ? { contents: source, loader: 'js' } : undefined));
    },
  };
}

/**
 * The part of the content script loaded on the first focus in a composer (src/content/coach.ts, started through
 * src/content/coach-entry.ts, which evaluates its modules a few per task), as one module with no imports. Chromium
 * gives a module loaded through a dynamic web-accessible URL its fixed chrome-extension://<id>/ URL, so a chunk it
 * imports by relative path is fetched by the fixed URL and refused; the entry imports this one file through
 * chrome.runtime.getURL instead, which gives the dynamic URL.
 */
function contentCoach(): Plugin & { renderCrxManifest(manifest: Manifest): Manifest } {
  let code = '';
  let fileName = '';
  return {
    name: 'post-coach-content-coach',
    async config() {
      const steps = await moduleSteps();
      const result = await esbuild({
        entryPoints: [COACH_ENTRY],
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        minify: true,
        write: false,
        legalComments: 'none',
        logLevel: 'error',
        define: { __POST_COACH_QA__: JSON.stringify(QA) },
        plugins: [lazyCompromise, steps],
      });
      // A second pass folds the QA-only branches away: the first inlines QA_BUILD across modules only after it minified each.
      code = (await transform(result.outputFiles[0].text, { minify: true, format: 'esm', target: 'es2022', legalComments: 'none' })).code;
      fileName = `assets/coach-${createHash('sha256').update(code).digest('base64url').slice(0, 10)}.js`;
      return { define: { __POST_COACH_QA__: JSON.stringify(QA), __POST_COACH_COACH_MODULE__: JSON.stringify(fileName) } };
    },
    generateBundle(_options, bundle) {
      this.emitFile({ type: 'asset', fileName, source: code });
      // A chunk the content-script entry imports would be fetched by the fixed URL (see above) and refused.
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.facadeModuleId === CONTENT_ENTRY && (chunk.imports.length || chunk.dynamicImports.length)) {
          this.error(`The content script entry must import no other chunk; it imports ${[...chunk.imports, ...chunk.dynamicImports].join(', ')}`);
        }
      }
    },
    // A hook of @crxjs/vite-plugin: runs on the final manifest, after it listed the content script's entry.
    renderCrxManifest(manifest) {
      const entries: Manifest[] = (manifest.web_accessible_resources ??= []);
      if (!entries.length) entries.push({ resources: [] });
      entries[0].resources = [...entries[0].resources, fileName];
      for (const entry of entries) {
        // Loadable on every coached host, including forum hosts registered at run time, which the build cannot list.
        entry.matches = ['https://*/*'];
        // Reachable only through a URL that changes per browser session, never by the fixed extension id: a page cannot
        // fetch a packaged file to learn that its visitor runs Post Coach (Firefox ignores this, its id is random per install).
        entry.use_dynamic_url = true;
      }
      return manifest;
    },
  };
}

/** The schema Chrome validates enterprise policy against: the manifest names it, so the build must ship it. */
function managedSchema(target: Target): Plugin {
  return {
    name: 'post-coach-managed-schema',
    generateBundle() {
      if (target !== 'chrome') return;
      const source = readFileSync(new URL('./rules/managed-schema.json', import.meta.url), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'rules/managed-schema.json', source });
    },
  };
}

/** The tone models carry the licences and credit lines of the data they were trained on: the notice ships beside them. */
function thirdPartyNotices(): Plugin {
  return {
    name: 'post-coach-third-party-notices',
    generateBundle() {
      const source = readFileSync(new URL('./THIRD_PARTY_NOTICES.md', import.meta.url), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'THIRD_PARTY_NOTICES.md', source });
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [crx({ manifest, browser: target, liveReload: false }), contentCoach(), managedSchema(target), thirdPartyNotices()],
    // compromise runs on first use in the extension, not when the engine loads (src/content/lazy-compromise.ts says why).
    resolve: { alias: [{ find: /^compromise$/, replacement: LAZY_COMPROMISE }] },
    build: {
      // A QA build never lands where the shipped one is packaged from.
      outDir: QA ? `dist/qa-${target}` : `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      // No modulepreload polyfill (it would fetch() at run time, and extension pages allow no connections), and no
      // preload links: in a content script they would be <link> elements in the page, naming the extension's files.
      modulePreload: false,
    },
  };
});
