// What the Chrome Web Store and Edge Add-ons check of an upload before they take it, checked here before it is written.
import type { ZipEntry } from './package-zip.js';

/** 200 MB: addons.mozilla.org's published limit for an upload, the lowest we know of among the stores. */
export const STORE_SIZE_LIMIT = 200 * 1024 * 1024;
/** The Chrome Web Store shows the manifest's description as the summary and refuses one longer than this. */
export const DESCRIPTION_LIMIT = 132;
/** Files a store refuses inside an upload: signing keys, packed extensions, and archives (Edge refuses compressed files). */
const REFUSED_FILES = /\.(pem|crx|xpi|zip|gz|tgz|bz2|xz|7z|rar)$/i;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : isObject(v) ? Object.values(v).flatMap(strings) : []);

/** Every file the manifest names by path: icons, pages, the background, content scripts, the managed schema, web-accessible resources. */
export function filesNamedBy(manifest: Json): string[] {
  const action = isObject(manifest.action) ? manifest.action : {};
  const background = isObject(manifest.background) ? manifest.background : {};
  const options = isObject(manifest.options_ui) ? manifest.options_ui : {};
  const storage = isObject(manifest.storage) ? manifest.storage : {};
  const scripts = Array.isArray(manifest.content_scripts) ? manifest.content_scripts.filter(isObject) : [];
  const resources = Array.isArray(manifest.web_accessible_resources) ? manifest.web_accessible_resources.filter(isObject) : [];
  const named = [
    ...strings(manifest.icons),
    ...strings(action.default_icon),
    ...strings(action.default_popup),
    ...strings(options.page),
    ...strings(manifest.options_page),
    ...strings(background.service_worker),
    ...strings(background.scripts),
    ...scripts.flatMap((s) => [...strings(s.js), ...strings(s.css)]),
    ...strings(storage.managed_schema),
    // A wildcard entry names no one file; the store checks only the ones it can.
    ...resources.flatMap((r) => strings(r.resources)).filter((p) => !p.includes('*')),
  ];
  return [...new Set(named.map((p) => p.replace(/^\//, '')))];
}

/** The message a "__MSG_name__" field stands for, in the default locale's messages (names are case-insensitive). */
function localised(value: unknown, messages: Json | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^__MSG_(\w+)__$/.exec(value);
  if (!m) return value;
  const key = Object.keys(messages ?? {}).find((k) => k.toLowerCase() === m[1].toLowerCase());
  const entry = key === undefined ? undefined : messages?.[key];
  return isObject(entry) && typeof entry.message === 'string' ? entry.message : undefined;
}

/**
 * What would make a store refuse the upload `entries` (of `zipSize` bytes), one sentence each; empty when it would take it.
 * The stores assign the id and the update URL themselves, so a "key" or an "update_url" is refused.
 */
export function storeUploadProblems(entries: readonly ZipEntry[], zipSize: number): string[] {
  const problems: string[] = [];
  const files = new Map(entries.map((e) => [e.name, e.data]));
  const raw = files.get('manifest.json');
  if (!raw) return ['there is no manifest.json at the root of the zip'];
  let manifest: Json;
  try {
    const parsed: unknown = JSON.parse(raw.toString('utf8'));
    if (!isObject(parsed)) return ['manifest.json is not a JSON object'];
    manifest = parsed;
  } catch (e) {
    return [`manifest.json is not valid JSON (${(e as Error).message})`];
  }
  if ('key' in manifest) problems.push('manifest.json has a "key": the store assigns the id and refuses it');
  if ('update_url' in manifest) problems.push('manifest.json has an "update_url": the store updates its own uploads and refuses it');
  if (manifest.manifest_version !== 3) problems.push(`manifest_version is ${JSON.stringify(manifest.manifest_version)}, not 3`);
  if (typeof manifest.version !== 'string' || !/^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){0,3}$/.test(manifest.version) || manifest.version.split('.').some((n) => Number(n) > 65535)) {
    problems.push(`version ${JSON.stringify(manifest.version)} is not one to four dot-separated numbers from 0 to 65535`);
  }
  for (const path of filesNamedBy(manifest)) if (!files.has(path)) problems.push(`manifest.json names ${path}, which is not in the zip`);

  let messages: Json | undefined;
  const locale = manifest.default_locale;
  if (locale !== undefined) {
    const path = `_locales/${String(locale)}/messages.json`;
    const data = files.get(path);
    if (!data) problems.push(`default_locale is ${JSON.stringify(locale)} but ${path} is not in the zip`);
    else {
      try {
        const parsed: unknown = JSON.parse(data.toString('utf8'));
        messages = isObject(parsed) ? parsed : undefined;
      } catch {
        problems.push(`${path} is not valid JSON`);
      }
    }
  } else if (entries.some((e) => e.name.startsWith('_locales/'))) {
    problems.push('the zip has _locales/ but manifest.json names no default_locale');
  }
  for (const field of ['name', 'description'] as const) {
    const value = manifest[field];
    if (value === undefined && field === 'description') continue;
    const text = localised(value, messages);
    if (text === undefined || text.trim() === '') problems.push(`the manifest's ${field} ${JSON.stringify(value)} is empty or names no message of the default locale`);
    else if (field === 'description' && [...text].length > DESCRIPTION_LIMIT) problems.push(`the description is ${[...text].length} characters; the store takes at most ${DESCRIPTION_LIMIT}`);
  }

  for (const { name } of entries) if (REFUSED_FILES.test(name)) problems.push(`${name} is a key, a package or an archive, which a store refuses inside an upload`);
  if (zipSize > STORE_SIZE_LIMIT) problems.push(`the zip is ${zipSize} bytes, over the ${STORE_SIZE_LIMIT} a store takes`);
  return problems;
}
