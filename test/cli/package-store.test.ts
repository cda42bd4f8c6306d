// The store upload checked as a store would: the real build's zip read back independently, each refusal the check makes,
// and a build the store would refuse stopping post-coach package before it writes anything.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesNamedBy, STORE_SIZE_LIMIT, storeUploadProblems } from '../../src/cli/package-store-check.js';
import { filesOf, type ZipEntry } from '../../src/cli/package-zip.js';
import { unzip } from './package-read.js';
import { ROOT } from './run-cli.js';

const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const work = mkdtempSync(join(tmpdir(), 'post-coach-store-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function postCoach(args: string[]) {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/cli/main.ts'), ...args], { cwd: work, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the store upload of the real build', () => {
  // A copy, so a rebuild running beside this test cannot change the files under it.
  const built = join(ROOT, 'dist/chrome');
  if (!existsSync(join(built, 'manifest.json'))) throw new Error(`no Chrome build at ${built}: run npm run build first`);
  const dist = join(work, 'chrome');
  cpSync(built, dist, { recursive: true });
  const out = join(work, 'packages');
  const run = postCoach(['package', '--chrome-dist', dist, '--no-firefox', '--out', out]);
  const zipPath = join(out, `post-coach-${version}-store.zip`);
  const bytes = existsSync(zipPath) ? readFileSync(zipPath) : Buffer.alloc(0);
  const files = bytes.length ? unzip(bytes) : new Map<string, Buffer>();
  const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}');

  it('is written', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(bytes.length).toBeGreaterThan(0);
  });

  it('has manifest.json at its root, with no key and no update_url', () => {
    expect(files.has('manifest.json')).toBe(true);
    expect([...files.keys()].filter((n) => n.endsWith('manifest.json'))).toEqual(['manifest.json']);
    expect(manifest.name).toBe('Post Coach');
    expect(manifest.version).toBe(version);
    expect(manifest).not.toHaveProperty('key');
    expect(manifest).not.toHaveProperty('update_url');
    // The build itself carries the fixed id's key; only the upload leaves it out.
    expect(JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'))).toHaveProperty('key');
  });

  it('holds every file the manifest names: icons, popup, options page, background, content script, managed schema', () => {
    const named = [
      ...Object.values(manifest.icons as Record<string, string>),
      ...Object.values(manifest.action.default_icon as Record<string, string>),
      manifest.action.default_popup,
      manifest.options_ui.page,
      manifest.background.service_worker,
      ...manifest.content_scripts.flatMap((s: { js: string[] }) => s.js),
      manifest.storage.managed_schema,
      ...manifest.web_accessible_resources.flatMap((r: { resources: string[] }) => r.resources),
    ];
    expect(named).toEqual(expect.arrayContaining(['icons/icon-128.png', 'src/popup/index.html', 'src/options/index.html', 'service-worker-loader.js', 'rules/managed-schema.json']));
    expect(named.filter((p) => !files.has(p))).toEqual([]);
    expect(filesNamedBy(manifest).sort()).toEqual([...new Set(named)].sort());
  });

  it('has the default locale\'s messages, and the Arabic ones, with the name and description the manifest uses', () => {
    expect(manifest.default_locale).toBe('en');
    for (const lang of ['en', 'ar']) expect(() => JSON.parse(files.get(`_locales/${lang}/messages.json`)!.toString('utf8'))).not.toThrow();
    expect([...manifest.description].length).toBeLessThanOrEqual(132);
  });

  it('holds no key, no packed extension and no archive, and is far within the size limit', () => {
    expect([...files.keys()].filter((n) => /\.(pem|crx|xpi|zip|gz)$/i.test(n))).toEqual([]);
    expect(bytes.length).toBeLessThan(STORE_SIZE_LIMIT);
  });

  it('holds exactly the build\'s files, byte for byte but for the manifest', () => {
    const built = filesOf(dist);
    expect([...files.keys()]).toEqual(built.map((f) => f.name));
    for (const f of built) if (f.name !== 'manifest.json') expect(files.get(f.name)!.equals(f.data), f.name).toBe(true);
  });

  it('passes the store check', () => {
    expect(storeUploadProblems([...files].map(([name, data]) => ({ name, data })), bytes.length)).toEqual([]);
  });
});

