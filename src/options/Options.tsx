// The options page: the person's own layer over the rules in force, and what the organisation locked.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { OfficialAccount, Ruleset } from '../engine/types.js';
import { STORAGE, type EffectiveState } from '../shared/messages.js';
import { api, onStorageChange } from '../ui/ext.js';
import { useI18n } from '../ui/i18n.js';
import { isLocked } from '../ui/locks.js';
import { RulesetStatusView } from '../ui/RulesetStatusView.js';
import { CheckFailures } from '../ui/CheckFailures.js';
import { openTabFailures } from './open-tab-failures.js';
import { AccountsSection } from './components/AccountsSection.js';
import { ChecksSection } from './components/ChecksSection.js';
import { DismissedSection } from './components/DismissedSection.js';
import { ImportExportSection } from './components/ImportExportSection.js';
import { LanguageSection } from './components/LanguageSection.js';
import { ListEditor } from './components/ListEditor.js';
import { OrganisationNameSection } from './components/OrganisationSection.js';
import { SiteAccessSection } from './components/SiteAccessSection.js';
import { StatsSection } from './components/StatsSection.js';
import { forumHosts } from '../shared/forum-hosts.js';
import type { SaveOutcome } from './components/SaveStatus.js';
import { forumPermissionGate } from './forum-permission.js';
import { additiveList, listInForce, parseHost, setPath, withCheck } from './user-layer.js';

interface Loaded {
  state: EffectiveState;
  user: Ruleset;
}

const WATCHED = [STORAGE.userRuleset, STORAGE.managedCache, STORAGE.rulesetError];

export function Options() {
  const { t } = useI18n();
  const [data, setData] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const [failedChecks, setFailedChecks] = useState<string[]>([]);

  const reload = useCallback(
    () => Promise.all([api.state(), api.userRuleset()]).then(([state, user]) => setData({ state, user }), () => setFailed(true)),
    [],
  );
  useEffect(() => {
    void reload();
    return onStorageChange(WATCHED, () => void reload());
  }, [reload]);
  // "tabStates" is where the background keeps each tab's report: a check failing in any open tab shows here too.
  useEffect(() => {
    const tabIds = async () => (await chrome.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
    const refresh = () => void openTabFailures(tabIds, api.tab).then(setFailedChecks, () => setFailedChecks([]));
    refresh();
    return onStorageChange(['tabStates'], refresh);
  }, []);

  if (failed) return <p role="alert" class="error-box">{t('backgroundError')}</p>;
  if (!data) return <p role="status">{t('loading')}</p>;

  const { state, user } = data;
  const locked = state.status.locked;
  const effective = state.ruleset;

  /** Saves a new own layer through the same validation as an imported file. */
  const save = async (next: Ruleset): Promise<SaveOutcome> => {
    const result = await api.importRuleset(next);
    // The own layer shows at once; the rules in force follow when the background has recomputed them.
    if (result.ok) setData((d) => d && { ...d, user: next });
    return result;
  };
  /** The organisation's name rides along with its aliases and topics, since a ruleset names what it describes. */
  const saveOrgList = (path: 'organisation.aliases' | 'organisation.topics', items: string[]) => {
    let next = setPath(user, path, items);
    const name = user.organisation?.name ?? effective.organisation?.name;
    if (name) next = setPath(next, 'organisation.name', name);
    return save(next);
  };
  const orgLocked = (field: string) => isLocked(locked, `organisation.${field}`);
  const forums = additiveList(user, effective, 'sites.forums', isLocked(locked, 'sites.forums'));

  return (
    <>
      <header>
        <h1>{t('optionsHeading')}</h1>
        <p class="privacy">{t('privacyNote')}</p>
        <RulesetStatusView status={state.status} />
        <CheckFailures checks={failedChecks} message="checkFailedOpenTabs" />
      </header>
      <LanguageSection />
      <ChecksSection effective={effective} user={user} locked={locked} onChange={(id, patch) => save(withCheck(user, id, patch))} />
      <AccountsSection
        accounts={listInForce<OfficialAccount>(user, effective, 'officialAccounts')}
        locked={isLocked(locked, 'officialAccounts')}
        onChange={(accounts) => save(setPath(user, 'officialAccounts', accounts))}
      />
      <ListEditor
        id="disclosure"
        heading="disclosureHeading"
        hint="disclosureHint"
        newLabel="disclosureNew"
        items={listInForce<string>(user, effective, 'disclosurePhrases')}
        locked={isLocked(locked, 'disclosurePhrases')}
        onChange={(items) => save(setPath(user, 'disclosurePhrases', items))}
      />
      <OrganisationNameSection
        name={user.organisation?.name ?? effective.organisation?.name ?? ''}
        locked={orgLocked('name')}
        onSave={(name) => save(setPath(user, 'organisation.name', name || undefined))}
      />
      <ListEditor
        id="aliases"
        heading="orgAliasesHeading"
        newLabel="orgAliasNew"
        items={listInForce<string>(user, effective, 'organisation.aliases')}
        locked={orgLocked('aliases')}
        onChange={(items) => saveOrgList('organisation.aliases', items)}
      />
      <ListEditor
        id="topics"
        heading="orgTopicsHeading"
        newLabel="orgTopicNew"
        items={listInForce<string>(user, effective, 'organisation.topics')}
        locked={orgLocked('topics')}
        onChange={(items) => saveOrgList('organisation.topics', items)}
      />
      <ListEditor
        id="confidential-terms"
        heading="confidentialTermsHeading"
        hint="confidentialTermsHint"
        newLabel="confidentialTermsNew"
        items={listInForce<string>(user, effective, 'confidential.terms')}
        locked={isLocked(locked, 'confidential.terms')}
        onChange={(items) => save(setPath(user, 'confidential.terms', items))}
      />
      <ListEditor
        id="political-parties"
        heading="politicalPartiesHeading"
        hint="politicalPartiesHint"
        newLabel="politicalPartiesNew"
        items={listInForce<string>(user, effective, 'politics.parties')}
        locked={isLocked(locked, 'politics.parties')}
        onChange={(items) => save(setPath(user, 'politics.parties', items))}
      />
      <ListEditor
        id="politicians"
        heading="politiciansHeading"
        hint="politiciansHint"
        newLabel="politiciansNew"
        items={listInForce<string>(user, effective, 'politics.politicians')}
        locked={isLocked(locked, 'politics.politicians')}
        onChange={(items) => save(setPath(user, 'politics.politicians', items))}
      />
      <ListEditor
        id="private-channels"
        heading="privateChannelsHeading"
        hint="privateChannelsHint"
        newLabel="privateChannelsNew"
        items={listInForce<string>(user, effective, 'privateChannels')}
        locked={isLocked(locked, 'privateChannels')}
        onChange={(items) => save(setPath(user, 'privateChannels', items))}
      />
      <ListEditor
        id="forums"
        heading="forumsHeading"
        hint="forumsHint"
        newLabel="forumNew"
        items={forums.items}
        fixed={forums.fixed}
        locked={false}
        parse={(typed) => {
          const host = parseHost(typed);
          return host ? { value: host } : { error: t('forumInvalid', typed) };
        }}
        beforeAdd={forumPermissionGate((host) => t('forumDenied', host))}
        onChange={(items) => save(setPath(user, 'sites.forums', forums.own(items)))}
      />
      <SiteAccessSection hosts={forumHosts(effective)} />
      <ImportExportSection effective={effective} />
      <DismissedSection />
      <StatsSection />
    </>
  );
}
