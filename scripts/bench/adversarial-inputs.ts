// Hostile drafts for the adversarial bench row: each family is one unit repeated to a given length.

/** One family: its name and the unit repeated to fill the draft (a prefix, if any, comes first once). */
export interface Family {
  name: string;
  unit: string;
  prefix?: string;
}

const repeat = (name: string, unit: string, prefix = ''): Family => ({ name, unit, prefix });

export const FAMILIES: readonly Family[] = [
  repeat('run of !', '!', 'x'),
  repeat('run of .', '.', 'x'),
  repeat('run of ?', '?', 'x'),
  repeat('run of ؟', '؟', 'ب'),
  repeat('run of ,', ',', 'x'),
  repeat('run of -', '-', 'x'),
  repeat('run of _', '_', 'x'),
  repeat('run of *', '*', 'x'),
  repeat('run of :', ':', 'x'),
  repeat('run of @', '@', 'x'),
  repeat('run of #', '#', 'f'),
  repeat('run of spaces', ' ', 'x'),
  repeat('run of tabs', '\t', 'x'),
  repeat('run of newlines', '\n', 'x'),
  repeat('run of CR LF', '\r\n', 'x'),
  repeat('run of digits', '7'),
  repeat('digits and spaces', '9 '),
  repeat('digits and dots', '1.'),
  repeat('digits and dots after a file number', '1.', 'application no. 44817 '),
  repeat('Arabic diacritics', '\u064E\u0651', 'ب'),
  repeat('tatweel', '\u0640', 'ب'),
  repeat('combining marks', '\u0301', 'e'),
  repeat('zero-width chars', '\u200B\u200C\u200D\uFEFF', 'x'),
  repeat('one huge Latin word', 'a'),
  repeat('one huge capitals word', 'A'),
  repeat('one huge Arabic word', 'بت'),
  repeat('repeated "a@b."', 'a@b.'),
  repeat('repeated "at dot"', 'a at b dot '),
  repeat('repeated "[at] (dot)"', 'a [at] b (dot) '),
  repeat('repeated "+968 "', '+968 '),
  repeat('repeated "968"', '968'),
  repeat('repeated emoji', '\u{1F600}'),
  repeat('alternating scripts', 'aب'),
  repeat('alternating scripts, spaced', 'a ب '),
  repeat('repeated "Mr. "', 'Mr. '),
  repeat('repeated "will "', 'will '),
  repeat('repeated "سوف "', 'سوف '),
  repeat('repeated "!! "', '!! '),
  repeat('repeated "Tel: "', 'Tel: '),
  repeat('repeated "هاتف: "', 'هاتف: '),
  repeat('repeated "P.O. "', 'P.O. '),
  repeat('repeated "ص.ب "', 'ص.ب '),
  repeat('repeated "http://"', 'http://'),
  repeat('repeated "www."', 'www.'),
];

/** The family's draft of (about) `length` UTF-16 code units; a unit is never cut in half. */
export function draftOf(family: Family, length: number): string {
  const prefix = family.prefix ?? '';
  const count = Math.max(1, Math.round((length - prefix.length) / family.unit.length));
  return prefix + family.unit.repeat(count);
}
