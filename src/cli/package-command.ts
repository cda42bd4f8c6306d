// post-coach package: the built extension as store uploads, a signed CRX and xpi, and the update manifests to self-host them.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pkg from '../../package.json';
import { PLACEHOLDER_UPDATE_URL } from '../policy/targets/target.js';
import { FIREFOX_EXTENSION_ID } from '../shared/extension-id.js';
import { printable } from '../shared/printable.js';
import { parseOptions, stringOption } from './args.js';
import { CliError, EXIT } from './cli-error.js';
import { write } from './io.js';
import { crx3, idOfManifestKey, newSigningKey, readSigningKey, signingKeyPem, type SigningKey } from './package-crx.js';
import { buildXpi, lintFirefox } from './package-firefox.js';
import { storeUploadProblems } from './package-store-check.js';
import { updatesJson, updatesXml, urlUnder } from './package-update-manifests.js';
import { filesOf, zip, type ZipEntry } from './package-zip.js';

/** The key file a first run makes (and later runs without --key reuse), inside the output folder. */
export const KEY_FILE = 'post-coach-key.pem';
const PLACEHOLDER_BASE = PLACEHOLDER_UPDATE_URL.slice(0, PLACEHOLDER_UPDATE_URL.lastIndexOf('/'));

export const help = `Usage: post-coach package [options]

Packages the built extension (npm run build) for version ${pkg.version} into DIR:
  post-coach-${pkg.version}-store.zip   upload for the Chrome Web Store and Edge Add-ons (no "key")
  post-coach-${pkg.version}.crx         CRX3 signed with the key, for your own update server
  updates.xml                   Chrome/Edge update manifest naming the id, the version and the CRX
  post-coach-${pkg.version}-amo.zip     upload for addons.mozilla.org (web-ext build)
  post-coach-${pkg.version}.xpi         Firefox package whose gecko.update_url is BASE/updates.json
  updates.json                  Firefox update manifest naming the xpi
It then prints the extension id and the post-coach policy commands that deploy these files.

The CRX's id is the key's: the packaged manifest.json carries the key's public half, so the
extension has the same id whichever way it is installed from this CRX. Keep the key: every later
version must be signed with it, or browsers see a different extension.

Options:
  --key FILE.pem        the publisher's RSA private key (PEM). Without it, DIR/${KEY_FILE} is
                        used if it exists, or a new key is made and saved there
  --base-url URL        where the files will be served, e.g. https://intranet.example/post-coach
                        (default: a placeholder that installs nothing)
  --out DIR             output folder (default dist/packages)
  --chrome-dist DIR     the Chrome build (default dist/chrome)
  --firefox-dist DIR    the Firefox build (default dist/firefox)
  --no-firefox          leave out the Firefox packages (they need Mozilla's web-ext)
  -h, --help            show this help

See docs/managers-guide.md, "Packages and your own update server".`;

