import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { managedFromRuleset, readManaged } from '../../src/policy/read.js';
import { validateRuleset } from '../../src/ruleset/validate.js';
import { managedKeys, type ManagedValues } from '../../src/policy/keys.js';
import type { Ruleset } from '../../src/ruleset/types.js';
import { CHROME_EXTENSION_ID, FIREFOX_EXTENSION_ID } from '../../src/shared/extension-id.js';
import { renderPolicy } from '../../src/policy/render.js';
import { TARGETS } from '../../src/policy/targets/index.js';
import { managedTypeOf } from '../../src/policy/targets/target.js';
import { parseReg, parseXml, plistToValue, xmlEncoding, type XmlElement } from './format-readers.js';

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
  expect(out.warnings).toEqual([]);
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

type PolicyFiles = ReturnType<typeof files>;

function fromChromeLinux([file]: PolicyFiles): ManagedValues {
  const policy = JSON.parse(file.text);
  expect(Object.keys(policy)).toEqual(['ExtensionSettings', '3rdparty']);
  expect(policy.ExtensionSettings).toEqual({ [CHROME_EXTENSION_ID]: { installation_mode: 'force_installed', update_url: UPDATE } });
  return policy['3rdparty'].extensions[CHROME_EXTENSION_ID];
}

function fromPlist([file]: PolicyFiles): ManagedValues {
  expect(xmlEncoding(file.text)).toBe('utf-8');
  const profile = plistToValue(parseXml(file.text)) as { PayloadType: string; PayloadContent: Array<Record<string, unknown>> };
  expect(profile.PayloadType).toBe('Configuration');
  const byType = new Map(profile.PayloadContent.map((p) => [p.PayloadType, p]));
  const { PayloadType: _t, PayloadIdentifier: _i, PayloadUUID: uuid, PayloadVersion: _v, PayloadDisplayName: _d, ...values } =
    byType.get(`com.google.Chrome.extensions.${CHROME_EXTENSION_ID}`)!;
  expect(uuid).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-8[0-9A-F]{3}-[0-9A-F]{12}$/);
  expect(byType.get('com.google.Chrome')?.ExtensionSettings).toEqual({
    [CHROME_EXTENSION_ID]: { installation_mode: 'force_installed', update_url: UPDATE },
  });
  return values;
}

function fromGoogleAdmin([file]: PolicyFiles): ManagedValues {
  const upload = JSON.parse(file.text) as Record<string, { Value: unknown }>;
  for (const wrapped of Object.values(upload)) expect(Object.keys(wrapped)).toEqual(['Value']);
  return Object.fromEntries(Object.entries(upload).map(([k, v]) => [k, v.Value]));
}

function fromFirefox([file]: PolicyFiles): ManagedValues {
  const { policies } = JSON.parse(file.text);
  expect(policies.ExtensionSettings).toEqual({ [FIREFOX_EXTENSION_ID]: { installation_mode: 'force_installed', install_url: XPI } });
  return policies['3rdparty'].Extensions[FIREFOX_EXTENSION_ID];
}

/** The values Group Policy would write: each policy's default, as the ADML presents it, for the keys the ruleset sets. */
function fromAdmx([admxFile, admlFile]: PolicyFiles, setKeys: ReadonlySet<string>): ManagedValues {
  expect([admxFile.name, admlFile.name]).toEqual(['PostCoach.admx', 'en-US/PostCoach.adml']);
  expect(xmlEncoding(admxFile.text)).toBe('utf-8');
  expect(xmlEncoding(admlFile.text)).toBe('utf-8');
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
    expect(strings.has(policy.attrs.explainText.slice(9, -1))).toBe(true);
    const element = child(policy, 'elements').children[0];
    const shown = presentations.get(policy.attrs.presentation.slice(15, -1))!.children[0];
    expect(shown.attrs.refId).toBe(element.attrs.id);
    const key = element.attrs.valueName;
    if (element.name === 'boolean') {
      if (setKeys.has(key)) values[key] = shown.attrs.defaultChecked === 'true';
    } else {
      const fill = shown.children.find((c) => c.name === 'defaultValue');
      expect(fill !== undefined).toBe(setKeys.has(key));
      if (fill) values[key] = managedTypeOf(key) === 'string' ? fill.text : JSON.parse(fill.text);
    }
  }
  const edge = child(admx, 'policies').children.filter((p) => p.attrs.name.startsWith('edge_'));
  expect(edge).toHaveLength(chrome.length);
  expect(edge[0].attrs.key).toBe(`Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`);
  return values;
}

