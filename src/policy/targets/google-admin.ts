// Google Admin console, Chrome browser > Apps & extensions > the extension > "Policy for extensions": a JSON upload.
import { carriedEntries, type PolicyTarget } from './target.js';
import { printableJson } from '../../shared/printable.js';

export const googleAdmin: PolicyTarget = {
  id: 'google-admin',
  summary: 'JSON to upload as "Policy for extensions" in the Google Admin console',
  // Force-install is chosen in the console itself.
  forceInstall: 'none',
  keys: 'set',
  render(input) {
    // The console wraps each value: {"key": {"Value": ...}}.
    const upload = Object.fromEntries(carriedEntries(googleAdmin, input.values).map(([k, v]) => [k, { Value: v }]));
    return [{ name: 'post-coach-google-admin.json', text: `${printableJson(upload, 2)}\n` }];
  },
};
