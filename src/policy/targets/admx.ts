// Group Policy administrative templates (ADMX + en-US ADML) for Chrome and Edge: one policy per managed key, writing
// the same registry values as the .reg target, with this ruleset's values as the defaults the editor fills in.
import type { ManagedValues } from '../keys.js';
import { asciiJson } from './windows-reg.js';
import { carriedEntries, managedSchemaOf, managedTypeOf, type PolicyTarget } from './target.js';
import { xmlAttr, xmlText } from './xml.js';

export const ADMX_NAMESPACE = 'PostCoach.Policies';
/** Longest value the Group Policy editor's text box takes; longer rulesets go by .reg or the "ruleset" key. */
export const TEXT_MAX = 32767;

const BROWSERS = [
  { id: 'chrome', label: 'Google Chrome', key: 'Software\\Policies\\Google\\Chrome' },
  { id: 'edge', label: 'Microsoft Edge', key: 'Software\\Policies\\Microsoft\\Edge' },
] as const;

const DESCRIPTIONS: Record<string, string> = {
  ruleset: 'A whole ruleset file as JSON text. Separate settings below take precedence over the same settings of it.',
  name: 'Name of the ruleset, shown to staff.',
  version: 'Version of the ruleset, shown to staff.',
  organisation: 'The organisation (JSON): {"name": ..., "aliases": [...], "topics": [...], "website": ...}. Staff see "Managed by" its name.',
  defaultRegion: 'Default phone region, two upper-case letters (e.g. OM).',
  officialAccounts: 'Official accounts (JSON list of {"site", "handle"}): posting from one of them is posting for the organisation.',
  publicContacts: 'Public contact details (JSON: phones, emails, addresses) that are never flagged as personal details.',
  disclosurePhrases: 'Extra phrases (JSON list) that count as disclosing the affiliation.',
  authorisedToCommit: 'Whether staff may make commitments on the organisation\'s behalf.',
  confidential: 'What stays inside until announced (JSON: {"terms": [...], "referenceShapes": [...], "intranetHosts": [...]}).',
  politics: 'Political parties and politicians known by name (JSON: {"parties": [...], "politicians": [...]}, each "Name | alias | alias").',
  privateChannels: 'Private channels for one person\'s case (JSON list: a handle for direct messages, a phone line, a form\'s link).',
  customRules: 'The organisation\'s own rules (JSON list).',
  sites: 'Extra forum hosts and Mastodon instances (JSON: {"forums": [...], "mastodon": [...]}).',
  quickReference: 'The principles, code of conduct and tips shown in the popup (JSON).',
  review: 'Before posting: off, review or block.',
  allowPause: 'Whether staff may pause the coach on a site. Disabled (false) locks pausing off.',
  staffMayChange: 'Settings staff may change (JSON list of dotted paths, e.g. ["checks.aggressive-tone"]). Everything else set here is locked.',
};

const TYPE_WORDS: Record<string, string> = { boolean: 'true or false', integer: 'a whole number', number: 'a number', string: 'text', array: 'a JSON list', object: 'a JSON object' };

/** "shouting (true or false), allow (a JSON list)": the options a check's settings may carry, from the managed schema. */
function optionList(key: string): string {
  const options = (managedSchemaOf(key) as { properties?: { options?: { properties?: Record<string, { type?: string }> } } } | undefined)?.properties?.options?.properties ?? {};
  return Object.entries(options)
    .map(([name, node]) => `${name} (${TYPE_WORDS[node.type ?? 'object'] ?? node.type})`)
    .join(', ');
}

function describe(key: string): string {
  if (key.startsWith('check-')) {
    const options = optionList(key);
    return `Settings of the ${key.slice(6)} check (JSON): {"enabled": true, "severity": "warning"${options ? ', "options": {...}' : ''}}.${options ? ` Options: ${options}.` : ''}`;
  }
  return DESCRIPTIONS[key] ?? key;
}

/** The text a key's registry value holds: JSON for objects and lists, as in the .reg target. */
function defaultText(key: string, value: unknown): string {
  return managedTypeOf(key) === 'string' ? String(value) : asciiJson(value);
}

function policyName(browser: string, key: string): string {
  return `${browser}_${key.replace(/-/g, '_')}`;
}

