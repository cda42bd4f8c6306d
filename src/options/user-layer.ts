// Edits to the person's own layer of the ruleset: pure functions that return a new layer, never mutate.
import type { CheckConfig, Ruleset } from '../ruleset/types.js';
import { isObject as isObj } from '../shared/json.js';

type Obj = Record<string, unknown>;

export function getPath(source: unknown, path: string): unknown {
  let at: unknown = source;
  for (const key of path.split('.')) {
    if (!isObj(at)) return undefined;
    at = at[key];
  }
  return at;
}

/** A copy of `layer` with `path` set to `value` (undefined removes it, and any object it leaves empty). */
export function setPath(layer: Ruleset, path: string, value: unknown): Ruleset {
  const keys = path.split('.');
  const set = (node: unknown, i: number): Obj | undefined => {
    const copy: Obj = isObj(node) ? { ...node } : {};
    const key = keys[i];
    const next = i === keys.length - 1 ? value : set(copy[key], i + 1);
    if (next === undefined) delete copy[key];
    else copy[key] = next;
    return i > 0 && Object.keys(copy).length === 0 ? undefined : copy;
  };
  return (set(layer, 0) ?? {}) as Ruleset;
}

/** The list the person edits: their own if they set one, else the one in force, so an edit starts from what they see. */
export function listInForce<T>(user: Ruleset, effective: Ruleset, path: string): T[] {
  const own = getPath(user, path);
  if (Array.isArray(own)) return own as T[];
  const inForce = getPath(effective, path);
  return Array.isArray(inForce) ? (inForce as T[]) : [];
}

export function withCheck(user: Ruleset, id: string, patch: Partial<Pick<CheckConfig, 'enabled' | 'severity'>>): Ruleset {
  let next = user;
  for (const [field, value] of Object.entries(patch)) next = setPath(next, `checks.${id}.${field}`, value);
  return next;
}

/**
 * A forum host from what the person typed: a bare host or a whole address; undefined when it is neither.
 * Only letters, digits, hyphens and dots, with at least one dot, so the permission asked for is for one site.
 */
export function parseHost(input: string): string | undefined {
  const raw = input.trim().toLowerCase();
  if (!raw) return undefined;
  let host: string;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(raw)) {
    try {
      const url = new URL(raw);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
      host = url.hostname;
    } catch {
      return undefined;
    }
  } else {
    host = raw.replace(/\/.*$/, '');
  }
  const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
  const parts = host.split('.');
  return parts.length >= 2 && parts.every((p) => label.test(p)) && !/^\d+$/.test(parts[parts.length - 1]) ? host : undefined;
}

/** Host permission pattern for a forum: https only, as the manifest's optional host permissions allow. */
export function originPattern(host: string): string {
  return `https://${host}/*`;
}

export interface AdditiveList {
  items: string[];
  /** The organisation's items, which stay whatever the person does. */
  fixed: string[];
  /** The person's own list to store, from the list as edited. */
  own(items: string[]): string[];
}

/**
 * A list the person may add to even when the organisation locked it (forum hosts): when locked, the
 * organisation's items stay fixed and only the person's additions are stored; otherwise it edits like any list.
 */
export function additiveList(user: Ruleset, effective: Ruleset, path: string, locked: boolean): AdditiveList {
  if (!locked) return { items: listInForce<string>(user, effective, path), fixed: [], own: (items) => items };
  const inForce = getPath(effective, path);
  const items = Array.isArray(inForce) ? (inForce as string[]) : [];
  const mine = getPath(user, path);
  const ownItems = Array.isArray(mine) ? (mine as string[]) : [];
  const fixed = items.filter((i) => !ownItems.includes(i));
  return { items, fixed, own: (edited) => edited.filter((i) => !fixed.includes(i)) };
}
