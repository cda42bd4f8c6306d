// post-coach package on a small built extension: the files it writes, the key and id, and the policy they line up with.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extensionIdOf } from '../../src/cli/package-crx.js';
import { PUBLIC_KEY } from '../../manifest.js';
import { readCrx, unzip } from './package-read.js';
import { ROOT } from './run-cli.js';

const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const work = mkdtempSync(join(tmpdir(), 'post-coach-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function postCoach(args: string[]) {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/cli/main.ts'), ...args], { cwd: work, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dist = join(work, 'chrome');
cpSync(join(ROOT, 'icons'), join(dist, 'icons'), { recursive: true });
writeFileSync(join(dist, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Post Coach', version, key: PUBLIC_KEY }));
const BASE = 'https://intranet.example/post-coach';

describe('post-coach package', () => {
  const out = join(work, 'packages');
  const first = postCoach(['package', '--chrome-dist', dist, '--no-firefox', '--out', out, '--base-url', `${BASE}/`]);
  const id = /Chrome\/Edge extension id: ([a-p]{32})\n/.exec(first.stdout)?.[1];

  it('makes and saves a key, prints its id and the files', () => {
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`post-coach: made a new key and saved it in ${join(out, 'post-coach-key.pem')}`);
    expect(id).toMatch(/^[a-p]{32}$/);
    for (const f of [`post-coach-${version}-store.zip`, `post-coach-${version}.crx`, 'updates.xml']) expect(first.stdout).toContain(`\n  ${f}\n`);
  });

  it('signs the CRX with that key and puts its public half in the packaged manifest', () => {
    const crx = readCrx(readFileSync(join(out, `post-coach-${version}.crx`)));
    expect(extensionIdOf(crx.publicKey)).toBe(id);
    const manifest = JSON.parse(unzip(crx.zip).get('manifest.json')!.toString());
    expect(manifest.key).toBe(crx.publicKey.toString('base64'));
    expect(unzip(crx.zip).has('icons/icon-128.png')).toBe(true);
  });

  it('leaves the key out of the store upload', () => {
    const manifest = JSON.parse(unzip(readFileSync(join(out, `post-coach-${version}-store.zip`))).get('manifest.json')!.toString());
    expect(manifest).toEqual({ manifest_version: 3, name: 'Post Coach', version });
  });

  it('writes updates.xml naming the id, the version and the CRX under the base URL', () => {
    expect(readFileSync(join(out, 'updates.xml'), 'utf8')).toContain(
      `<app appid="${id}">\n    <updatecheck codebase="${BASE}/post-coach-${version}.crx" version="${version}"/>`,
    );
  });

  it('prints a policy command whose force-install entry and managed keys use the same id and update URL', () => {
    const line = /\n {2}post-coach (policy RULESET\.json --target chrome-linux [^\n]*)\n/.exec(first.stdout)![1];
    expect(line).toBe(`policy RULESET.json --target chrome-linux --chrome-id ${id} --update-url ${BASE}/updates.xml`);
    const args = line.split(' ');
    args[1] = join(ROOT, 'rules/examples/ministry.json');
    const policy = postCoach(args);
    expect(policy.code).toBe(0);
    const file = JSON.parse(policy.stdout);
    expect(file.ExtensionSettings).toEqual({ [id!]: { installation_mode: 'force_installed', update_url: `${BASE}/updates.xml` } });
    expect(Object.keys(file['3rdparty'].extensions)).toEqual([id]);
  });

  it('reuses the saved key on the next run, so the id stays the same', () => {
    const again = postCoach(['package', '--chrome-dist', dist, '--no-firefox', '--out', out, '--base-url', BASE]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`post-coach: signed with ${join(out, 'post-coach-key.pem')}\nChrome/Edge extension id: ${id}\n`);
  });

  it('refuses a key file that is not a private key, a bad base URL and a build of another version', () => {
    writeFileSync(join(work, 'bad.pem'), 'not a key');
    const bad = postCoach(['package', '--chrome-dist', dist, '--no-firefox', '--out', join(work, 'x'), '--key', join(work, 'bad.pem')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${join(work, 'bad.pem')}: it is not a PEM private key`);
    const url = postCoach(['package', '--chrome-dist', dist, '--no-firefox', '--out', join(work, 'x'), '--base-url', 'intranet']);
    expect(url.code).toBe(2);
    expect(url.stderr).toContain('--base-url "intranet" is not a URL');
    const old = join(work, 'old');
    cpSync(dist, old, { recursive: true });
    writeFileSync(join(old, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Post Coach', version: '0.0.1' }));
    const stale = postCoach(['package', '--chrome-dist', old, '--no-firefox', '--out', join(work, 'x')]);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toContain(`is version 0.0.1, not ${version}; rebuild with npm run build`);
    expect(existsSync(join(work, 'x', 'updates.xml'))).toBe(false);
  });
});
