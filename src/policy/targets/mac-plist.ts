// Chrome on macOS: a configuration profile (plist XML) for any MDM, or to open by hand while testing. One payload
// sets the extension's policy domain com.google.Chrome.extensions.<id>; one force-installs it (com.google.Chrome).
import { createHash } from 'node:crypto';
import { carriedEntries, forceInstallEntry, type PolicyTarget } from './target.js';
import { xmlText } from './xml.js';

export const PROFILE_ID = 'org.example.post-coach';

/** A UUID derived from the content, so the same ruleset always gives the same profile. */
function stableUuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`.toUpperCase();
}

/** Whole numbers Chrome reads from a plist <integer> (a C int); larger ones go as <real>, which it reads as a number. */
const INT_MAX = 2 ** 31 - 1;

/** A JSON value as plist XML; whole numbers are <integer>, others <real>. */
export function plistValue(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  if (typeof value === 'string') return `${indent}<string>${xmlText(value)}</string>`;
  if (typeof value === 'boolean') return `${indent}<${value}/>`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`plist cannot hold ${value}`);
    return Number.isInteger(value) && Math.abs(value) <= INT_MAX ? `${indent}<integer>${value}</integer>` : `${indent}<real>${value}</real>`;
  }
  if (Array.isArray(value)) {
    if (!value.length) return `${indent}<array/>`;
    return [`${indent}<array>`, ...value.map((v) => plistValue(v, inner)), `${indent}</array>`].join('\n');
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (!entries.length) return `${indent}<dict/>`;
    return [`${indent}<dict>`, ...entries.flatMap(([k, v]) => [`${inner}<key>${xmlText(k)}</key>`, plistValue(v, inner)]), `${indent}</dict>`].join('\n');
  }
  throw new Error(`plist cannot hold ${String(value)}`);
}

export const chromeMacPlist: PolicyTarget = {
  id: 'chrome-mac-plist',
  summary: 'a macOS configuration profile (plist XML) for Google Chrome',
  forceInstall: 'update-url',
  keys: 'set',
  render(input) {
    const policy = Object.fromEntries(carriedEntries(chromeMacPlist, input.values));
    const seed = JSON.stringify(policy) + input.chromeId + (input.updateUrl ?? '');
    const payload = (type: string, name: string, content: Record<string, unknown>) => ({
      PayloadType: type,
      PayloadIdentifier: `${PROFILE_ID}.${type}`,
      PayloadUUID: stableUuid(`${seed}|${type}`),
      PayloadVersion: 1,
      PayloadDisplayName: name,
      ...content,
    });
    const payloads = [payload(`com.google.Chrome.extensions.${input.chromeId}`, 'Post Coach ruleset', policy)];
    const install = forceInstallEntry(chromeMacPlist, input);
    if (install) payloads.push(payload('com.google.Chrome', 'Post Coach installation', { ExtensionSettings: install }));
    const profile = {
      PayloadContent: payloads,
      PayloadDisplayName: 'Post Coach',
      PayloadDescription: 'Installs Post Coach in Google Chrome and sets the organisation ruleset.',
      PayloadIdentifier: PROFILE_ID,
      PayloadScope: 'System',
      PayloadType: 'Configuration',
      PayloadUUID: stableUuid(`${seed}|profile`),
      PayloadVersion: 1,
    };
    const text = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
      '<plist version="1.0">',
      plistValue(profile, ''),
      '</plist>',
      '',
    ].join('\n');
    return [{ name: 'post-coach.mobileconfig', text }];
  },
};
