// Findings the person dismissed (check and site only), each can be shown again, or all at once.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { DismissedRow } from '../../shared/messages.js';
import { STORAGE } from '../../shared/messages.js';
import { checkTitle } from '../../ui/check-info.js';
import { api, onStorageChange } from '../../ui/ext.js';
import { useI18n } from '../../ui/i18n.js';

export function DismissedSection() {
  const { t, lang } = useI18n();
  const [rows, setRows] = useState<DismissedRow[] | null>(null);
  const load = useCallback(() => void api.dismissed().then(setRows, () => setRows([])), []);
  useEffect(() => {
    load();
    return onStorageChange([STORAGE.dismissed], load);
  }, [load]);

  const reset = async (key?: string) => {
    await api.resetDismissed(key);
    load();
  };

  return (
    <section aria-labelledby="dismissed-h" id="dismissed">
      <h2 id="dismissed-h">{t('dismissedHeading')}</h2>
      <p class="muted">{t('dismissedHint')}</p>
      {rows && rows.length === 0 && <p class="muted">{t('dismissedNone')}</p>}
      {rows && rows.length > 0 && (
        <>
          <ul class="plain" data-testid="dismissed-items">
            {rows.map((r) => {
              const what = `${checkTitle(r.check, lang, t)}${r.site ? ` ${t('dismissedOn', r.site)}` : ''}`;
              return (
                <li key={r.key}>
                  <span>
                    {what}
                    {r.at > 0 && <span class="muted"> · <time dateTime={new Date(r.at).toISOString()}>{new Date(r.at).toLocaleDateString(lang)}</time></span>}
                  </span>
                  <button type="button" onClick={() => void reset(r.key)}>
                    {t('dismissedResetOne')}
                    <span class="visually-hidden"> {what}</span>
                  </button>
                </li>
              );
            })}
          </ul>
          <button type="button" onClick={() => void reset()}>{t('dismissedResetAll')}</button>
        </>
      )}
    </section>
  );
}