describe('storeUploadProblems', () => {
  const messages = { appName: { message: 'Post Coach' }, appDescription: { message: 'Checks drafts before you post.' } };
  const good: Record<string, unknown> = {
    manifest_version: 3,
    name: '__MSG_appName__',
    description: '__MSG_appDescription__',
    version: '1.2.3',
    default_locale: 'en',
    icons: { 128: 'icons/icon-128.png' },
    action: { default_popup: 'popup.html' },
    background: { service_worker: 'sw.js' },
    content_scripts: [{ js: ['content.js'], matches: ['https://x.com/*'] }],
    web_accessible_resources: [{ resources: ['coach.js', 'assets/*'], matches: ['https://*/*'] }],
  };
  const entries = (manifest: Record<string, unknown>, extra: ZipEntry[] = [], drop: string[] = []): ZipEntry[] =>
    [
      { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest)) },
      { name: '_locales/en/messages.json', data: Buffer.from(JSON.stringify(messages)) },
      ...['icons/icon-128.png', 'popup.html', 'sw.js', 'content.js', 'coach.js'].map((name) => ({ name, data: Buffer.from('x') })),
      ...extra,
    ].filter((e) => !drop.includes(e.name));

  it('takes a complete upload', () => {
    expect(storeUploadProblems(entries(good), 1000)).toEqual([]);
  });

  it('refuses a key and an update_url', () => {
    expect(storeUploadProblems(entries({ ...good, key: 'MIIB', update_url: 'https://intranet.example/updates.xml' }), 1000)).toEqual([
      'manifest.json has a "key": the store assigns the id and refuses it',
      'manifest.json has an "update_url": the store updates its own uploads and refuses it',
    ]);
  });

  it('refuses a zip whose manifest is not at the root', () => {
    const nested = entries(good).map((e) => ({ ...e, name: `post-coach/${e.name}` }));
    expect(storeUploadProblems(nested, 1000)).toEqual(['there is no manifest.json at the root of the zip']);
  });

  it('names each file the manifest names that is missing', () => {
    expect(storeUploadProblems(entries(good, [], ['icons/icon-128.png', 'content.js']), 1000)).toEqual([
      'manifest.json names icons/icon-128.png, which is not in the zip',
      'manifest.json names content.js, which is not in the zip',
    ]);
  });

  it('refuses a default locale with no messages, and a message the manifest names that is not there', () => {
    expect(storeUploadProblems(entries(good, [], ['_locales/en/messages.json']), 1000)).toEqual([
      'default_locale is "en" but _locales/en/messages.json is not in the zip',
      'the manifest\'s name "__MSG_appName__" is empty or names no message of the default locale',
      'the manifest\'s description "__MSG_appDescription__" is empty or names no message of the default locale',
    ]);
    expect(storeUploadProblems(entries({ ...good, name: '__MSG_appTitle__' }), 1000)).toEqual([
      'the manifest\'s name "__MSG_appTitle__" is empty or names no message of the default locale',
    ]);
  });

  it('refuses a description longer than the store shows', () => {
    expect(storeUploadProblems(entries({ ...good, description: 'd'.repeat(133) }), 1000)).toEqual(['the description is 133 characters; the store takes at most 132']);
    expect(storeUploadProblems(entries({ ...good, description: 'د'.repeat(132) }), 1000)).toEqual([]);
  });

  it('refuses a signing key, a packed extension or an archive inside', () => {
    const inside = ['post-coach-key.pem', 'old/post-coach.crx', 'data/words.json.gz'].map((name) => ({ name, data: Buffer.from('x') }));
    expect(storeUploadProblems(entries(good, inside), 1000)).toEqual(inside.map((e) => `${e.name} is a key, a package or an archive, which a store refuses inside an upload`));
  });

  it('refuses a version a browser cannot compare and a zip over the size limit', () => {
    expect(storeUploadProblems(entries({ ...good, version: '1.2.3-beta' }), 1000)).toEqual(['version "1.2.3-beta" is not one to four dot-separated numbers from 0 to 65535']);
    expect(storeUploadProblems(entries({ ...good, version: '1.70000' }), 1000)).toHaveLength(1);
    expect(storeUploadProblems(entries(good), STORE_SIZE_LIMIT + 1)).toEqual([`the zip is ${STORE_SIZE_LIMIT + 1} bytes, over the ${STORE_SIZE_LIMIT} a store takes`]);
  });
});

describe('post-coach package on a build a store would refuse', () => {
  it('says why and writes nothing, not even a key', () => {
    const dist = join(work, 'broken');
    cpSync(join(ROOT, 'icons'), join(dist, 'icons'), { recursive: true });
    rmSync(join(dist, 'icons', 'icon-128.png'));
    writeFileSync(join(dist, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Post Coach', version, icons: { 128: 'icons/icon-128.png' } }));
    writeFileSync(join(dist, 'post-coach-key.pem'), 'left here by mistake');
    const out = join(work, 'refused');
    const r = postCoach(['package', '--chrome-dist', dist, '--no-firefox', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `post-coach: package: the store upload from ${dist} would be refused: manifest.json names icons/icon-128.png, which is not in the zip; post-coach-key.pem is a key, a package or an archive, which a store refuses inside an upload\n`,
    );
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