export function renderAdmx(chromeId: string): string {
  const policies = BROWSERS.flatMap((b) =>
    carriedEntries(admx, {}).map(([key]) => {
      const name = policyName(b.id, key);
      const element =
        managedTypeOf(key) === 'boolean'
          ? `<boolean id="${name}" valueName="${key}"><trueValue><decimal value="1"/></trueValue><falseValue><decimal value="0"/></falseValue></boolean>`
          : `<text id="${name}" valueName="${key}" maxLength="${TEXT_MAX}"/>`;
      return [
        `    <policy name="${name}" class="Machine" displayName="$(string.${name})" explainText="$(string.${name}_Explain)" presentation="$(presentation.${name})" key="${xmlAttr(`${b.key}\\3rdparty\\extensions\\${chromeId}\\policy`)}">`,
        `      <parentCategory ref="PostCoach_${b.id}"/>`,
        `      <supportedOn ref="SUPPORTED_${b.id}"/>`,
        `      <elements>${element}</elements>`,
        '    </policy>',
      ].join('\n');
    }),
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <policyNamespaces>
    <target prefix="postcoach" namespace="${ADMX_NAMESPACE}"/>
  </policyNamespaces>
  <resources minRequiredRevision="1.0"/>
  <supportedOn>
    <definitions>
${BROWSERS.map((b) => `      <definition name="SUPPORTED_${b.id}" displayName="$(string.SUPPORTED_${b.id})"/>`).join('\n')}
    </definitions>
  </supportedOn>
  <categories>
${BROWSERS.map((b) => `    <category name="PostCoach_${b.id}" displayName="$(string.PostCoach_${b.id})"/>`).join('\n')}
  </categories>
  <policies>
${policies.join('\n')}
  </policies>
</policyDefinitions>
`;
}

export function renderAdml(values: ManagedValues): string {
  const strings: string[] = [];
  const presentations: string[] = [];
  for (const b of BROWSERS) {
    strings.push(`      <string id="SUPPORTED_${b.id}">${b.label} with Post Coach installed</string>`);
    strings.push(`      <string id="PostCoach_${b.id}">Post Coach (${b.label})</string>`);
    for (const [key, value] of carriedEntries(admx, values)) {
      const name = policyName(b.id, key);
      strings.push(`      <string id="${name}">${xmlText(key)}</string>`);
      strings.push(`      <string id="${name}_Explain">${xmlText(describe(key))}</string>`);
      if (managedTypeOf(key) === 'boolean') {
        presentations.push(`      <presentation id="${name}"><checkBox refId="${name}" defaultChecked="${value === true}">${xmlText(key)}</checkBox></presentation>`);
      } else {
        const fill = value === undefined ? '' : `<defaultValue>${xmlText(defaultText(key, value))}</defaultValue>`;
        presentations.push(`      <presentation id="${name}"><textBox refId="${name}"><label>${xmlText(key)}</label>${fill}</textBox></presentation>`);
      }
    }
  }
  return `<?xml version="1.0" encoding="utf-8"?>
<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <displayName>Post Coach</displayName>
  <description>Post Coach ruleset for Google Chrome and Microsoft Edge.</description>
  <resources>
    <stringTable>
${strings.join('\n')}
    </stringTable>
    <presentationTable>
${presentations.join('\n')}
    </presentationTable>
  </resources>
</policyDefinitionResources>
`;
}

export const admx: PolicyTarget = {
  id: 'admx',
  summary: 'Group Policy templates: PostCoach.admx and en-US/PostCoach.adml (Chrome and Edge)',
  // Templates for the policies only: installation is Group Policy's own ExtensionSettings policy.
  forceInstall: 'none',
  keys: 'every',
  render(input) {
    for (const [key, value] of Object.entries(input.values)) {
      if (managedTypeOf(key) !== 'boolean' && defaultText(key, value).length > TEXT_MAX) {
        throw new Error(`"${key}" is longer than ${TEXT_MAX} characters, more than a Group Policy text box holds; deploy it with the .reg target`);
      }
    }
    return [
      { name: 'PostCoach.admx', text: renderAdmx(input.chromeId) },
      { name: 'en-US/PostCoach.adml', text: renderAdml(input.values) },
    ];
  },
};
