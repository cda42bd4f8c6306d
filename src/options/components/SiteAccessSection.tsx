// The forums and Mastodon servers in the rules in force, and whether the coach may run on each: the organisation
// can list a host, but only the person can give the browser's permission, once, from a click here.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { HostAccess } from '../../shared/forum-hosts.js';
import { onPermissionsChange, readHostAccess, requestHostAccess } from '../../ui/host-access.js';
import { useI18n } from '../../ui/i18n.js';

export function SiteAccessSection({ hosts }: { hosts: readonly string[] }) {
  const { t } = useI18n();
  const [access, setAccess] = useState<HostAccess[] | null>(null);
  const [denied, setDenied] = useState<string | undefined>();
  const key = hosts.join(' ');

  const load = useCallback(() => void readHostAccess(hosts).then(setAccess, () => setAccess(hosts.map((host) => ({ host, granted: false })))), [key]);
  useEffect(() => {
    load();
    return onPermissionsChange(load);
  }, [load]);

  const allow = (host: string) => {
    // Called synchronously from the click: the browser shows its prompt only for a gesture.
    void requestHostAccess(host).then((granted) => {
      setDenied(granted ? undefined : host);
      load();
    });
  };

  return (
    <section aria-labelledby="site-access-h" id="site-access">
      <h2 id="site-access-h">{t('siteAccessHeading')}</h2>
      <p class="muted">{t('siteAccessHint')}</p>
      {hosts.length === 0 ? (
        <p class="muted">{t('siteAccessNone')}</p>
      ) : (
        <ul class="plain" data-testid="site-access-items">
          {(access ?? []).map(({ host, granted }) => (
            <li key={host} data-host={host} data-granted={String(granted)}>
              <bdi>{host}</bdi>
              {granted ? (
                <span class="ok">{t('siteAccessGranted')}</span>
              ) : (
                <span class="row">
                  <span class="muted">{t('siteAccessMissing')}</span>
                  <button type="button" onClick={() => allow(host)}>{t('siteAccessAllow', host)}</button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {denied && <p role="alert" class="error-box">{t('siteAccessDenied', denied)}</p>}
    </section>
  );
}
