// Capitals and exclamation marks that carry joy or thanks ("YOU ARE THE BEST", "Congratulations!!!") are not anger.

/** Words of praise, thanks, joy and celebration, in lower case and with long letters folded ("sooo" -> "so"). */
const CHEERFUL = new Set([
  'love', 'loved', 'loves', 'loving', 'lovely', 'ily', 'best', 'great', 'greatest', 'awesome', 'amazing', 'amazed',
  'wonderful', 'fantastic', 'brilliant', 'excellent', 'beautiful', 'gorgeous', 'cute', 'cool', 'coolest',
  'proud', 'happy', 'happiest', 'glad', 'congrats', 'congratulations', 'congratulation', 'thanks', 'thank', 'thx',
  'ty', 'welcome', 'yay', 'yes', 'yess', 'yeah', 'woohoo', 'hooray', 'hurray', 'wow', 'omg', 'lol', 'haha', 'hahaha',
  'excited', 'exciting', 'thrilled', 'delighted', 'blessed', 'birthday', 'bday', 'celebrate', 'celebrating',
  'winner', 'winners', 'champion', 'champions', 'nice', 'fun', 'enjoy', 'enjoyed', 'enjoying', 'favourite',
  'favorite', 'incredible', 'stunning', 'legend', 'hero', 'heroes', 'bravo', 'cheers', 'hugs', 'xoxo', 'grateful',
  'thankful', 'wishes', 'beloved', 'good', 'super', 'fabulous', 'terrific', 'marvellous', 'marvelous', 'superb', 'outstanding',
]);

/** Emoji of love, joy and applause. */
const CHEERFUL_EMOJI = /[\u2764\u2665\u263A\u{1F60A}\u{1F60D}\u{1F970}\u{1F389}\u{1F38A}\u{1F44F}\u{1F495}\u{1F496}\u{1F497}\u{1F499}\u{1F49A}\u{1F49B}\u{1F49C}\u{1F601}\u{1F600}\u{1F603}\u{1F604}\u{1F929}\u{1F973}\u{1F618}]/u;

/** Words that turn praise sour ("NO GOOD", "I HATE YOU, THANKS A LOT"): with any of them the text is not cheerful. */
const SOUR = /\b(?:not|no|never|hate|hated|stop|shut|worst|wrong|shame|shameful|disgrace|disgusting|sick|liars?|idiots?|stupid|useless|pathetic|ridiculous|joke|angry|furious|fed up|enough)\b|n['’]t\b/i;

const WORD = /[A-Za-z]+/g;

/** Whether `text` holds a word of praise, thanks or joy, or such an emoji, and nothing that sours it. */
export function soundsCheerful(text: string): boolean {
  if (SOUR.test(text)) return false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const w = m[0].toLowerCase();
    if (CHEERFUL.has(w) || CHEERFUL.has(w.replace(/(.)\1{2,}/g, '$1')) || CHEERFUL.has(w.replace(/(.)\1+/g, '$1'))) return true;
  }
  return CHEERFUL_EMOJI.test(text);
}

/** Swear words people praise with: "good shit", "fucking brilliant", "damn good", "hell yes". */
const PRAISED_BEFORE = /\b(?:good|great|cool|nice|awesome|amazing|funny|dope|solid|tasty|brilliant|epic|legendary|wicked)\s+$/i;
const INTENSIFIER = /^(?:fuck(?:ing|in)?|freaking|frickin[g]?|effing|bloody|damn|damned|darn|hell|hella|shit)$/i;
const PRAISE_AFTER = /^\s+(?:(?:so|very|really|too)\s+)?([A-Za-z]+)/;

/** Whether the swear word at [start, end) of `text` only makes praise stronger, aimed at no one. */
export function swearsInPraise(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (/^shit[e]?$/i.test(word) && PRAISED_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return true;
  if (!INTENSIFIER.test(word)) return false;
  const after = PRAISE_AFTER.exec(text.slice(end, end + 30));
  return after !== null && (CHEERFUL.has(after[1].toLowerCase()) || /^(?:yes|yeah|yea|right|well|fine|proud|lucky)$/i.test(after[1]));
}
