// The guidelines the checks and the quick reference cite, each named once here in English and in Arabic.
import type { Citation, Lang, LocalText } from './types.js';

/** The documents in ../shared/seeds, as the project cites them. */
export const DOCUMENTS = {
  omanIta: { en: 'Oman ITA, Social Media in Government (2016)', ar: 'هيئة تقنية المعلومات، وسائل التواصل الاجتماعي في الحكومة (2016)' },
  ukGuide: {
    en: 'UK Government, Engaging through social media: a guide for civil servants',
    ar: 'الحكومة البريطانية، التواصل عبر وسائل التواصل الاجتماعي: دليل لموظفي الخدمة المدنية',
  },
  ukTenTips: {
    en: 'UK Cabinet Office, Social Media Guidance for civil servants (as reported)',
    ar: 'مكتب مجلس الوزراء البريطاني، إرشادات وسائل التواصل الاجتماعي لموظفي الخدمة المدنية (كما نُقلت)',
  },
  agendaNi: { en: 'agendaNi, Social media standards in government', ar: 'agendaNi، معايير وسائل التواصل الاجتماعي في الحكومة' },
} as const satisfies Record<string, LocalText>;

/** One of the ten tips, by its number: the one wording of "tip N" in each language. */
function tip(n: number | string): LocalText {
  return { en: `Ten tips for social media engagement, tip ${n}`, ar: `النصائح العشر للتفاعل عبر وسائل التواصل الاجتماعي، النصيحة ${n}` };
}

/** Sections of those documents. */
export const SECTIONS = {
  codesOfConduct: { en: 'Codes of Conduct', ar: 'قواعد السلوك' },
  basicPrinciples: { en: 'Basic Principles for Agency Staff', ar: 'المبادئ الأساسية لموظفي الجهات الحكومية' },
  beConsistent: { en: 'Basic Principles for Agency Staff ("Be consistent")', ar: 'المبادئ الأساسية لموظفي الجهات الحكومية («كن متّسقًا»)' },
  engaged: { en: 'Engaged', ar: 'المشاركة الكاملة' },
  trustingStaff: { en: 'Trusting Staff', ar: 'الثقة بالموظفين' },
  civilServiceCode: { en: 'Civil Service Code', ar: 'مدونة سلوك الخدمة المدنية' },
  generalGuidance: { en: 'General guidance', ar: 'إرشادات عامة' },
  civilServiceCodeOnline: { en: 'Civil Service code applies online', ar: 'مدونة سلوك الخدمة المدنية تسري على الإنترنت أيضًا' },
  tip7: tip(7),
  tip8: tip(8),
  tip9: tip(9),
} as const satisfies Record<string, LocalText>;

export type DocumentId = keyof typeof DOCUMENTS;
export type SectionId = keyof typeof SECTIONS;

/** Sections numbered in their document, e.g. the ten tips. */
const NUMBERED_SECTIONS: { en: RegExp; ar: (n: string) => string }[] = [
  { en: /^Ten tips for social media engagement, tip (\d+)$/, ar: (n) => tip(n).ar },
];

const SEPARATOR: Record<Lang, string> = { en: '; ', ar: '؛ ' };

function joined(parts: readonly (readonly [DocumentId, SectionId])[], lang: Lang): { document: string; section: string } {
  const documents = [...new Set(parts.map(([d]) => DOCUMENTS[d][lang]))];
  return { document: documents.join(SEPARATOR[lang]), section: parts.map(([, s]) => SECTIONS[s][lang]).join(SEPARATOR[lang]) };
}

/** A citation of one or more sections, in both languages, e.g. `cite(['omanIta', 'codesOfConduct'])`. */
export function cite(...parts: (readonly [DocumentId, SectionId])[]): Citation {
  return { ...joined(parts, 'en'), ar: joined(parts, 'ar') };
}

const BY_ENGLISH = new Map<string, string>([...Object.values(DOCUMENTS), ...Object.values(SECTIONS)].map((t) => [t.en, t.ar]));

/** One English piece in Arabic when the table knows it, else as written (a manager's own source). */
function arabicOf(piece: string): string {
  const known = BY_ENGLISH.get(piece);
  if (known) return known;
  for (const numbered of NUMBERED_SECTIONS) {
    const m = numbered.en.exec(piece);
    if (m) return numbered.ar(m[1]);
  }
  return piece;
}

/** Every piece of a "; "-joined list in Arabic, joined the Arabic way only when each piece was known. */
function arabicList(text: string): string {
  const pieces = text.split('; ');
  const arabic = pieces.map(arabicOf);
  return arabic.some((a, i) => a === pieces[i]) ? text : arabic.join(SEPARATOR.ar);
}

/**
 * The citation as the person reads it in `lang`: its own Arabic when it has one, else the table's Arabic for each
 * document and section it names (the default ruleset's quick reference), else as the ruleset wrote it.
 */
export function citationIn(source: Citation, lang: Lang): { document: string; section: string } {
  if (lang === 'en') return { document: source.document, section: source.section };
  if (source.ar?.document && source.ar.section) return { document: source.ar.document, section: source.ar.section };
  return { document: arabicList(source.document), section: arabicList(source.section) };
}

/** "document, section" in `lang`, the way a card, the review and the CLI print it. */
export function citationLine(source: Citation, lang: Lang): string {
  const { document, section } = citationIn(source, lang);
  return lang === 'ar' ? `${document}، ${section}` : `${document}, ${section}`;
}
