// Email addresses, including ones spelled out to dodge filters ("name [at] domain [dot] com").
import type { Candidate } from './candidate.js';
import { matches } from '../../matches.js';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]*[\p{L}\p{N}_%+-]@(?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,}(?![\p{L}\p{N}-])|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@\[\d{1,3}(?:\.\d{1,3}){3}\]/gu;

/** "at" and "dot" written out in brackets, or as capitals, or as words when both are spelled out; each run of spaces is read by one quantifier, so it costs its length. */
const SPELLED = /(?<![\p{L}\p{N}._-])([\p{L}\p{N}._-]+)(?:\s*[[({<]\s*at\s*[\])}>]\s*|\s+AT\s+|\s+at\s+(?=[\p{L}\p{N}-]+\s+dot\s))([\p{L}\p{N}-]+)((?:(?:\s*[[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\s+DOT\s+|\s*\.\s*)[\p{L}\p{N}-]+)+)/gu;
const TLD_END = /(?:com|net|org|edu|gov|info|io|co|uk|om|ae|sa|qa|kw|bh|me)$/i;
/** Words that read "X at Y dot com" in ordinary prose ("look at example dot com"). */
const NOT_A_MAILBOX = /^(?:look|looking|arrive|arrived|me|us|him|her|them|it|this|that|here|there|work|home|people|stare|staring|laugh|laughing|point|pointing|aim|good|bad|best|worst|great|is|are|was|were|be|am)$/i;

/** Shared mailboxes an organisation publishes (info@, support@...): they reach a desk, not a person. */
const ROLE_MAILBOX = /^(?:info|contact|contactus|support|help|helpdesk|enquiries|enquiry|inquiries|inquiry|media|press|complaints|feedback|noreply|no-reply|admin|service|services|customerservice|customercare|care|webmaster|reception|hello|office|communication|communications)@/i;

export function findEmails(text: string): Candidate[] {
  if (!/@|\bat\b|\bAT\b/i.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of matches(EMAIL, text)) {
    if (ROLE_MAILBOX.test(m[0])) continue;
    out.push({ rule: 'email', start: m.index, end: m.index + m[0].length, value: m[0], priority: 10 });
  }
  for (const m of matches(SPELLED, text)) {
    if (!TLD_END.test(m[3]) || NOT_A_MAILBOX.test(m[1])) continue;
    const mailbox = `${m[1]}@${m[2]}${m[3].replace(/\s*[[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\s*\.\s*/gi, '.')}`;
    out.push({ rule: 'email', start: m.index, end: m.index + m[0].length, value: mailbox, priority: 10 });
  }
  return out;
}