/** Each target's files read back, by the format's own rules, to the managed values the browser would get. */
const READERS: Record<string, (out: PolicyFiles, setKeys: ReadonlySet<string>) => ManagedValues> = {
  'chrome-linux': fromChromeLinux,
  'chrome-windows-reg': ([file]) => fromReg(file.text, 'Google\\Chrome'),
  'edge-windows-reg': ([file]) => fromReg(file.text, 'Microsoft\\Edge'),
  'chrome-mac-plist': fromPlist,
  'google-admin': fromGoogleAdmin,
  'firefox-policies': fromFirefox,
  admx: fromAdmx,
};

/** The ruleset that `target`'s output for `ruleset` deploys, as the extension reads it back. */
function deployedBy(ruleset: Ruleset, target: string): Ruleset {
  const out = files(ruleset, target);
  const setKeys = new Set(Object.keys(renderPolicyValues(ruleset)));
  return readBack(READERS[target](out, setKeys));
}

function renderPolicyValues(ruleset: Ruleset): ManagedValues {
  return managedFromRuleset(ruleset).values;
}

describe.each(Object.entries(RULESETS))('policy output for %s', (_label, ruleset) => {
  const expected = deployable(ruleset);
  it.each(Object.keys(READERS))('%s reads back as the ruleset', (target) => {
    expect(deployedBy(ruleset, target)).toEqual(expected);
  });

  it('chrome-mac-plist: the same ruleset gives the same profile', () => {
    expect(files(ruleset, 'chrome-mac-plist')[0].text).toBe(files(ruleset, 'chrome-mac-plist')[0].text);
  });
});

// Text a manager might write, and text written to break a format: Arabic with marks, every kind of quote, markup,
// entity and escape look-alikes, backslashes, bidi controls, emoji (surrogate pairs), and line breaks where allowed.
const ONE_LINE_PARTS = [
  'a', 'Z', ' ', 'قواعد', 'وزارة الخدمات', 'عُمان', 'شدّة', '"', "'", '<', '>', '&', '&amp;', '&#13;', '&lt;', '\\', '\\"', '\\u0041',
  '\\n', ']]>', '<![CDATA[', '--', '<!--', '</string><true/>', '%s', '$1', '$(string.x)', '\u202e', '\u2066', '\u2069', '\u200f',
  '\u00a0', '😀', '🇴🇲', 'é', '=', '[', ']', '@=',
];
const TEXT_PARTS = [...ONE_LINE_PARTS, '\n', '\t', '\n\n'];
const hostile = (parts: string[], max = 8) => fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: max }).map((p) => p.join(''));
const oneLine = hostile(ONE_LINE_PARTS);
const text = hostile(TEXT_PARTS);
// Words and phrases of a custom rule also need something to match.
const word = fc.tuple(fc.constantFrom('tender', 'مناقصة', 'bid'), oneLine).map(([w, rest]) => `${w}${rest}`);
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/);
const severity = fc.constantFrom('info', 'warning', 'error');
const lines = (arb: fc.Arbitrary<string>) => fc.array(arb, { maxLength: 3 });

const quickRefList = fc.uniqueArray(
  fc.record({
    id,
    title: fc.record({ en: oneLine, ar: oneLine }),
    text: fc.record({ en: text, ar: text }),
    source: fc.record({ document: oneLine, section: oneLine }),
  }),
  { maxLength: 2, selector: (t) => t.id },
);

