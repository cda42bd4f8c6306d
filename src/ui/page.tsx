// Mounts a page in the person's chosen language, and re-renders it in place when that choice changes.
import { render, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../engine/types.js';
import { STORAGE } from '../shared/messages.js';
import { readLocal, onStorageChange } from './ext.js';
import { I18nContext, applyDocumentLang, browserUiLanguage, resolveLang, translator, type MessageKey } from './i18n.js';

function LangRoot({ page: Page, titleKey }: { page: ComponentType; titleKey: MessageKey }) {
  const [lang, setLang] = useState<Lang | null>(null);

  useEffect(() => {
    const load = () => readLocal(STORAGE.uiLang).then((stored) => setLang(resolveLang(stored, browserUiLanguage())));
    void load();
    return onStorageChange([STORAGE.uiLang], () => void load());
  }, []);

  if (!lang) return null;
  const t = translator(lang);
  applyDocumentLang(lang);
  document.title = t(titleKey);
  return (
    <I18nContext.Provider value={{ lang, t }}>
      <Page />
    </I18nContext.Provider>
  );
}

export function mountPage(page: ComponentType, titleKey: MessageKey): void {
  const root = document.getElementById('app');
  if (!root) throw new Error('missing #app');
  root.textContent = '';
  render(<LangRoot page={page} titleKey={titleKey} />, root);
}
