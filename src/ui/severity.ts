// The words for each severity, so a colour is never the only sign of how serious a finding is.
import type { Severity } from '../engine/types.js';
import type { MessageKey } from './i18n.js';

export const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];

export function severityKey(severity: Severity): MessageKey {
  return severity === 'error' ? 'severityError' : severity === 'warning' ? 'severityWarning' : 'severityInfo';
}
