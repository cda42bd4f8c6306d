// Words for a workplace in government, and for the people in it: what insider talk is about.

/**
 * English nouns for a public body or a part of one ("ministry", "directorate"). Generic ones ("office", "unit", "branch")
 * are left out: "we were in the office all day" is anyone's day at work, not talk about a public employer.
 */
export const EN_WORKPLACE = [
  'ministry', 'department', 'dept', 'directorate', 'directorate-general', 'directorate general', 'agency', 'authority', 'organisation',
  'organization', 'municipality', 'council', 'employer', 'workplace', 'secretariat', 'commission', 'govt office', 'government office',
];

/** Senior roles in government: "our minister", "our director general", "our inspectors" are said from inside. */
export const EN_OUR_STAFF = [
  'minister', 'undersecretary', 'under-secretary', 'director general', 'director-general', 'dg', 'deputy minister', 'inspectors', 'wali',
];

/** People at work: "my manager at", "my colleagues in". */
export const EN_STAFF = [
  ...EN_OUR_STAFF, 'director', 'boss', 'manager', 'line manager', 'supervisor', 'colleagues', 'co-workers', 'coworkers', 'team', 'team leader',
  'head of department',
];

/** Arabic nouns (singular, as a lexicon entry) for a public body or a part of one. */
export const AR_WORKPLACE = [
  'وزارة', 'دائرة', 'إدارة', 'مديرية', 'هيئة', 'مؤسسة', 'بلدية', 'قسم', 'وحدة', 'مكتب', 'مجلس', 'مصلحة', 'أمانة', 'جهاز', 'مركز', 'فرع',
  'شعبة', 'المديرية العامة', 'الجهة',
];

/** Arabic nouns that, owned by "us" and placed in a workplace, are the organisation's business ("ميزانيتنا في الوزارة"). */
export const AR_INSIDER_NOUNS = [
  'خطة', 'ميزانية', 'فريق', 'زميل', 'زملاء', 'مدير', 'مسؤول', 'شغل', 'عمل', 'مشروع', 'مشاريع', 'نظام', 'دوام', 'اجتماع', 'لجنة', 'موظف',
  'قرار', 'سياسة', 'برنامج', 'تقرير', 'رئيس', 'وكيل', 'وزير', 'مكتب', 'قسم', 'إدارة', 'دائرة', 'مبادرة', 'خطط', 'مفاجأة', 'أولوية', 'هدف',
];

/** Arabic first-person words that put the writer inside ("نحن", "إحنا", "عندنا"). */
export const AR_WE = new Set(['نحن', 'نحنا', 'احنا', 'حنا', 'عندنا', 'لدينا']);

/** Prepositions that place someone in a workplace (not "to" it: "رحنا للوزارة" is a visit). */
export const AR_IN = new Set(['في', 'داخل', 'عند', 'لدى', 'بداخل', 'وسط']);
