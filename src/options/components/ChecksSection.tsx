// Each check on or off and its severity; what the organisation locked is shown disabled and says so.
import { useState } from 'preact/hooks';
import { CHECK_METAS } from '../../engine/checks/meta/index.js';
import { resolveCheckConfig } from '../../engine/check-config.js';
import { citationLine } from '../../engine/sources.js';
import type { CheckConfig, Ruleset, Severity } from '../../engine/types.js';
import { local, useI18n } from '../../ui/i18n.js';
import { checkLocked } from '../../ui/locks.js';
import { SEVERITIES, severityKey } from '../../ui/severity.js';
import { LockedNote } from './Locked.js';
import { SaveStatus, type SaveOutcome } from './SaveStatus.js';

interface Props {
  effective: Ruleset;
  /** The person's own layer: what they just set shows before the background has recomputed the rules in force. */
  user: Ruleset;
  locked: string[];
  onChange(id: string, patch: Partial<Pick<CheckConfig, 'enabled' | 'severity'>>): Promise<SaveOutcome>;
}

export function ChecksSection({ effective, user, locked, onChange }: Props) {
  const { t, lang } = useI18n();
  const [outcome, setOutcome] = useState<SaveOutcome>(null);
  const change = async (id: string, patch: Partial<Pick<CheckConfig, 'enabled' | 'severity'>>) => setOutcome(await onChange(id, patch));

  return (
    <section aria-labelledby="checks-h" id="checks">
      <h2 id="checks-h">{t('checksHeading')}</h2>
      <p class="muted">{t('checksHint')}</p>
      <ul class="checks">
        {CHECK_METAS.map((meta) => {
          const inForce = resolveCheckConfig(effective, meta);
          const lockOn = checkLocked(locked, meta.id, 'enabled');
          const lockSev = checkLocked(locked, meta.id, 'severity');
          const own = user.checks?.[meta.id] ?? {};
          const config = {
            enabled: lockOn ? inForce.enabled : (own.enabled ?? inForce.enabled),
            severity: lockSev ? inForce.severity : (own.severity ?? inForce.severity),
          };
          const title = local(meta.title, lang) || meta.id;
          const clause = local(meta.clause, lang);
          return (
            <li key={meta.id} data-check={meta.id} class="check">
              <h3 id={`check-${meta.id}-h`}>{title}</h3>
              {clause && (
                <p class="muted">
                  {t('checkWhy')}: {clause}
                  {meta.source.document && (
                    <>
                      {' '}
                      <cite class="source">
                        <bdi>({citationLine(meta.source, lang)})</bdi>
                      </cite>
                    </>
                  )}
                </p>
              )}
              <div class="row">
                <input
                  type="checkbox"
                  id={`check-${meta.id}-on`}
                  checked={config.enabled}
                  disabled={lockOn}
                  aria-describedby={lockOn ? `check-${meta.id}-on-locked` : undefined}
                  onChange={(e) => void change(meta.id, { enabled: e.currentTarget.checked })}
                />
                <label for={`check-${meta.id}-on`}>
                  {t('checkOn')}
                  <span class="visually-hidden">: {title}</span>
                </label>
                {lockOn && <LockedNote id={`check-${meta.id}-on-locked`} />}
              </div>
              <div class="row">
                <label for={`check-${meta.id}-sev`}>
                  {t('checkSeverity')}
                  <span class="visually-hidden">: {title}</span>
                </label>
                <select
                  id={`check-${meta.id}-sev`}
                  value={config.severity}
                  disabled={lockSev}
                  aria-describedby={lockSev ? `check-${meta.id}-sev-locked` : undefined}
                  onChange={(e) => void change(meta.id, { severity: e.currentTarget.value as Severity })}
                >
                  {SEVERITIES.map((s) => (
                    <option key={s} value={s}>{t(severityKey(s))}</option>
                  ))}
                </select>
                {lockSev && <LockedNote id={`check-${meta.id}-sev-locked`} />}
              </div>
            </li>
          );
        })}
      </ul>
      <SaveStatus outcome={outcome} />
    </section>
  );
}
