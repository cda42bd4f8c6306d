// What every policy target gets and gives: the managed values of one ruleset in, the files that deploy them out.
import schema from '../../../rules/managed-schema.json' with { type: 'json' };
import { managedKeys, type ManagedValues } from '../keys.js';

export interface PolicyInput {
  /** The ruleset as managed keys (src/policy/keys.ts), already validated. */
  values: ManagedValues;
  chromeId: string;
  firefoxId: string;
  /** Chrome/Edge update manifest URL for the force-install entry; undefined leaves the entry out. */
  updateUrl: string | undefined;
  /** Firefox .xpi URL for the force-install entry; undefined leaves the entry out. */
  installUrl: string | undefined;
}

export interface PolicyFile {
  /** Conventional file name, e.g. "post-coach.json". */
  name: string;
  text: string;
}

/**
 * How a target's file force-installs the extension: an ExtensionSettings entry with Chrome's (and Edge's) update
 * manifest URL, one with Firefox's .xpi URL, or none, where the tool that takes the file installs it (the Google Admin
 * console's own setting, or Group Policy's ExtensionSettings policy beside the templates).
 */
export type ForceInstall = 'update-url' | 'install-url' | 'none';

/** Which managed keys a target's file carries: those the ruleset sets, or every key the schema declares (set ones as defaults). */
export type CarriedKeys = 'set' | 'every';

export interface PolicyTarget {
  id: string;
  summary: string;
  forceInstall: ForceInstall;
  keys: CarriedKeys;
  /** The first file is the one printed on standard output; --out DIR writes them all. */
  render(input: PolicyInput): PolicyFile[];
}

/** Placeholders that deploy nothing until a manager replaces them (the .invalid domain never resolves). */
export const PLACEHOLDER_UPDATE_URL = 'https://updates.post-coach.invalid/chrome/updates.xml';
export const PLACEHOLDER_INSTALL_URL = 'https://updates.post-coach.invalid/firefox/post-coach.xpi';

export type ManagedType = 'string' | 'boolean' | 'integer' | 'number' | 'object' | 'array';

const properties = schema.properties as Record<string, { type?: string; $ref?: string }>;

/** The managed schema's type of a top-level key (a $ref points at an object here). */
export function managedTypeOf(key: string): ManagedType {
  const node = properties[key];
  if (!node) throw new Error(`"${key}" is not a managed key`);
  return (node.type ?? 'object') as ManagedType;
}

/** The managed schema of a top-level key, with a $ref (Chrome's "id" dialect) followed to the schema it names. */
export function managedSchemaOf(key: string): unknown {
  const node = properties[key] as { $ref?: string } | undefined;
  if (!node?.$ref) return node;
  return Object.values(properties).find((p) => (p as { id?: string }).id === node.$ref);
}

/** The keys `target` carries with their values (undefined for an unset key of an "every" target), in schema order. */
export function carriedEntries(target: Pick<PolicyTarget, 'keys'>, values: ManagedValues): Array<[string, unknown]> {
  const keys = target.keys === 'every' ? managedKeys() : Object.keys(properties).filter((k) => values[k] !== undefined);
  return keys.map((k) => [k, values[k]]);
}

/** The URL `target`'s force-install entry points at, or undefined when it has none. */
export function forceInstallUrl(target: Pick<PolicyTarget, 'forceInstall'>, input: Pick<PolicyInput, 'updateUrl' | 'installUrl'>): string | undefined {
  if (target.forceInstall === 'update-url') return input.updateUrl;
  if (target.forceInstall === 'install-url') return input.installUrl;
  return undefined;
}

/** The ExtensionSettings entry that force-installs the extension, or undefined when the target has none or no URL was given. */
export function forceInstallEntry(target: Pick<PolicyTarget, 'forceInstall'>, input: PolicyInput): Record<string, unknown> | undefined {
  const url = forceInstallUrl(target, input);
  if (!url) return undefined;
  if (target.forceInstall === 'install-url') return { [input.firefoxId]: { installation_mode: 'force_installed', install_url: url } };
  return { [input.chromeId]: { installation_mode: 'force_installed', update_url: url } };
}
