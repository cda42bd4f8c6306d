// The code of conduct at a glance: principles, conduct and tips, each expandable, searchable and cited.
import { useState } from 'preact/hooks';
import { citationIn } from '../../engine/sources.js';
import type { QuickRefItem, QuickReference } from '../../engine/types.js';
import { local, useI18n, type MessageKey } from '../../ui/i18n.js';
import { QUICK_REF_SECTIONS, filterQuickReference, type QuickRefSection } from '../filter-quick-reference.js';

const HEADINGS: Record<QuickRefSection, MessageKey> = {
  principles: 'quickRefPrinciples',
  conduct: 'quickRefConduct',
  tips: 'quickRefTips',
};

function Item({ item }: { item: QuickRefItem }) {
  const { t, lang } = useI18n();
  const source = citationIn(item.source, lang);
  return (
    <details data-item={item.id}>
      <summary>{local(item.title, lang)}</summary>
      <p>{local(item.text, lang)}</p>
      <p class="source">
        <cite>{t('quickRefSource', source.document, source.section)}</cite>
      </p>
    </details>
  );
}

export function QuickReferencePanel({ reference }: { reference?: Partial<QuickReference> }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const shown = filterQuickReference(reference, query);
  const total = QUICK_REF_SECTIONS.reduce((n, s) => n + (reference?.[s]?.length ?? 0), 0);
  const matches = QUICK_REF_SECTIONS.reduce((n, s) => n + shown[s].length, 0);
  return (
    <section aria-labelledby="qr-h" id="quick-reference">
      <h2 id="qr-h">{t('quickRefHeading')}</h2>
      {total === 0 ? (
        <p class="muted">{t('quickRefEmpty')}</p>
      ) : (
        <>
          <label for="qr-filter" class="visually-hidden">{t('quickRefFilter')}</label>
          <input id="qr-filter" type="search" dir="auto" placeholder={t('quickRefFilter')} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          <p role="status" class="muted">{matches === 0 ? t('quickRefNoMatch', query.trim()) : ''}</p>
          {QUICK_REF_SECTIONS.filter((s) => shown[s].length > 0).map((s) => (
            <div key={s} data-section={s}>
              <h3>{t(HEADINGS[s])}</h3>
              {shown[s].map((item) => <Item key={item.id} item={item} />)}
            </div>
          ))}
        </>
      )}
    </section>
  );
}
