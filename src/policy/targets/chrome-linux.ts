// Chrome and Chromium on Linux: one JSON file in /etc/opt/chrome/policies/managed/ (Chromium: /etc/chromium/policies/managed/).
import { carriedEntries, forceInstallEntry, type PolicyTarget } from './target.js';
import { printableJson } from '../../shared/printable.js';

export const chromeLinux: PolicyTarget = {
  id: 'chrome-linux',
  summary: 'JSON for /etc/opt/chrome/policies/managed/ and /etc/chromium/policies/managed/',
  forceInstall: 'update-url',
  keys: 'set',
  render(input) {
    const policy: Record<string, unknown> = {};
    const install = forceInstallEntry(chromeLinux, input);
    if (install) policy.ExtensionSettings = install;
    policy['3rdparty'] = { extensions: { [input.chromeId]: Object.fromEntries(carriedEntries(chromeLinux, input.values)) } };
    return [{ name: 'post-coach.json', text: `${printableJson(policy, 2)}\n` }];
  },
};
