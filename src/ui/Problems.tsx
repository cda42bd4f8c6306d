// A ruleset's problems, each with the JSON path it is about.
import type { RulesetProblem } from '../ruleset/types.js';
import { useI18n } from './i18n.js';

export function Problems({ problems, id }: { problems: RulesetProblem[]; id?: string }) {
  const { t } = useI18n();
  return (
    <ul class="problems" id={id}>
      {problems.map((p, i) => (
        <li key={`${p.path}\u0000${i}`}>
          <bdi dir="ltr" class="path">{p.path || t('problemWholeFile')}</bdi>: <bdi>{p.message}</bdi>
        </li>
      ))}
    </ul>
  );
}
