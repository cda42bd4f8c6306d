import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readManaged } from '../../src/engine/managed-validate.js';
import { managedKeys, type ManagedValues } from '../../src/engine/managed-keys.js';
import type { Ruleset } from '../../src/engine/types.js';
import { CHROME_EXTENSION_ID, FIREFOX_EXTENSION_ID } from '../../src/shared/extension-id.js';
import { TARGETS, renderPolicy } from '../../src/cli/policy-command.js';
import { managedTypeOf } from '../../src/cli/policy-targets.js';
import { parseReg, parseXml, plistToValue, type XmlElement } from './format-readers.js';

const root = new URL('../../', import.meta.url);
const load = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as Ruleset;
const RULESETS: Record<string, Ruleset> = {
  'rules/examples/ministry.json': load('rules/examples/ministry.json'),
  'test/managed/fixtures/ministry.json': load('test/managed/fixtures/ministry.json'),
  'an Arabic-named ruleset': { name: 'قواعد وزارة الخدمات الرقمية', version: 7, review: 'block', authorisedToCommit: true },
};
const UPDATE = 'https://clients2.google.com/service/update2/crx';
const XPI = 'https://addons.example.org/post-coach.xpi';

function files(ruleset: Ruleset, target: string) {
  const t = TARGETS.find((x) => x.id === target)!;
  const out = renderPolicy(ruleset, t, { updateUrl: UPDATE, installUrl: XPI });
  expect(out.problems).toEqual([]);
  return out.files;
}

function deployable(ruleset: Ruleset): Ruleset {
  const { $schema: _hint, ...rest } = ruleset;
  return rest;
}

/** What the extension would read back from these policy values. */
function readBack(values: ManagedValues): Ruleset {
  const reading = readManaged(values);
  expect(reading.problems).toEqual([]);
  return reading.ruleset;
}

const chromePolicyKey = (vendor: string) => `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`;

function fromReg(text: string, vendor: string): ManagedValues {
  const reg = parseReg(text);
  expect(reg.deleted).toEqual([chromePolicyKey(vendor)]);
  const install = reg.keys.get(`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}`)?.get('ExtensionSettings');
  expect(install?.type).toBe('sz');
  expect(JSON.parse(install!.value as string)).toEqual({ [CHROME_EXTENSION_ID]: { installation_mode: 'force_installed', update_url: UPDATE } });
  const values: ManagedValues = {};
  for (const [name, v] of reg.keys.get(chromePolicyKey(vendor)) ?? []) {
    const type = managedTypeOf(name);
    if (type === 'boolean') {
      expect(v.type).toBe('dword');
      values[name] = v.value === 1;
    } else if (type === 'string') {
      expect(v.type).toBe('sz');
      values[name] = v.value;
    } else {
      expect(v.type).toBe('sz'); // JSON text, as Chrome reads objects and lists from the registry
      values[name] = JSON.parse(v.value as string);
    }
  }
  return values;
}

