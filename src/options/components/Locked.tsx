// The note beside a control the organisation set, so a disabled control always says why.
import { useI18n } from '../../ui/i18n.js';

export function LockedNote({ id }: { id: string }) {
  const { t } = useI18n();
  return <span id={id} class="locked-note" data-locked="true">{t('lockedByOrg')}</span>;
}
