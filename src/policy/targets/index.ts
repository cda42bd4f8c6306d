// Every policy target, in the order the CLI lists them; each says how it force-installs and which keys it carries.
import { admx } from './admx.js';
import { chromeLinux } from './chrome-linux.js';
import { firefoxPolicies } from './firefox.js';
import { googleAdmin } from './google-admin.js';
import { chromeMacPlist } from './mac-plist.js';
import type { PolicyTarget } from './target.js';
import { chromeWindowsReg, edgeWindowsReg } from './windows-reg.js';

export const TARGETS: readonly PolicyTarget[] = [
  chromeLinux,
  chromeWindowsReg,
  chromeMacPlist,
  edgeWindowsReg,
  googleAdmin,
  firefoxPolicies,
  admx,
];
