// Where the rules in force come from, and a refused newer ruleset with each problem and what stays in force.
import type { RulesetStatus } from '../shared/messages.js';
import { useI18n } from './i18n.js';
import { Problems } from './Problems.js';
import { describeSource } from './ruleset-status.js';

export function RulesetStatusView({ status }: { status: RulesetStatus }) {
  const { t } = useI18n();
  const source = describeSource(status, t);
  return (
    <div class="ruleset-status">
      <p class="ruleset-source" data-source={status.source}>{source}</p>
      {status.error && (
        <div class="error-box" role="alert">
          <p>{t(status.error.origin === 'managed' ? 'rulesetErrorManaged' : 'rulesetErrorImport')}</p>
          <Problems problems={status.error.problems} />
          <p class="still-in-force">{t('rulesetStillInForce', source)}</p>
        </div>
      )}
    </div>
  );
}
