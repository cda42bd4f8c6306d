// On a forum or Mastodon server the organisation lists but the browser has not yet allowed: one button to allow it.
import { useEffect, useState } from 'preact/hooks';
import { onPermissionsChange, readHostAccess, requestHostAccess } from '../../ui/host-access.js';
import { useI18n } from '../../ui/i18n.js';

type Status = 'checking' | 'missing' | 'granted-before' | 'granted-now' | 'denied';

export function SiteAccessPanel({ host }: { host: string }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status>('checking');

  useEffect(() => {
    const check = () =>
      void readHostAccess([host]).then(([a]) => setStatus((now) => (a?.granted ? (now === 'granted-now' ? now : 'granted-before') : 'missing')));
    check();
    return onPermissionsChange(check);
  }, [host]);

  if (status === 'checking' || status === 'granted-before') return null;
  const allow = () => {
    // Called synchronously from the click: the browser shows its prompt only for a gesture.
    void requestHostAccess(host).then((granted) => setStatus(granted ? 'granted-now' : 'denied'));
  };
  return (
    <section id="site-access" class="site-access" data-host={host} data-status={status} aria-live="polite">
      {status === 'granted-now' ? (
        <p class="ok">{t('siteAccessReload')}</p>
      ) : (
        <>
          <p>{t('siteAccessPopup', host)}</p>
          <button type="button" onClick={allow}>{t('siteAccessAllow', host)}</button>
          {status === 'denied' && <p role="alert" class="error-box">{t('siteAccessDenied', host)}</p>}
        </>
      )}
    </section>
  );
}