function readManifest(dist: string): Record<string, unknown> {
  const path = join(dist, 'manifest.json');
  if (!existsSync(path)) throw new CliError(`package: no extension build at ${printable(dist)} (manifest.json missing); run npm run build first`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  if (manifest.version !== pkg.version) {
    throw new CliError(`package: ${printable(path)} is version ${printable(String(manifest.version))}, not ${pkg.version}; rebuild with npm run build`);
  }
  return manifest;
}

/** The folder's files with manifest.json replaced by `manifest`. */
function withManifest(files: readonly ZipEntry[], manifest: Record<string, unknown>): ZipEntry[] {
  const data = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  return files.map((f) => (f.name === 'manifest.json' ? { name: f.name, data } : f));
}

async function signingKey(keyFile: string | undefined, out: string): Promise<{ key: SigningKey; note: string }> {
  const path = keyFile ?? join(out, KEY_FILE);
  if (keyFile !== undefined || existsSync(path)) {
    if (!existsSync(path)) throw new CliError(`package: --key ${printable(path)}: no such file`);
    try {
      return { key: readSigningKey(readFileSync(path, 'utf8')), note: `signed with ${printable(path)}` };
    } catch (e) {
      throw new CliError(`package: ${printable(path)}: ${(e as Error).message}`);
    }
  }
  const key = newSigningKey();
  await writeFile(path, signingKeyPem(key), { mode: 0o600 });
  return { key, note: `made a new key and saved it in ${printable(path)}: keep it safe and sign every later version with it` };
}

function checkBaseUrl(base: string): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new CliError(`package: --base-url "${printable(base)}" is not a URL; give the folder's address, e.g. https://intranet.example/post-coach`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new CliError(`package: --base-url must be an http(s) address, not ${printable(url.protocol)}`);
  return base.replace(/\/+$/, '');
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions('package', args, {
    key: { type: 'string' },
    'base-url': { type: 'string' },
    out: { type: 'string' },
    'chrome-dist': { type: 'string' },
    'firefox-dist': { type: 'string' },
    'no-firefox': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    await write(`${help}\n`);
    return EXIT.ok;
  }
  if (positionals.length) throw new CliError('package: takes no file arguments; see post-coach package --help');
  const given = stringOption(values['base-url']);
  const base = given === undefined ? PLACEHOLDER_BASE : checkBaseUrl(given);
  const out = resolve(stringOption(values.out) ?? 'dist/packages');
  const chromeDist = resolve(stringOption(values['chrome-dist']) ?? 'dist/chrome');
  const firefoxDist = resolve(stringOption(values['firefox-dist']) ?? 'dist/firefox');
  const withFirefox = values['no-firefox'] !== true;
  const version = pkg.version;

  const chromeManifest = readManifest(chromeDist);
  const firefoxManifest = withFirefox ? readManifest(firefoxDist) : undefined;
  const chromeFiles = filesOf(chromeDist);
  const { key: _builtKey, ...storeManifest } = chromeManifest; // the stores assign the id and refuse a "key"
  const storeFiles = withManifest(chromeFiles, storeManifest);
  const storeZip = zip(storeFiles);
  const refused = storeUploadProblems(storeFiles, storeZip.length);
  if (refused.length) throw new CliError(`package: the store upload from ${printable(chromeDist)} would be refused: ${refused.map(printable).join('; ')}`);
  await mkdir(out, { recursive: true });
  const { key, note } = await signingKey(stringOption(values.key), out);
  const written: string[] = [];
  const put = async (name: string, data: Buffer | string): Promise<void> => {
    await writeFile(join(out, name), data);
    written.push(name);
  };

  await put(`post-coach-${version}-store.zip`, storeZip);
  const crxName = `post-coach-${version}.crx`;
  const crxManifest = { ...chromeManifest, key: key.publicDer.toString('base64') };
  await put(crxName, crx3(zip(withManifest(chromeFiles, crxManifest)), key));
  await put('updates.xml', updatesXml(key.id, version, urlUnder(base, crxName)));

  const xpiName = `post-coach-${version}.xpi`;
  if (firefoxManifest) {
    const report = await lintFirefox(firefoxDist);
    if (report.errors.length) {
      throw new CliError(`package: web-ext lint found errors in ${printable(firefoxDist)}:\n${report.errors.map((m) => `  ${m.code} ${m.file ?? ''}: ${m.message}`).join('\n')}`);
    }
    for (const m of report.warnings) process.stderr.write(`post-coach: web-ext lint warning: ${m.code} ${m.file ?? ''}: ${printable(m.message)}\n`);
    await buildXpi(firefoxDist, join(out, `post-coach-${version}-amo.zip`));
    written.push(`post-coach-${version}-amo.zip`);
    const settings = (firefoxManifest.browser_specific_settings ?? {}) as { gecko?: Record<string, unknown> };
    const selfHosted = { ...firefoxManifest, browser_specific_settings: { ...settings, gecko: { ...settings.gecko, update_url: urlUnder(base, 'updates.json') } } };
    await buildXpi(firefoxDist, join(out, xpiName), selfHosted);
    written.push(xpiName);
    await put('updates.json', updatesJson(FIREFOX_EXTENSION_ID, version, urlUnder(base, xpiName)));
  }

  const builtId = idOfManifestKey(chromeManifest.key);
  const lines = [
    `post-coach: ${note}`,
    `Chrome/Edge extension id: ${key.id}`,
    ...(builtId && builtId !== key.id ? [`(the CRX carries this key's id, not the build's ${builtId}: deploy policies with --chrome-id ${key.id})`] : []),
    `Wrote into ${printable(out)}:`,
    ...written.map((n) => `  ${n}`),
    `Copy updates.xml and ${crxName}${firefoxManifest ? `, updates.json and ${xpiName}` : ''} to ${base}/, then print the policy:`,
    `  post-coach policy RULESET.json --target chrome-linux --chrome-id ${key.id} --update-url ${urlUnder(base, 'updates.xml')}`,
    ...(firefoxManifest ? [`  post-coach policy RULESET.json --target firefox-policies --install-url ${urlUnder(base, xpiName)}`] : []),
    '(the same --chrome-id and --update-url serve every Chrome and Edge target; see post-coach policy --help)',
  ];
  if (given === undefined) lines.push(`post-coach: no --base-url: the files name the placeholder ${PLACEHOLDER_BASE}, which installs nothing`);
  await write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
