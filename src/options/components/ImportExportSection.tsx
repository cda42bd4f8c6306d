// Import a ruleset file (refused whole, with every problem and its path, when invalid) or export the rules in force.
import { useRef, useState } from 'preact/hooks';
import type { Ruleset } from '../../engine/types.js';
import type { ImportFailure, ImportResult } from '../../shared/messages.js';
import { IMPORT_MAX_DEPTH, jsonDepth, localQuotaBytes } from '../../shared/import-limits.js';
import { api } from '../../ui/ext.js';
import { useI18n, type MessageKey, type Translate } from '../../ui/i18n.js';
import { Problems } from '../../ui/Problems.js';

const MB = 1_048_576;

const FAILURE_TEXT: Record<ImportFailure, MessageKey> = {
  'too-large': 'importTooLarge',
  'too-deep': 'importTooDeep',
  unsendable: 'importUnsendable',
  storage: 'importStorage',
  unreadable: 'importUnreadable',
  'no-answer': 'importNoAnswer',
};

function failed(failure: ImportFailure, detail?: string): ImportResult {
  return detail === undefined ? { ok: false, problems: [], failure } : { ok: false, problems: [], failure, detail };
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** An answer the page can show; anything else (a service worker that stopped, an older background) is "no answer". */
function isImportResult(answer: unknown): answer is ImportResult {
  if (typeof answer !== 'object' || answer === null) return false;
  const a = answer as { ok?: unknown; problems?: unknown };
  return a.ok === true || (a.ok === false && Array.isArray(a.problems));
}

function failureText(t: Translate, outcome: Extract<ImportResult, { ok: false }>): string {
  const failure = outcome.failure!;
  if (failure === 'too-large') {
    const bytes = Number(outcome.detail);
    return t('importTooLarge', Math.floor((Number.isFinite(bytes) && bytes > 0 ? bytes : localQuotaBytes()) / MB));
  }
  if (failure === 'too-deep') return t('importTooDeep', IMPORT_MAX_DEPTH);
  return t(FAILURE_TEXT[failure] ?? 'importNoAnswer');
}

export function ImportExportSection({ effective }: { effective: Ruleset }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<ImportResult | null>(null);
  // Only the latest file's outcome is shown: a slow earlier import never replaces a newer one's.
  const latest = useRef(0);

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const run = ++latest.current;
    const show = (o: ImportResult) => void (run === latest.current && setOutcome(o));
    // An earlier "Imported" never stays up while another file is on its way.
    setOutcome(null);
    if (file.size > localQuotaBytes()) {
      input.value = '';
      return show(failed('too-large', String(localQuotaBytes())));
    }
    let text: string;
    try {
      text = await file.text();
    } catch (err) {
      return show(failed('unreadable', reason(err)));
    } finally {
      input.value = '';
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      return show({ ok: false, problems: [{ path: '', message: `${t('importNotJson')}: ${reason(err)}` }] });
    }
    if (jsonDepth(value, IMPORT_MAX_DEPTH) > IMPORT_MAX_DEPTH) return show(failed('too-deep', String(IMPORT_MAX_DEPTH)));
    // The background validates (the same schema as every ruleset) and stores nothing unless the whole file is valid;
    // checking here too would load the validator and its phone metadata into this page.
    let answer: unknown;
    try {
      answer = await api.importRuleset(value);
    } catch (err) {
      return show(failed('unsendable', reason(err)));
    }
    show(isImportResult(answer) ? answer : failed('no-answer'));
  };

  const exportFile = () => {
    const blob = new Blob([`${JSON.stringify(effective, null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'post-coach-ruleset.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <section aria-labelledby="file-h" id="ruleset-file">
      <h2 id="file-h">{t('fileHeading')}</h2>
      <p class="muted">{t('fileHint')}</p>
      <div class="row">
        <label for="import-file">{t('importLabel')}</label>
        <input id="import-file" type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} />
      </div>
      <div role="status" data-testid="import-result">
        {outcome?.ok === true && <p class="ok">{t('importOk')}</p>}
        {outcome?.ok === false && outcome.failure && (
          <div class="error-box" data-failure={outcome.failure}>
            <p>{failureText(t, outcome)}</p>
            {outcome.detail && outcome.failure !== 'too-large' && outcome.failure !== 'too-deep' && (
              <p>
                <bdi dir="ltr">{outcome.detail}</bdi>
              </p>
            )}
          </div>
        )}
        {outcome?.ok === false && !outcome.failure && (
          <div class="error-box">
            <p>{t('importRefused')}</p>
            <Problems problems={outcome.problems} />
          </div>
        )}
      </div>
      <div class="row">
        <button type="button" onClick={exportFile}>{t('exportButton')}</button>
      </div>
    </section>
  );
}
