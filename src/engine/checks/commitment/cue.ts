// What the language-specific commitment finders report: a cue, its subject, and an optional deadline.

export type CommitmentRule =
  /** An explicit promise, guarantee or assurance ("I promise", "we guarantee", "نعدكم"). */
  | 'promise'
  /** A first-person or organisation subject with a future ("we will fix", "the ministry will", "سنعمل"). */
  | 'future-action'
  /** Something will be done, whoever does it ("it will be sorted by Friday", "سيتم إصلاح"). */
  | 'future-passive'
  /** A future with a deadline ("will be back by 6pm", "خلال أسبوع"). */
  | 'deadline'
  /** A pledge written as a bare list item ("Introduce free school meals", "Establishment of ten colleges", "إنشاء مستشفى"). */
  | 'pledge'
  /** An offer or an agreement to do something for the reader ("I can send it today", "Sure.", "consider it done", "أبشر"). */
  | 'offer'
  /** A reply that agrees to what was asked ("Sure, no problem", "That should be fine", "أكيد"). */
  | 'agreement'
  /** A reply that declines what was asked ("I'm afraid we can't refund it", "للأسف لا نستطيع"). */
  | 'refusal';

export interface Cue {
  rule: CommitmentRule;
  /** Start of the cue in normalised segment text. */
  start: number;
  /** End of the words quoted as the cue (subject, modal and main verb). */
  end: number;
  /** A deadline in the same clause, quoted after the cue and covered by the span. */
  deadline?: [number, number];
  /** Who promises: the writer alone ("I", "أ"), "we" ("ن"), the organisation by name or title, or nobody named. */
  subject: 'self' | 'we' | 'organisation' | 'none';
  /** An intention rather than a checkable promise, kept because it names a date or a sum: reported as a note. */
  tentative?: boolean;
}

/** What ends a clause: . ! ? ; : a line break or the Arabic question mark (compared by code: it runs for every cue). */
function isClauseMark(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b || code === 0x3a || code === 0x0a || code === 0x061f;
}

/** The clause around `at`: from the last sentence or clause mark before it to the next one. */
export function clauseBounds(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && !isClauseMark(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && !isClauseMark(text.charCodeAt(end))) end++;
  return [start, end];
}

/** True when the clause around `at` ends with a question mark. */
export function isQuestion(text: string, at: number): boolean {
  const [, end] = clauseBounds(text, at);
  return text[end] === '?' || text[end] === '؟';
}
