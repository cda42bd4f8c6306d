// The popup: this tab's account and draft, pause, the quick reference, and where the rules come from.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Capacity } from '../engine/types.js';
import { STORAGE, type ComposerState, type EffectiveState } from '../shared/messages.js';
import { api, onStorageChange, readLocal } from '../ui/ext.js';
import { useI18n } from '../ui/i18n.js';
import { isLocked } from '../ui/locks.js';
import { PAUSE_LOCK } from '../ruleset/locks.js';
import { listedHostOfTab } from '../shared/forum-hosts.js';
import { pausedOn } from '../shared/pause.js';
import { RulesetStatusView } from '../ui/RulesetStatusView.js';
import { CheckFailures } from '../ui/CheckFailures.js';
import { CapacityPanel } from './components/CapacityPanel.js';
import { FindingsPanel } from './components/FindingsPanel.js';
import { PauseSwitch } from './components/PauseSwitch.js';
import { QuickReferencePanel } from './components/QuickReferencePanel.js';
import { SiteAccessPanel } from './components/SiteAccessPanel.js';
import { currentTab, type CurrentTab } from './current-tab.js';

interface Loaded {
  state: EffectiveState;
  tab: CurrentTab | null;
  composer: ComposerState | null;
  paused: Record<string, boolean>;
}

/**
 * Keys whose change can alter what the popup shows. "tabStates" is where the background keeps each tab's report
 * (storage.session): a capacity choice shows once the content script has re-checked the draft and reported back.
 */
const WATCHED = ['tabStates', STORAGE.paused, STORAGE.userRuleset, STORAGE.managedCache, STORAGE.rulesetError];

async function loadAll(): Promise<Loaded> {
  const [state, tab, paused] = await Promise.all([api.state(), currentTab(), readLocal<Record<string, boolean>>(STORAGE.paused)]);
  const composer = tab ? await api.tab(tab.id).catch(() => null) : null;
  return { state, tab, composer: composer ?? null, paused: paused ?? {} };
}

export function Popup() {
  const { t } = useI18n();
  const [data, setData] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);

  const reload = useCallback(() => {
    loadAll().then(setData, () => setFailed(true));
  }, []);

  useEffect(() => {
    reload();
    return onStorageChange(WATCHED, reload);
  }, [reload]);

  if (failed) return <p role="alert" class="error-box">{t('backgroundError')}</p>;
  if (!data) return <p role="status">{t('loading')}</p>;

  const { state, composer, tab } = data;
  const site = composer?.site ?? tab?.host;
  // A stored pause does not apply where the organisation does not allow pausing.
  const pauseLocked = isLocked(state.status.locked, PAUSE_LOCK);
  const paused = site ? pausedOn(site, data.paused, state.status.locked) : false;
  const listedHost = listedHostOfTab(state.ruleset, tab?.host);

  const choose = (capacity: Capacity) => {
    if (!composer?.account) return;
    // Shown at once; the content script re-checks the draft and reports back through the background.
    setData({ ...data, composer: { ...composer, capacity, capacitySource: capacity === 'unknown' ? 'unknown' : 'person' } });
    void api.setCapacity(composer.site, composer.account, capacity);
  };
  const setPaused = (value: boolean) => {
    if (!site || pauseLocked) return;
    setData({ ...data, composer: composer && { ...composer, paused: value }, paused: { ...data.paused, [site]: value } });
    void api.setPaused(site, value);
  };

  return (
    <>
      <header class="row header">
        <h1>{t('popupTitle')}</h1>
        <button type="button" class="link" onClick={() => void chrome.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </header>
      <p class="privacy" data-testid="privacy">{t('privacyNote')}</p>
      {listedHost && <SiteAccessPanel host={listedHost} />}
      {composer ? (
        <>
          <CapacityPanel composer={composer} organisation={state.ruleset.organisation?.name} onChoose={choose} />
          <CheckFailures checks={composer.failedChecks ?? []} message="checkFailedTab" />
          <FindingsPanel findings={composer.findings} customRules={state.ruleset.customRules} omitted={composer.omitted} />
        </>
      ) : (
        <section>
          <p class="muted" data-testid="no-composer">{t(site ? 'noComposer' : 'noTab')}</p>
        </section>
      )}
      {site && <PauseSwitch site={site} paused={paused} locked={pauseLocked} onChange={setPaused} />}
      <QuickReferencePanel reference={state.ruleset.quickReference} />
      <section aria-labelledby="ruleset-h" id="ruleset">
        <h2 id="ruleset-h">{t('rulesetHeading')}</h2>
        <RulesetStatusView status={state.status} />
      </section>
    </>
  );
}
