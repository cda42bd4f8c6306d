// "Check X failed: ...": the checks that could not run, named in the UI language, for the popup and the options page.
import { checkTitle } from './check-info.js';
import { useI18n, type MessageKey } from './i18n.js';

interface Props {
  /** Ids of the checks that failed. */
  checks: readonly string[];
  /** Which sentence: on this tab's draft (popup) or on a draft in some open tab (options). */
  message: Extract<MessageKey, 'checkFailedTab' | 'checkFailedOpenTabs'>;
}

export function CheckFailures({ checks, message }: Props) {
  const { t, lang } = useI18n();
  if (!checks.length) return null;
  return (
    <section aria-labelledby="check-failed-h" id="check-failures" class="error-box" role="alert">
      <h2 id="check-failed-h">{t('checkFailedHeading')}</h2>
      <ul class="plain" data-testid="check-failures">
        {checks.map((id) => (
          <li key={id} data-check={id}>
            {t(message, checkTitle(id, lang, t))}
          </li>
        ))}
      </ul>
    </section>
  );
}
