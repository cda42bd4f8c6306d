// Pause coaching on this site, unless the organisation locked pausing.
import { useI18n } from '../../ui/i18n.js';

interface Props {
  site: string;
  paused: boolean;
  locked: boolean;
  onChange(paused: boolean): void;
}

export function PauseSwitch({ site, paused, locked, onChange }: Props) {
  const { t } = useI18n();
  return (
    <section id="pause">
      <div class="row">
        <input
          id="pause-box"
          type="checkbox"
          checked={paused && !locked}
          disabled={locked}
          aria-describedby={locked ? 'pause-locked' : undefined}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        <label for="pause-box">{t('pauseLabel', site)}</label>
        {locked && <span class="locked-note" data-locked="true">{t('lockedByOrg')}</span>}
      </div>
      {locked && <p id="pause-locked" class="muted">{t('pauseLocked')}</p>}
      {paused && !locked && <p class="muted">{t('pausedNote')}</p>}
    </section>
  );
}