const HOSTILE_RULESET: fc.Arbitrary<Ruleset> = fc.record(
  {
    name: oneLine,
    version: fc.oneof(fc.nat({ max: 1_000_000 }), oneLine.filter((v) => !/^(0|[1-9][0-9]*)$/.test(v))),
    organisation: fc.record({ name: oneLine, aliases: lines(oneLine), topics: lines(oneLine) }, { requiredKeys: ['name'] }),
    disclosurePhrases: lines(oneLine),
    officialAccounts: fc.array(fc.record({ site: fc.constantFrom('x.com', 'facebook.com', 'mastodon.social'), handle: oneLine }), { maxLength: 2 }),
    publicContacts: fc.record({ addresses: lines(oneLine), emails: fc.array(fc.constantFrom('info@example.gov.om', 'a.b@mds.gov.om'), { maxLength: 2 }) }, { requiredKeys: [] }),
    authorisedToCommit: fc.boolean(),
    checks: fc.record(
      {
        'aggressive-tone': fc.record(
          {
            enabled: fc.boolean(),
            severity,
            options: fc.record({ shouting: fc.boolean(), exclamations: fc.boolean(), model: fc.boolean(), allow: lines(oneLine) }, { requiredKeys: [] }),
          },
          { requiredKeys: [] },
        ),
        'personal-details': fc.record(
          { enabled: fc.boolean(), options: fc.record({ ignore: fc.uniqueArray(fc.constantFrom('phone', 'email', 'postal-code', 'iban'), { maxLength: 3 }) }) },
          { requiredKeys: [] },
        ),
        commitment: fc.record({ enabled: fc.boolean(), severity }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    ),
    customRules: fc.uniqueArray(
      fc.record(
        { id, words: fc.array(word, { minLength: 1, maxLength: 2 }), message: text, why: text, severity, suggestion: text },
        { requiredKeys: ['id', 'words', 'message', 'severity'] },
      ),
      { maxLength: 2, selector: (r) => r.id },
    ),
    quickReference: fc.record({ principles: quickRefList, conduct: quickRefList, tips: quickRefList }),
    review: fc.constantFrom('off', 'review', 'block'),
    allowPause: fc.boolean(),
    staffMayChange: fc.uniqueArray(fc.constantFrom('checks.aggressive-tone', 'checks.commitment.severity', 'review'), { maxLength: 2 }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Ruleset>;

/** What a terminal acts on, besides the line ends and tabs a file may hold. */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('every target, for any ruleset that validates', () => {
  it('the generator gives rulesets that validate (so the property below is about valid ones)', () => {
    fc.assert(
      fc.property(HOSTILE_RULESET, (ruleset) => {
        expect(validateRuleset(ruleset)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it.each(Object.keys(READERS))('%s: well formed, reads back as the same ruleset, safe to print', (target) => {
    fc.assert(
      fc.property(HOSTILE_RULESET, (ruleset) => {
        for (const file of files(ruleset, target)) expect(file.text).not.toMatch(TERMINAL_CONTROL);
        const { checks, ...rest } = ruleset;
        // An empty "checks" deploys as no key at all, which reads back as no checks: the same rules.
        expect(deployedBy(ruleset, target)).toEqual(checks && Object.keys(checks).length ? ruleset : rest);
      }),
      { numRuns: 200 },
    );
  });

  it('a boolean option, Arabic and quotes in every target', () => {
    const ruleset: Ruleset = {
      name: 'قواعد "الوزارة" \'A\' <b>&amp; \\ back',
      checks: {
        'aggressive-tone': { options: { shouting: false, exclamations: true, allow: ['عبارة \'مسموحة\' <ok> & \\'] } },
        'personal-details': { options: { ignore: ['postal-code'] } },
      },
      customRules: [{ id: 'r1', words: ['مناقصة'], message: 'Line one\nline "two" <b> & \'x\'\\ \u202e end', severity: 'warning' }],
    };
    expect(validateRuleset(ruleset)).toEqual([]);
    for (const target of Object.keys(READERS)) expect(deployedBy(ruleset, target), target).toEqual(ruleset);
  });
});

describe('policy output details', () => {
  it('writes booleans as REG_DWORD and non-ASCII text as hex(1) UTF-16', () => {
    const text = files(RULESETS['an Arabic-named ruleset'], 'chrome-windows-reg')[0].text;
    expect(text).toContain('"authorisedToCommit"=dword:00000001\r\n');
    expect(text).toMatch(/"name"=hex\(1\):42,06,/); // U+0642 little-endian
    expect(text).toContain('"version"="7"\r\n');
  });

  it('tells the Group Policy editor which options a check takes, and of what type', () => {
    const adml = parseXml(files({ name: 'x' }, 'admx')[1].text);
    const explain = child(child(adml, 'resources'), 'stringTable').children.find((s) => s.attrs.id === 'chrome_check_aggressive_tone_Explain');
    expect(explain?.text).toContain('Options: shouting (true or false), exclamations (true or false), allow (a JSON list)');
  });

  it.each(TARGETS.map((t) => [t.id, t.forceInstall] as const))('%s force-installs by %s, as the target says', (id, style) => {
    const text = files(RULESETS['rules/examples/ministry.json'], id).map((f) => f.text).join('\n');
    expect(text.includes(UPDATE)).toBe(style === 'update-url');
    expect(text.includes(XPI)).toBe(style === 'install-url');
    expect(text.includes('force_installed')).toBe(style !== 'none');
  });

  it.each(TARGETS.map((t) => [t.id, t.keys] as const))('%s carries the %s managed keys', (id, keys) => {
    const text = files({ name: 'Rules' }, id).map((f) => f.text).join('\n');
    // "every" lists each key the schema declares; "set" only the one this ruleset sets.
    expect(text.includes('check-commitment') || text.includes('check_commitment')).toBe(keys === 'every');
    expect(text).toContain('name');
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
