// Firefox: policies.json in the installation's distribution/ folder (/usr/lib/firefox-esr/distribution/ on Debian).
import { orderedEntries, type PolicyTarget } from './target.js';
import { printableJson } from '../../shared/printable.js';

export const firefoxPolicies: PolicyTarget = {
  id: 'firefox-policies',
  summary: 'policies.json for the Firefox installation folder distribution/',
  render(input) {
    const policies: Record<string, unknown> = {
      '3rdparty': { Extensions: { [input.firefoxId]: Object.fromEntries(orderedEntries(input.values)) } },
    };
    if (input.installUrl) {
      policies.ExtensionSettings = { [input.firefoxId]: { installation_mode: 'force_installed', install_url: input.installUrl } };
    }
    return [{ name: 'policies.json', text: `${printableJson({ policies }, 2)}\n` }];
  },
};
