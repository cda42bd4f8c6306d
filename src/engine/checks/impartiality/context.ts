// Words that put a post in party politics or an election, in English and Arabic: what a weak cue ("our candidate",
// "the best party", "مرشحنا") waits for before it counts.

/** Election and party-politics words. "Vote" is left out: the cues themselves say it, and a competition has votes too. */
const ENGLISH_POLITICS =
  /\b(?:elections?|electoral|ballots?|polls|polling|campaign(?:s|ing)?|constituenc(?:y|ies)|majlis|shura|parliament(?:ary)?|MPs?|manifestos?|political|politics|politicians?|voters|opposition|party leader)\b/i;

/** انتخابات، الانتخابية، التصويت، الاقتراع، الشورى، المجلس البلدي، البرلمان، حزب، سياسي (on normalised text: ة as ه). */
const ARABIC_POLITICS =
  /(?<![\p{L}])[وفبل]?(?:ال)?(?:انتخاب\p{L}*|تصويت|اقتراع|شوري|برلمان\p{L}*|حزب|احزاب|سياسي\p{L}*|حمله\s+انتخابيه|مجلس\s+البلدي|مجالس\s+البلديه|ناخب\p{L}*)(?![\p{L}])/u;

/** True when the sentence speaks of elections or party politics. */
export function aboutPolitics(text: string, hasLatin: boolean, hasArabic: boolean): boolean {
  return (hasLatin && ENGLISH_POLITICS.test(text)) || (hasArabic && ARABIC_POLITICS.test(text));
}
