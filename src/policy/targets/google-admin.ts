// Google Admin console, Chrome browser > Apps & extensions > the extension > "Policy for extensions": a JSON upload.
import { orderedEntries, type PolicyTarget } from './target.js';
import { printableJson } from '../../shared/printable.js';

export const googleAdmin: PolicyTarget = {
  id: 'google-admin',
  summary: 'JSON to upload as "Policy for extensions" in the Google Admin console',
  render(input) {
    // The console wraps each value: {"key": {"Value": ...}}; force-install is chosen in the console itself.
    const upload = Object.fromEntries(orderedEntries(input.values).map(([k, v]) => [k, { Value: v }]));
    return [{ name: 'post-coach-google-admin.json', text: `${printableJson(upload, 2)}\n` }];
  },
};
