// One read of storage.managed, telling "no policy" apart from "could not read".
import type { ReadableArea } from './managed-storage.js';

export type ManagedRead =
  | { kind: 'values'; values: Record<string, unknown> }
  /** No policy for this extension (Firefox rejects the read instead of returning nothing). */
  | { kind: 'none' }
  | { kind: 'error'; message: string };

/** Firefox's wording when policies.json has no 3rdparty entry for the extension. */
const NO_POLICY = /managed storage manifest not found|no managed storage/i;

export async function readManagedArea(area: ReadableArea | undefined): Promise<ManagedRead> {
  if (!area) return { kind: 'none' };
  try {
    const values = await area.get(null);
    return values && Object.keys(values).length ? { kind: 'values', values } : { kind: 'none' };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return NO_POLICY.test(message) ? { kind: 'none' } : { kind: 'error', message };
  }
}