function child(el: XmlElement, name: string): XmlElement {
  const found = el.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${el.name}> has no <${name}>`);
  return found;
}

describe.each(Object.entries(RULESETS))('policy output for %s', (_label, ruleset) => {
  const expected = deployable(ruleset);

  it('chrome-linux: JSON with the force-install entry and 3rdparty policy that reads back as the ruleset', () => {
    const [file] = files(ruleset, 'chrome-linux');
    const policy = JSON.parse(file.text);
    expect(Object.keys(policy)).toEqual(['ExtensionSettings', '3rdparty']);
    expect(policy.ExtensionSettings).toEqual({ [CHROME_EXTENSION_ID]: { installation_mode: 'force_installed', update_url: UPDATE } });
    expect(readBack(policy['3rdparty'].extensions[CHROME_EXTENSION_ID])).toEqual(expected);
  });

  it('chrome-windows-reg and edge-windows-reg: ASCII .reg files that read back as the ruleset', () => {
    expect(readBack(fromReg(files(ruleset, 'chrome-windows-reg')[0].text, 'Google\\Chrome'))).toEqual(expected);
    expect(readBack(fromReg(files(ruleset, 'edge-windows-reg')[0].text, 'Microsoft\\Edge'))).toEqual(expected);
  });

  it('chrome-mac-plist: a well-formed profile whose extension payload reads back as the ruleset', () => {
    const [file] = files(ruleset, 'chrome-mac-plist');
    const profile = plistToValue(parseXml(file.text)) as { PayloadType: string; PayloadContent: Array<Record<string, unknown>> };
    expect(profile.PayloadType).toBe('Configuration');
    const byType = new Map(profile.PayloadContent.map((p) => [p.PayloadType, p]));
    const { PayloadType: _t, PayloadIdentifier: _i, PayloadUUID: uuid, PayloadVersion: _v, PayloadDisplayName: _d, ...values } =
      byType.get(`com.google.Chrome.extensions.${CHROME_EXTENSION_ID}`)!;
    expect(uuid).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-8[0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(readBack(values)).toEqual(expected);
    expect(byType.get('com.google.Chrome')?.ExtensionSettings).toEqual({
      [CHROME_EXTENSION_ID]: { installation_mode: 'force_installed', update_url: UPDATE },
    });
    expect(files(ruleset, 'chrome-mac-plist')[0].text).toBe(file.text); // same ruleset, same profile
  });

  it('google-admin: JSON of {"key": {"Value": ...}} that reads back as the ruleset', () => {
    const upload = JSON.parse(files(ruleset, 'google-admin')[0].text) as Record<string, { Value: unknown }>;
    for (const wrapped of Object.values(upload)) expect(Object.keys(wrapped)).toEqual(['Value']);
    expect(readBack(Object.fromEntries(Object.entries(upload).map(([k, v]) => [k, v.Value])))).toEqual(expected);
  });

  it('firefox-policies: policies.json with 3rdparty.Extensions and the force-install entry', () => {
    const { policies } = JSON.parse(files(ruleset, 'firefox-policies')[0].text);
    expect(policies.ExtensionSettings).toEqual({ [FIREFOX_EXTENSION_ID]: { installation_mode: 'force_installed', install_url: XPI } });
    expect(readBack(policies['3rdparty'].Extensions[FIREFOX_EXTENSION_ID])).toEqual(expected);
  });

  it('admx: well-formed ADMX and ADML declaring every key, with this ruleset as the defaults', () => {
    const [admxFile, admlFile] = files(ruleset, 'admx');
    expect([admxFile.name, admlFile.name]).toEqual(['PostCoach.admx', 'en-US/PostCoach.adml']);
    const admx = parseXml(admxFile.text);
    const adml = parseXml(admlFile.text);
    const strings = new Map(child(child(adml, 'resources'), 'stringTable').children.map((s) => [s.attrs.id, s.text]));
    const presentations = new Map(child(child(adml, 'resources'), 'presentationTable').children.map((p) => [p.attrs.id, p]));
    const chrome = child(admx, 'policies').children.filter((p) => p.attrs.name.startsWith('chrome_'));
    expect(chrome.map((p) => child(p, 'elements').children[0].attrs.valueName)).toEqual(managedKeys());
    const values: ManagedValues = {};
    for (const policy of chrome) {
      expect(policy.attrs.key).toBe(`Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`);
      expect(strings.has(policy.attrs.displayName.slice(9, -1))).toBe(true);
      const element = child(policy, 'elements').children[0];
      const shown = presentations.get(policy.attrs.presentation.slice(15, -1))!.children[0];
      expect(shown.attrs.refId).toBe(element.attrs.id);
      const key = element.attrs.valueName;
      if (element.name === 'boolean') {
        if (key in expected) values[key] = shown.attrs.defaultChecked === 'true';
      } else {
        const fill = shown.children.find((c) => c.name === 'defaultValue');
        if (fill) values[key] = managedTypeOf(key) === 'string' ? fill.text : JSON.parse(fill.text);
      }
    }
    expect(readBack(values)).toEqual(expected);
    const edge = child(admx, 'policies').children.filter((p) => p.attrs.name.startsWith('edge_'));
    expect(edge).toHaveLength(chrome.length);
    expect(edge[0].attrs.key).toBe(`Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`);
  });
});

describe('policy output details', () => {
  it('writes booleans as REG_DWORD and non-ASCII text as hex(1) UTF-16', () => {
    const text = files(RULESETS['an Arabic-named ruleset'], 'chrome-windows-reg')[0].text;
    expect(text).toContain('"authorisedToCommit"=dword:00000001\r\n');
    expect(text).toMatch(/"name"=hex\(1\):42,06,/); // U+0642 little-endian
    expect(text).toContain('"version"="7"\r\n');
  });

  it('leaves the force-install entry out when asked', () => {
    const t = TARGETS.find((x) => x.id === 'chrome-linux')!;
    const out = renderPolicy(RULESETS['rules/examples/ministry.json'], t, {});
    expect(Object.keys(JSON.parse(out.files[0].text))).toEqual(['3rdparty']);
  });

  it('refuses an invalid ruleset with every problem and its path', () => {
    const t = TARGETS.find((x) => x.id === 'chrome-linux')!;
    const out = renderPolicy({ review: 'sometimes', defaultRegion: 'oman' }, t, {});
    expect(out.files).toEqual([]);
    expect(out.problems.map((p) => p.split(':')[0]).sort()).toEqual(['/defaultRegion', '/review']);
  });

  it('escapes what a manager writes so it cannot break the XML', () => {
    const ruleset: Ruleset = { name: 'A <b>&</b> "rules"', organisation: { name: 'R&D </string><true/>' } };
    const plist = plistToValue(parseXml(files(ruleset, 'chrome-mac-plist')[0].text)) as { PayloadContent: Array<Record<string, unknown>> };
    expect(plist.PayloadContent[0].name).toBe('A <b>&</b> "rules"');
    expect(plist.PayloadContent[0].organisation).toEqual({ name: 'R&D </string><true/>' });
    const [, adml] = files(ruleset, 'admx');
    expect(() => parseXml(adml.text)).not.toThrow();
  });
});

describe('post-coach policy on the command line', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'policy', ...args], { cwd: new URL('.', root).pathname, encoding: 'utf8' });

  it('prints the policy file and exits 0', () => {
    const r = cli('rules/examples/ministry.json', '--target', 'firefox-policies', '--install-url', XPI);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).policies.ExtensionSettings[FIREFOX_EXTENSION_ID].install_url).toBe(XPI);
  });

  it('exits 2 and lists the problems of an invalid file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'post-coach-policy-'));
    try {
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, JSON.stringify({ review: 'sometimes' }));
      const r = cli(bad, '--target', 'chrome-linux');
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: /review: `));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes both ADMX and ADML with --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'post-coach-admx-'));
    try {
      const r = cli('rules/examples/ministry.json', '--target', 'admx', '--out', dir);
      expect(r.status).toBe(0);
      expect(() => parseXml(readFileSync(join(dir, 'PostCoach.admx'), 'utf8'))).not.toThrow();
      expect(() => parseXml(readFileSync(join(dir, 'en-US', 'PostCoach.adml'), 'utf8'))).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an unknown target', () => {
    const r = cli('rules/examples/ministry.json', '--target', 'chrome-os');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--target must be one of chrome-linux, chrome-windows-reg, chrome-mac-plist, edge-windows-reg, google-admin, firefox-policies, admx');
  });
});
