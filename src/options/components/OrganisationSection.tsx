// The organisation's name, its other names and its topics: what makes talk about work recognisable.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../ui/i18n.js';
import { LockedNote } from './Locked.js';
import { SaveStatus, type SaveOutcome } from './SaveStatus.js';

interface Props {
  name: string;
  locked: boolean;
  onSave(name: string): Promise<SaveOutcome>;
}

export function OrganisationNameSection({ name, locked, onSave }: Props) {
  const { t } = useI18n();
  const [value, setValue] = useState(name);
  const [outcome, setOutcome] = useState<SaveOutcome>(null);
  useEffect(() => setValue(name), [name]);

  const save = async (e: Event) => {
    e.preventDefault();
    setOutcome(await onSave(value.trim()));
  };

  return (
    <section aria-labelledby="org-h" id="organisation">
      <h2 id="org-h">{t('orgHeading')}</h2>
      <form class="row" onSubmit={save}>
        <label for="org-name">{t('orgName')}</label>
        <input
          id="org-name"
          type="text"
          dir="auto"
          value={value}
          disabled={locked}
          aria-describedby={locked ? 'org-name-locked' : undefined}
          onInput={(e) => setValue(e.currentTarget.value)}
        />
        {locked ? <LockedNote id="org-name-locked" /> : <button type="submit">{t('orgNameSave')}</button>}
      </form>
      <SaveStatus outcome={outcome} />
    </section>
  );
}
