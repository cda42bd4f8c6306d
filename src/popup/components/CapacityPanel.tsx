// The account of the current tab: official or personal, how that was decided, and buttons to say which.
import type { Capacity } from '../../engine/types.js';
import type { CapacitySource, ComposerState } from '../../shared/messages.js';
import { useI18n, type MessageKey } from '../../ui/i18n.js';

const SOURCE_KEY: Record<CapacitySource, MessageKey> = {
  ruleset: 'capacitySourceRuleset',
  person: 'capacitySourcePerson',
  unknown: 'capacitySourceUnknown',
};

interface Props {
  composer: ComposerState;
  organisation?: string;
  onChoose(capacity: Capacity): void;
}

export function CapacityPanel({ composer, organisation, onChoose }: Props) {
  const { t } = useI18n();
  const official = organisation ? t('capacityOfficialOf', organisation) : t('capacityOfficialOfYours');
  const labels: Record<Capacity, string> = {
    official,
    personal: t('capacityPersonal'),
    unknown: t('capacityUnknown'),
  };
  const now = composer.capacity === 'unknown' ? t('capacityUnknownNow') : labels[composer.capacity];
  return (
    <section aria-labelledby="capacity-h" id="capacity">
      <h2 id="capacity-h">{t('capacityHeading')}</h2>
      <dl class="facts">
        <dt>{t('capacitySite')}</dt>
        <dd data-testid="site"><bdi>{composer.site}</bdi></dd>
        <dt>{t('capacityHandle')}</dt>
        <dd data-testid="account">{composer.account ? <bdi>{composer.account}</bdi> : <span class="muted">{t('capacityHandleUnknown')}</span>}</dd>
      </dl>
      <p class="capacity-now" data-testid="capacity" data-capacity={composer.capacity}><strong>{now}</strong></p>
      <p class="muted" data-testid="capacity-source">
        {t('capacityHowDecided')}: {t(SOURCE_KEY[composer.capacitySource])}
      </p>
      {/* An account on the organisation's list is official whatever is chosen here, so only other accounts ask. */}
      {composer.account && composer.capacitySource !== 'ruleset' && (
        <div role="group" aria-labelledby="capacity-choose" class="choices">
          <p id="capacity-choose">{t('capacityChooseLabel')}</p>
          <div class="row">
            {(['official', 'personal', 'unknown'] as const).map((c) => (
              <button type="button" key={c} data-capacity={c} aria-pressed={composer.capacity === c} onClick={() => onChoose(c)}>
                {labels[c]}
              </button>
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
