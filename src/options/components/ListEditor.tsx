// A list of words or phrases the person can add to and remove from, unless the organisation locked it.
import { useState } from 'preact/hooks';
import { useI18n, type MessageKey } from '../../ui/i18n.js';
import { LockedNote } from './Locked.js';
import { SaveStatus, type SaveOutcome } from './SaveStatus.js';

export interface ListEditorProps {
  id: string;
  heading: MessageKey;
  hint?: MessageKey;
  newLabel: MessageKey;
  items: string[];
  locked: boolean;
  /** Items the organisation set in a list the person may still add to: shown without a remove button. */
  fixed?: readonly string[];
  /** Turns what was typed into the stored value, or returns an error to show. */
  parse?(value: string): { value: string } | { error: string };
  /** Runs straight from the click or Enter (so a permission prompt keeps the user gesture); an error string refuses the value. */
  beforeAdd?(value: string): Promise<string | null>;
  onChange(items: string[]): Promise<SaveOutcome>;
}

export function ListEditor(props: ListEditorProps) {
  const { t } = useI18n();
  const { id, items, locked } = props;
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<SaveOutcome>(null);

  const commit = async (next: string[]) => {
    setOutcome(await props.onChange(next));
  };

  const add = (e: Event) => {
    e.preventDefault();
    const typed = draft.trim();
    if (!typed) return setError(t('valueEmpty'));
    const parsed = props.parse ? props.parse(typed) : { value: typed };
    if ('error' in parsed) return setError(parsed.error);
    if (items.includes(parsed.value)) return setError(t('valueDuplicate', parsed.value));
    const gate = props.beforeAdd ? props.beforeAdd(parsed.value) : Promise.resolve(null);
    void gate.then(async (refused) => {
      if (refused) return setError(refused);
      setError(undefined);
      setDraft('');
      await commit([...items, parsed.value]);
    });
  };

  return (
    <section aria-labelledby={`${id}-h`} id={id}>
      <h2 id={`${id}-h`}>{t(props.heading)}</h2>
      {props.hint && <p class="muted">{t(props.hint)}</p>}
      {locked && <LockedNote id={`${id}-locked`} />}
      {items.length === 0 ? (
        <p class="muted">{t('listEmpty')}</p>
      ) : (
        <ul class="plain" data-testid={`${id}-items`}>
          {items.map((item) => (
            <li key={item}>
              <bdi>{item}</bdi>
              {props.fixed?.includes(item) && <LockedNote id={`${id}-fixed-${items.indexOf(item)}`} />}
              {!locked && !props.fixed?.includes(item) && (
                <button type="button" onClick={() => void commit(items.filter((i) => i !== item))}>
                  {t('remove')}
                  <span class="visually-hidden"> {item}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!locked && (
        <form class="row" onSubmit={add}>
          <label for={`${id}-new`} class="visually-hidden">{t(props.newLabel)}</label>
          <input
            id={`${id}-new`}
            type="text"
            dir="auto"
            placeholder={t(props.newLabel)}
            value={draft}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit">{t('add')}</button>
        </form>
      )}
      {error && <p id={`${id}-error`} role="alert" class="error-box">{error}</p>}
      <SaveStatus outcome={outcome} />
    </section>
  );
}
