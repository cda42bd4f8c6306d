// "Saved." or the problems that stopped a save, announced to screen readers.
import type { RulesetProblem } from '../../ruleset/types.js';
import { useI18n } from '../../ui/i18n.js';
import { Problems } from '../../ui/Problems.js';

export type SaveOutcome = { ok: true } | { ok: false; problems: RulesetProblem[] } | null;

export function SaveStatus({ outcome, message }: { outcome: SaveOutcome; message?: string }) {
  const { t } = useI18n();
  return (
    <div role="status" class="save-status">
      {message && <p class="error-box">{message}</p>}
      {outcome?.ok === true && !message && <p class="ok">{t('saved')}</p>}
      {outcome?.ok === false && (
        <div class="error-box">
          <p>{t('saveFailed')}</p>
          <Problems problems={outcome.problems} />
        </div>
      )}
    </div>
  );
}
