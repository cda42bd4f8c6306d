import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import manifest, { chromeManifest, extraHostsFrom, firefoxManifest, manifestFor, PUBLIC_KEY } from '../manifest.js';
import { BUILT_IN_HOSTS, BUILT_IN_MATCHES, FORUM_SOFTWARE, NAMED_SITES } from '../src/sites/index.js';
import { hostIs } from '../src/sites/types.js';
import { BUILT_IN_HOSTS as GENERATED_HOSTS } from '../src/shared/generated/built-in-hosts.js';
import { listedHost } from '../src/shared/forum-hosts.js';
import { CHROME_EXTENSION_ID, FIREFOX_EXTENSION_ID } from '../src/shared/extension-id.js';
// @ts-expect-error: a plain .mjs build script without types
import { generateBuiltInHostsSource, OUTPUT_PATH } from '../scripts/gen-site-hosts.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The host part of an https match pattern, and whether it covers subdomains ("https://*.reddit.com/*"). */
function patternHost(pattern: string): { host: string; subdomains: boolean } {
  const m = pattern.match(/^https:\/\/(\*\.)?([a-z0-9.-]+)\/\*$/);
  if (!m) throw new Error(`not an https host pattern: ${pattern}`);
  return { host: m[2], subdomains: !!m[1] };
}

/** Chrome's extension id for a public key: the first 128 bits of its SHA-256, each hex digit written as a-p. */
function chromeIdOf(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

describe('the manifest and the site registry', () => {
  it('gives the content script and the host permissions exactly the named sites’ match patterns, in both dialects', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const m = manifestFor(target);
      expect(m.content_scripts).toHaveLength(1);
      expect(m.content_scripts[0].matches).toEqual([...BUILT_IN_MATCHES]);
      expect(m.host_permissions).toEqual([...BUILT_IN_MATCHES]);
    }
    expect(BUILT_IN_MATCHES).toEqual([
      'https://x.com/*',
      'https://twitter.com/*',
      'https://mobile.twitter.com/*',
      'https://*.facebook.com/*',
      'https://*.linkedin.com/*',
      'https://*.reddit.com/*',
      'https://bsky.app/*',
      'https://*.threads.com/*',
      'https://*.threads.net/*',
      'https://*.instagram.com/*',
      'https://*.youtube.com/*',
    ]);
  });

  it('has every named site’s hosts matched by its own patterns, and every pattern on a host the site owns', () => {
    for (const site of NAMED_SITES) {
      expect(site.hosts.length, site.id).toBeGreaterThan(0);
      const patterns = site.matches.map(patternHost);
      for (const host of site.hosts) expect(patterns.some((p) => p.host === host), `${site.id}: ${host}`).toBe(true);
      for (const p of patterns) expect(site.hosts.some((h) => hostIs(p.host, h)), `${site.id}: ${p.host}`).toBe(true);
    }
  });

  it('lists no hosts or patterns for forum software, which runs on the hosts a ruleset lists', () => {
    for (const site of FORUM_SOFTWARE) expect([site.id, site.hosts, site.matches]).toEqual([site.id, [], []]);
  });

  it('adds a test build’s extra hosts to both lists, leaving later builds alone', () => {
    const extra = extraHostsFrom({ POST_COACH_EXTRA_HOSTS: ' https://forum.example.org/* ,,https://mastodon.example/*' });
    expect(extra).toEqual(['https://forum.example.org/*', 'https://mastodon.example/*']);
    const m = manifestFor('chrome', extra);
    expect(manifestFor('firefox', extra).host_permissions).toEqual([...BUILT_IN_MATCHES, ...extra]);
    expect(m.content_scripts[0].matches).toEqual([...BUILT_IN_MATCHES, ...extra]);
    expect(m.host_permissions).toEqual([...BUILT_IN_MATCHES, ...extra]);
    expect(manifestFor('chrome').host_permissions).toEqual([...BUILT_IN_MATCHES]);
    expect(extraHostsFrom({})).toEqual([]);
  });

  it('hands crxjs the dialect of the build mode', async () => {
    const define = manifest as (env: { command: 'build'; mode: string }) => ReturnType<typeof manifestFor>;
    expect(await define({ command: 'build', mode: 'firefox' })).toEqual(manifestFor('firefox', extraHostsFrom(process.env)));
    expect(await define({ command: 'build', mode: 'chrome' })).toEqual(manifestFor('chrome', extraHostsFrom(process.env)));
  });
});

describe('the manifest’s dialects', () => {
  it('takes its version from package.json', () => {
    expect(manifestFor('chrome').version).toBe(pkg.version);
    expect(manifestFor('firefox').version).toBe(pkg.version);
  });

  it('keeps the Chrome key whose id enterprise policies are keyed by, with a service worker and the managed schema', () => {
    const m = chromeManifest();
    expect(chromeIdOf(PUBLIC_KEY)).toBe(CHROME_EXTENSION_ID);
    expect(m.key).toBe(PUBLIC_KEY);
    expect(m.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(m.storage).toEqual({ managed_schema: 'rules/managed-schema.json' });
    expect(m.minimum_chrome_version).toBe('110');
    expect('browser_specific_settings' in m).toBe(false);
  });

  it('gives Firefox an event page and its add-on id, and none of Chrome’s fields', () => {
    const m = firefoxManifest();
    expect(m.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(m.browser_specific_settings.gecko.id).toBe(FIREFOX_EXTENSION_ID);
    for (const field of ['key', 'storage', 'minimum_chrome_version']) expect(field in m, field).toBe(false);
  });

  it('installs on Firefox ESR 140, the release managed desktops run, and on Android from 142', () => {
    const m = firefoxManifest();
    expect(m.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    expect(m.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
  });
});

describe('the built-in host list', () => {
  it('is the registry’s named-site hosts, generated and up to date', () => {
    expect(readFileSync(OUTPUT_PATH, 'utf8')).toBe(generateBuiltInHostsSource());
    expect(GENERATED_HOSTS).toEqual([...BUILT_IN_HOSTS]);
    expect(BUILT_IN_HOSTS).toEqual(['x.com', 'twitter.com', 'facebook.com', 'linkedin.com', 'reddit.com', 'bsky.app', 'threads.com', 'threads.net', 'instagram.com', 'youtube.com']);
  });

  it('keeps the named sites and their subdomains out of the forums a ruleset lists, and nothing else', () => {
    for (const host of BUILT_IN_HOSTS) {
      expect(listedHost(host), host).toBeUndefined();
      expect(listedHost(`www.${host}`), host).toBeUndefined();
      expect(listedHost(`https://${host.toUpperCase()}:443/path`), host).toBeUndefined();
      expect(listedHost(`forum${host}`), host).toBe(`forum${host}`);
      expect(listedHost(`${host}.example.org`), host).toBe(`${host}.example.org`);
    }
  });
});
