// Builds the extension: `vite build --mode chrome` -> dist/chrome, `vite build --mode firefox` -> dist/firefox.
import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Target = 'chrome' | 'firefox';
type Manifest = Record<string, any>;

/** The one manifest.json, adjusted for each browser's dialect. */
function manifestFor(target: Target): Manifest {
  const manifest: Manifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));
  const extra = extraHosts();
  if (extra.length) {
    // Test builds only: fixture hosts get the content script statically, like the named sites.
    manifest.host_permissions = [...manifest.host_permissions, ...extra];
    manifest.content_scripts[0].matches = [...manifest.content_scripts[0].matches, ...extra];
  }
  if (target === 'firefox') {
    // Firefox runs background scripts as an event page, not a service worker; it has no "key" and reads policies.json, not managed_schema.
    manifest.background = { scripts: [manifest.background.service_worker], type: 'module' };
    delete manifest.key;
    delete manifest.minimum_chrome_version;
    delete manifest.storage;
  } else {
    delete manifest.browser_specific_settings;
  }
  return manifest;
}

/** POST_COACH_EXTRA_HOSTS="https://forum.example.org/*,https://mastodon.example/*" adds fixture hosts to a test build. */
function extraHosts(): string[] {
  return (process.env.POST_COACH_EXTRA_HOSTS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The content script's lazy chunks must be loadable on every coached host, including forum hosts registered at run time,
 * which the build cannot list: https pages only (the content script never runs elsewhere).
 */
function webAccessibleOnHttps(): Plugin & { renderCrxManifest(manifest: Manifest): Manifest } {
  return {
    name: 'post-coach-web-accessible',
    enforce: 'post',
    // A hook of @crxjs/vite-plugin: runs on the final manifest, after it listed the content script's chunks.
    renderCrxManifest(manifest) {
      for (const entry of manifest.web_accessible_resources ?? []) entry.matches = ['https://*/*'];
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

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [crx({ manifest: manifestFor(target) as ManifestV3Export, browser: target, liveReload: false }), webAccessibleOnHttps(), managedSchema(target)],
    // compromise runs on first use in the extension, not when the engine loads (src/content/lazy-compromise.ts says why).
    resolve: { alias: [{ find: /^compromise$/, replacement: fileURLToPath(new URL('./src/content/lazy-compromise.ts', import.meta.url)) }] },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      // No modulepreload polyfill: it would fetch() at run time, and extension pages allow no connections.
      modulePreload: { polyfill: false },
    },
  };
});
