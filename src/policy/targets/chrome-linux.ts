// Chrome and Chromium on Linux: one JSON file in /etc/opt/chrome/policies/managed/ (Chromium: /etc/chromium/policies/managed/).
import { chromeInstallEntry, orderedEntries, type PolicyTarget } from './target.js';
import { printableJson } from '../../shared/printable.js';

export const chromeLinux: PolicyTarget = {
  id: 'chrome-linux',
  summary: 'JSON for /etc/opt/chrome/policies/managed/ and /etc/chromium/policies/managed/',
  render(input) {
    const policy: Record<string, unknown> = {};
    const install = chromeInstallEntry(input);
    if (install) policy.ExtensionSettings = install;
    policy['3rdparty'] = { extensions: { [input.chromeId]: Object.fromEntries(orderedEntries(input.values)) } };
    return [{ name: 'post-coach.json', text: `${printableJson(policy, 2)}\n` }];
  },
};
