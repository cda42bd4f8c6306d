// What the commitment check is and why, apart from its English and Arabic finders so the popup and options load only this.
import type { CheckMeta } from '../../types.js';
import { optionsObject } from './option-schemas.js';
import { cite } from '../../sources.js';

export const commitmentMeta: CheckMeta = {
  id: 'commitment',
  title: { en: 'Commitments on behalf of the organisation', ar: 'الالتزامات باسم الجهة' },
  defaultSeverity: 'warning',
  clause: {
    en: 'Do not make promises, guarantees or deadlines on behalf of government unless you are authorised to commit your organisation.',
    ar: 'لا تقدّم وعودًا أو ضمانات أو مواعيد باسم الحكومة ما لم تكن مخوّلًا بالالتزام نيابةً عن جهتك.',
  },
  source: cite(['omanIta', 'codesOfConduct']),
  // No options: whether the person may commit is the ruleset's authorisedToCommit, not a setting of the check.
  optionsSchema: optionsObject({}),
};
