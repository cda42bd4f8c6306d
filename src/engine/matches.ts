// Every match of a global regex, as String.prototype.matchAll gives them, without the copy of the regex matchAll makes on each call.

/** Matches of `re` in `text` from `re.lastIndex` on; `re.lastIndex` is left as it was, as with matchAll. */
export function matches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matches() needs a global regex');
  const out: RegExpExecArray[] = [];
  const from = re.lastIndex;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step over one character (a whole code point in Unicode mode).
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = from;
  return out;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  if (first < 0xd800 || first > 0xdbff) return index + 1;
  const second = text.charCodeAt(index + 1);
  return second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}

/** Whether `re` (global or sticky or not) matches anywhere in `text`, leaving `re.lastIndex` at 0 for the next caller. */
export function mentions(re: RegExp | null, text: string): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}
