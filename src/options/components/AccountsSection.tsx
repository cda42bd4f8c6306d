// The organisation's official accounts: a site and a handle each.
import { useState } from 'preact/hooks';
import type { OfficialAccount } from '../../engine/types.js';
import { useI18n } from '../../ui/i18n.js';
import { parseHost } from '../user-layer.js';
import { LockedNote } from './Locked.js';
import { SaveStatus, type SaveOutcome } from './SaveStatus.js';

interface Props {
  accounts: OfficialAccount[];
  locked: boolean;
  onChange(accounts: OfficialAccount[]): Promise<SaveOutcome>;
}

export function AccountsSection({ accounts, locked, onChange }: Props) {
  const { t } = useI18n();
  const [site, setSite] = useState('');
  const [handle, setHandle] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<SaveOutcome>(null);
  const commit = async (next: OfficialAccount[]) => setOutcome(await onChange(next));

  const add = (e: Event) => {
    e.preventDefault();
    const host = parseHost(site);
    const name = handle.trim();
    if (!site.trim() || !name) return setError(t('valueEmpty'));
    if (!host) return setError(t('forumInvalid', site.trim()));
    if (accounts.some((a) => a.site === host && a.handle === name)) return setError(t('valueDuplicate', t('accountOn', name, host)));
    setError(undefined);
    setSite('');
    setHandle('');
    void commit([...accounts, { site: host, handle: name }]);
  };

  return (
    <section aria-labelledby="accounts-h" id="accounts">
      <h2 id="accounts-h">{t('accountsHeading')}</h2>
      <p class="muted">{t('accountsHint')}</p>
      {locked && <LockedNote id="accounts-locked" />}
      {accounts.length === 0 ? (
        <p class="muted">{t('listEmpty')}</p>
      ) : (
        <ul class="plain" data-testid="accounts-items">
          {accounts.map((a) => {
            const label = t('accountOn', a.handle, a.site);
            return (
              <li key={`${a.site}|${a.handle}`}>
                <bdi>{label}</bdi>
                {!locked && (
                  <button type="button" onClick={() => void commit(accounts.filter((x) => x !== a))}>
                    {t('remove')}
                    <span class="visually-hidden"> {label}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {!locked && (
        <form class="row" onSubmit={add}>
          <label for="account-site">{t('accountSite')}</label>
          <input id="account-site" type="text" dir="ltr" value={site} onInput={(e) => setSite(e.currentTarget.value)} />
          <label for="account-handle">{t('accountHandle')}</label>
          <input id="account-handle" type="text" dir="auto" value={handle} onInput={(e) => setHandle(e.currentTarget.value)} />
          <button type="submit">{t('add')}</button>
        </form>
      )}
      {error && <p role="alert" class="error-box">{error}</p>}
      <SaveStatus outcome={outcome} />
    </section>
  );
}
