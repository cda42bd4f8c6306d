// Chrome and Edge on Windows: a .reg file for HKLM\SOFTWARE\Policies\<vendor>\3rdparty\extensions\<id>\policy.
// Chrome reads a REG_SZ holding JSON for a key whose schema type is an object or a list, and REG_DWORD for
// booleans and integers. The file is ASCII only, so it imports the same whatever code page regedit assumes.
import { carriedEntries, forceInstallEntry, managedTypeOf, type PolicyInput, type PolicyTarget } from './target.js';

const BROWSERS = {
  chrome: 'SOFTWARE\\Policies\\Google\\Chrome',
  edge: 'SOFTWARE\\Policies\\Microsoft\\Edge',
} as const;

/** JSON with every non-ASCII character as \uXXXX: Chrome's JSON reader turns them back. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function regString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** REG_SZ as UTF-16LE bytes with the terminating NUL, for text that is not ASCII. */
function regHexString(text: string): string {
  const bytes = [...Buffer.from(`${text}\0`, 'utf16le')].map((b) => b.toString(16).padStart(2, '0'));
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i += 24) lines.push(bytes.slice(i, i + 24).join(','));
  return `hex(1):${lines.join(',\\\r\n  ')}`;
}

function regValue(key: string, value: unknown): string {
  const type = managedTypeOf(key);
  if (type === 'boolean') return `dword:${value ? '00000001' : '00000000'}`;
  if (type === 'integer') return `dword:${((value as number) >>> 0).toString(16).padStart(8, '0')}`;
  if (type === 'string') return /^[\x20-\x7e]*$/.test(value as string) ? regString(value as string) : regHexString(value as string);
  return regString(asciiJson(value));
}

/** What both .reg targets are: Chrome's policy format, force-installed by update URL, the keys the ruleset sets. */
const REG = { forceInstall: 'update-url', keys: 'set' } as const;

export function renderReg(input: PolicyInput, browser: keyof typeof BROWSERS): string {
  const root = `HKEY_LOCAL_MACHINE\\${BROWSERS[browser]}`;
  const policyKey = `${root}\\3rdparty\\extensions\\${input.chromeId}\\policy`;
  const out = ['Windows Registry Editor Version 5.00', ''];
  const install = forceInstallEntry(REG, input);
  if (install) out.push(`[${root}]`, `"ExtensionSettings"=${regString(asciiJson(install))}`, '');
  // Remove the key first, so a setting taken out of the ruleset does not linger in the registry.
  out.push(`[-${policyKey}]`, '', `[${policyKey}]`);
  for (const [key, value] of carriedEntries(REG, input.values)) out.push(`${regString(key)}=${regValue(key, value)}`);
  // regedit expects CRLF line ends.
  return `${out.join('\r\n')}\r\n`;
}

export const chromeWindowsReg: PolicyTarget = {
  id: 'chrome-windows-reg',
  summary: 'a .reg file for Google Chrome on Windows',
  ...REG,
  render: (input) => [{ name: 'post-coach-chrome.reg', text: renderReg(input, 'chrome') }],
};

export const edgeWindowsReg: PolicyTarget = {
  id: 'edge-windows-reg',
  summary: 'a .reg file for Microsoft Edge on Windows',
  ...REG,
  render: (input) => [{ name: 'post-coach-edge.reg', text: renderReg(input, 'edge') }],
};
