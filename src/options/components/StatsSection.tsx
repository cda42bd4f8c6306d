// How often each check fired on this device: numbers only, as a small bar chart.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { STORAGE } from '../../shared/messages.js';
import { BarChart } from '../../ui/BarChart.js';
import { BAR_WIDTH } from '../../ui/BarChart.js';
import { barLengths } from '../../ui/bars.js';
import { CHECK_ORDER, checkTitle } from '../../ui/check-info.js';
import { api, onStorageChange } from '../../ui/ext.js';
import { useI18n } from '../../ui/i18n.js';

export function StatsSection() {
  const { t, lang } = useI18n();
  const [counts, setCounts] = useState<Record<string, number> | null>(null);
  const load = useCallback(() => void api.stats().then(setCounts, () => setCounts({})), []);
  useEffect(() => {
    load();
    return onStorageChange([STORAGE.stats], load);
  }, [load]);

  const bars = counts ? barLengths(counts, CHECK_ORDER, BAR_WIDTH) : [];
  return (
    <section aria-labelledby="stats-h" id="stats">
      <h2 id="stats-h">{t('statsHeading')}</h2>
      <p class="muted">{t('statsHint')}</p>
      {counts && bars.length === 0 && <p class="muted">{t('statsNone')}</p>}
      {bars.length > 0 && (
        <>
          <BarChart bars={bars} label={t('statsChartLabel')} name={(id) => checkTitle(id, lang, t)} />
          <button type="button" onClick={() => void api.resetStats().then(load)}>{t('statsReset')}</button>
        </>
      )}
    </section>
  );
}
