// The post being replied to is someone else's text of any length: only its opening is read, so a huge post cannot stall the page.

/** Characters of the replied-to post that are analysed and passed on as context. */
export const MAX_REPLY_TEXT = 2000;

/** The first MAX_REPLY_TEXT characters of `text`, never splitting a surrogate pair. */
export function capReplyText(text: string | undefined): string | undefined {
  if (text === undefined || text.length <= MAX_REPLY_TEXT) return text;
  const code = text.charCodeAt(MAX_REPLY_TEXT - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? MAX_REPLY_TEXT - 1 : MAX_REPLY_TEXT);
}
