// Firefox: policies.json in the installation's distribution/ folder (/usr/lib/firefox-esr/distribution/ on Debian).
import { carriedEntries, forceInstallEntry, type PolicyTarget } from './target.js';
import { printableJson } from '../../shared/printable.js';

export const firefoxPolicies: PolicyTarget = {
  id: 'firefox-policies',
  summary: 'policies.json for the Firefox installation folder distribution/',
  forceInstall: 'install-url',
  keys: 'set',
  render(input) {
    const policies: Record<string, unknown> = {
      '3rdparty': { Extensions: { [input.firefoxId]: Object.fromEntries(carriedEntries(firefoxPolicies, input.values)) } },
    };
    const install = forceInstallEntry(firefoxPolicies, input);
    if (install) policies.ExtensionSettings = install;
    return [{ name: 'policies.json', text: `${printableJson({ policies }, 2)}\n` }];
  },
};
