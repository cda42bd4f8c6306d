// The language of the popup and options page: the browser's, or English or Arabic whatever the browser says.
import { useEffect, useState } from 'preact/hooks';
import { STORAGE } from '../../shared/messages.js';
import { api, readLocal } from '../../ui/ext.js';
import { useI18n } from '../../ui/i18n.js';

type Choice = 'browser' | 'en' | 'ar';

export function LanguageSection() {
  const { t } = useI18n();
  const [choice, setChoice] = useState<Choice>('browser');
  useEffect(() => {
    void readLocal(STORAGE.uiLang).then((v) => setChoice(v === 'en' || v === 'ar' ? v : 'browser'));
  }, []);

  const change = (value: Choice) => {
    setChoice(value);
    void api.setUiLang(value === 'browser' ? null : value);
  };

  return (
    <section aria-labelledby="lang-h" id="language">
      <h2 id="lang-h">{t('languageHeading')}</h2>
      <div class="row">
        <label for="ui-lang">{t('languageLabel')}</label>
        <select id="ui-lang" value={choice} onChange={(e) => change(e.currentTarget.value as Choice)}>
          <option value="browser">{t('languageBrowser')}</option>
          <option value="en" lang="en">{t('languageEn')}</option>
          <option value="ar" lang="ar">{t('languageAr')}</option>
        </select>
      </div>
    </section>
  );
}
