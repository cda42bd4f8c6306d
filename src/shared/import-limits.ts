// What an imported ruleset must fit in to be sent to the background and stored: checked by the options page before
// sending and by the background before storing, so a too-large or too-deep file is refused with its reason.

/** A real ruleset nests about six levels; far deeper JSON cannot be messaged or stored reliably by every browser. */
export const IMPORT_MAX_DEPTH = 32;

/** chrome.storage.local's quota without "unlimitedStorage" (Chrome documents 10 MiB); Firefox has none, so the same. */
export const LOCAL_QUOTA_BYTES = 10_485_760;

/** The quota the browser reports for storage.local, or the documented one. */
export function localQuotaBytes(): number {
  const reported = (globalThis as { chrome?: { storage?: { local?: { QUOTA_BYTES?: unknown } } } }).chrome?.storage?.local?.QUOTA_BYTES;
  return typeof reported === 'number' && reported > 0 ? reported : LOCAL_QUOTA_BYTES;
}

/**
 * How deeply `value` nests (a scalar is 0, [] and {} are 1), counted without recursion so a hostile value cannot
 * overflow the stack; stops counting once past `limit`.
 */
export function jsonDepth(value: unknown, limit = Infinity): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    const here = depth + 1;
    if (here > deepest) deepest = here;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, here]);
  }
  return deepest;
}

/** Bytes of `value` as storage keeps it (UTF-8 JSON); undefined when it cannot be written as JSON at all. */
export function jsonBytes(value: unknown): number | undefined {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? undefined : new TextEncoder().encode(text).length;
  } catch {
    return undefined;
  }
}
