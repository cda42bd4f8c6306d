// Import a ruleset file (refused whole, with every problem and its path, when invalid) or export the rules in force.
import { useState } from 'preact/hooks';
import type { RulesetProblem } from '../../engine/ruleset-validate.js';
import type { Ruleset } from '../../engine/types.js';
import { api } from '../../ui/ext.js';
import { useI18n } from '../../ui/i18n.js';
import { Problems } from '../../ui/Problems.js';

type Outcome = { ok: true } | { ok: false; problems: RulesetProblem[] } | null;

export function ImportExportSection({ effective }: { effective: Ruleset }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Outcome>(null);

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      return setOutcome({ ok: false, problems: [{ path: '', message: `${t('importNotJson')}: ${(err as Error).message}` }] });
    }
    // The background validates (the same schema as every ruleset) and stores nothing unless the whole file is valid;
    // checking here too would load the validator and its phone metadata into this page.
    setOutcome(await api.importRuleset(value));
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
        {outcome?.ok === false && (
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
