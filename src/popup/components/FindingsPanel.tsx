// What the active draft still needs: one line per check with how many findings are open, and the kinds found under it.
import type { CustomRule } from '../../engine/types.js';
import type { FindingSummary } from '../../shared/messages.js';
import { CHECK_ORDER, checkTitle } from '../../ui/check-info.js';
import { pluralKey, useI18n } from '../../ui/i18n.js';
import { ruleLabel } from '../../ui/rule-labels.js';
import { severityKey } from '../../ui/severity.js';
import { groupFindings } from '../group-findings.js';

interface Props {
  findings: readonly FindingSummary[];
  /** The organisation's own rules, whose messages name them. */
  customRules?: readonly CustomRule[];
  /** Findings the draft has beyond those listed (the engine lists a bounded number). */
  omitted?: { count: number; partial: boolean };
}

export function FindingsPanel({ findings, customRules, omitted }: Props) {
  const { t, lang } = useI18n();
  const rows = groupFindings(findings, CHECK_ORDER);
  const more = omitted && (omitted.count > 0 || omitted.partial) ? t(pluralKey(lang, omitted.partial ? 'findingsMoreAtLeast' : 'findingsMore', omitted.count), omitted.count) : '';
  return (
    <section aria-labelledby="findings-h" id="findings">
      <h2 id="findings-h">{t('findingsHeading')}</h2>
      {rows.length === 0 ? (
        <p class="ok" data-testid="findings-none">{t('findingsNone')}</p>
      ) : (
        <ul class="plain" data-testid="findings">
          {rows.map((r) => {
            const title = checkTitle(r.check, lang, t);
            return (
              <li key={r.check} data-check={r.check} data-count={r.count} class="finding-check">
                <div class="row">
                  <span>
                    {title} <span class="severity" data-severity={r.severity}>{t(severityKey(r.severity))}</span>
                  </span>
                  <span class="count" aria-hidden="true">{r.count}</span>
                  <span class="visually-hidden">{t('findingsCountLabel', title, r.count)}</span>
                </div>
                <ul class="rules" aria-label={title}>
                  {r.rules.map((rule) => (
                    <li key={rule.rule} data-rule={rule.rule} data-count={rule.count} data-severity={rule.severity}>
                      {t('findingsRuleCountLabel', ruleLabel(r.check, rule.rule, lang, customRules), rule.count)}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
      {rows.length > 0 && more && (
        <p class="more muted" data-testid="findings-more">
          {more}
        </p>
      )}
    </section>
  );
}
