// What every policy target gets and gives: the managed values of one ruleset in, the files that deploy them out.
import schema from '../../../rules/managed-schema.json' with { type: 'json' };
import type { ManagedValues } from '../keys.js';

export interface PolicyInput {
  /** The ruleset as managed keys (src/engine/managed-keys.ts), already validated. */
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

export interface PolicyTarget {
  id: string;
  summary: string;
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

/** The managed keys in schema order, so every output lists them the same way. */
export function orderedEntries(values: ManagedValues): Array<[string, unknown]> {
  return Object.keys(properties).filter((k) => values[k] !== undefined).map((k) => [k, values[k]]);
}

/** The Chrome/Edge ExtensionSettings entry that force-installs the extension. */
export function chromeInstallEntry(input: PolicyInput): Record<string, unknown> | undefined {
  if (!input.updateUrl) return undefined;
  return { [input.chromeId]: { installation_mode: 'force_installed', update_url: input.updateUrl } };
}
