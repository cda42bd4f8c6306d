// Vocabulary for telling specific undertakings from statements of intent (see specificity.ts): frames, soft verbs,
// effort phrases, and the particulars (amounts, dates, names, things delivered) that pin an undertaking down.

/** Verbs that only frame what follows them: "continue to", "strive to", "are committed to", "work towards". */
export const FRAMES = new Set([
  'continue', 'strive', 'endeavour', 'endeavor', 'try', 'seek', 'aim', 'work', 'commit', 'committed', 'remain', 'intend',
  'promise', 'pledge', 'vow', 'undertake', 'propose', 'guarantee', 'assure', 'dedicated', 'determined', 'keen',
]);

/** Frames that still promise something when a thing follows ("promises a new rail link", "we promise your permit ..."). */
export const PROMISING = new Set(['promise', 'pledge', 'vow', 'undertake', 'guarantee', 'assure', 'propose']);

/**
 * Verbs of intention rather than of delivery: encouraging, promoting or strengthening something leaves nothing a
 * reader could check unless what is acted on is itself concrete.
 */
export const SOFT_VERBS = new Set([
  'encourage', 'promote', 'facilitate', 'foster', 'nurture', 'explore', 'consider', 'examine', 'study', 'focus',
  'concentrate', 'emphasise', 'emphasize', 'prioritise', 'prioritize', 'strengthen', 'enhance', 'deepen', 'broaden',
  'intensify', 'expedite', 'accelerate', 'pursue', 'carry', 'enable', 'tap', 'uphold', 'reorient', 'advocate', 'champion', 'harness', 'leverage', 'mobilise', 'mobilize', 'sensitise', 'sensitize',
  'inculcate', 'evolve', 'bolster', 'reinforce', 'engage', 'urge', 'persuade', 'motivate', 'incentivise', 'incentivize',
  'invite', 'cooperate', 'collaborate', 'partner', 'serve', 'safeguard', 'preserve', 'achieve', 'realise', 'realize',
]);

/** Soft verbs whose object is someone else who is to act ("states will be encouraged to"): only particulars pin them down. */
export const AGENT_VERBS = new Set(['encourage', 'enable', 'urge', 'persuade', 'motivate', 'incentivise', 'incentivize', 'invite']);

/** "take steps to", "make every effort to": an intention phrased as an act, read on to the act it is for. */
export const EFFORT_NOUNS = /^(?:steps?|measures?|efforts?|endeavours?|endeavors?|initiatives?|action)$/;

/** "give priority to", "pay attention to": what follows "to" is the thing favoured, not an act. */
export const FAVOUR_NOUNS = /^(?:attention|priority|emphasis|importance|thrust|focus|impetus|boost|fillip|push|care|preference|weight)$/;

/** Verbs that turn an effort or a favour noun into an act ("take steps", "accord priority"). */
export const EFFORT_VERBS = new Set([
  'take', 'taken', 'took', 'undertake', 'undertaken', 'make', 'made', 'give', 'given', 'accord', 'accorded', 'pay', 'paid',
  'put', 'attach', 'attached', 'lay', 'laid', 'place', 'placed', 'initiate', 'initiated',
]);

/** Numbers, shares and sums: "10%", "three new clinics", "OMR 50", "twice a year" (a hyphenated name like "G-20" is not one). */
export const AMOUNT =
  /(?<![A-Za-z]-?)\b\d|%|\bper\s*cent\b|(?<!\b(?:the|these|those|all)\s)\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|twice|double|half)\b|(?:\b(?:OMR|RO|Rs\.?|rials?|riyals?|baisa|dollars?|euros?)\b|[$£€])/i;

/** Dates and rhythms: "by Friday", "every month", "immediately". */
export const WHEN = /\b(?:(?:every|each)\s+(?:day|week|month|year|quarter)|annually|monthly|weekly|daily|immediately|tomorrow|tonight|today|next\s+(?:week|month|year))\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d/i;

/** A named law, body, programme or place: "the Road Safety Act", "the Youth Employment Fund", "Al Khuwair Street". */
export const NAMED =
  /\b(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|on|the|de|al|el)\s+)*){1,6}(?:Act|Bill|Code|Law|Rules|Regulations?|Fund|Scheme|Programme|Program|Mission|Commission|Committee|Board|Authority|Council|Policy|Plan|Bank|Organi[sz]ation|Corporation|Agency|Institute|Centre|Center|Portal|Card|Register|Project|Initiative|Fellowship|Tribunal|Court|Hospital|Clinic|School|University|College|Road|Street|Way|Bridge|Airport|Port|Park|Station)\b|\b(?:Ministry|Department|Directorate|Office|Division|Unit|Service|Bureau)\s+(?:of|for)\s+[A-Z]|\([A-Z]{2,}\)/;

/** Things that are delivered, paid, spent or enacted: a soft verb acting on one of these still makes a checkable promise. */
export const DELIVERABLE =
  /\b(?:law|laws|bill|act|legislation|amendment|regulation|fund|funds|funding|budget|allocation|spending|expenditure|investment|lending|outlay|grant|grants|loan|loans|subsidy|subsidies|scholarships?|pension|pensions|wages?|salary|salaries|fees?|tax|taxes|tariffs?|refunds?|hospitals?|clinics?|schools?|colleges?|roads?|bridges?|portal|app|website|helpline|hotline|licen[cs]es?|permits?|cards?|register|centres?|centers?|offices?|branches?|hostels?|houses|homes|toilets|buses|trains|lights|meters|pipes?|programmes?|programs?|schemes?|projects?|highways?|railways?|airports?|ports?|courts?)\b/i;

/** Frames of working alongside others: what they work to do decides. */
export const JOINT = new Set(['work', 'cooperate', 'collaborate', 'partner', 'engage']);

/** Adverbs between the frame and the act ("will also further", "closely"); not "apply", "supply", "rely". */
export const ADVERB = /^(?:also|further|now|then|still|always|hard|closely|together|not|soon|again)$|^(?!(?:ap|sup|re|multi|com)?ply$|rely$|fly$)[a-z]{3,}ly$/;

/** Words that open a noun phrase: after them comes a thing, not an act. */
export const DETERMINER = /^(?:an?|the|our|its|their|this|these|those|every|each|all|more|greater|better|new|full|total|special|major|concerted|serious|necessary|possible|concrete|appropriate|suitable|adequate|due|highest|high|top|utmost|particular|immediate|urgent)$/;

/** After a frame, a preposition opens a place or a field ("steps will be taken in transport"), not an act. */
export const PREPOSITION = /^(?:in|on|at|for|with|by|from|across|throughout|within|of|under|over|into|through|among|about|against)$/;

/** Endings of nouns and adjectives, to tell "to rein in" (an act) from "to illiteracy" (a thing). */
export const NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ism|ance|ence|ship|cy|al|ic|ous|ive|ful|ics|[^s]s)$/;

/**
 * Things no one can be handed: doing something to a framework, a culture or trust ("create an enabling framework",
 * "credibility will be restored") states an aim unless an amount, a date or a name pins it down.
 */
export const ABSTRACT =
  /^(?:frameworks?|mechanisms?|regimes?|systems?|process(?:es)?|environment|ecosystem|climate|culture|atmosphere|reforms?|changes?|transformation|vision|approach|trust|confidence|credibility|consensus|momentum|relations|ties|cooperation|partnerships?|dialogue|harmony|unity|dignity|pride|awareness|spirit|image|identity|values|governance|growth|progress|prosperity|excellence|justice|welfare|well-being|wellbeing|empowerment|opportunities|potential|capacity|capabilities|synergy|network|networking|hub)$/i;

/** "Efforts will be made", "steps would be taken": the effort noun before a passive future. */
export const EFFORT_SUBJECT = /\b(steps?|measures?|efforts?|action|initiatives?)\s*$/i;
/** "Priority will be given", "attention will be paid": the favour noun before a passive future. */
export const FAVOUR_SUBJECT = /\b(attention|priority|emphasis|importance|thrust|focus|preference|weight)\s*$/i;

/** Words that open a lead-in or an aside rather than a subject. */
export const LEAD_IN =
  /^(?:in|for|to|towards?|thus|therefore|hence|by|with|as|through|under|after|before|also|then|so|particularly|especially|including|moreover|further|furthermore|accordingly|similarly|likewise|however)\b/i;

/** "as far as possible", "where feasible", "if necessary": the writer leaves room not to deliver. */
export const HEDGE =
  /\b(?:as\s+far\s+as\s+(?:possible|practicable|feasible)|wherever\s+(?:possible|feasible)|where\s+(?:possible|feasible|practicable)|to\s+the\s+extent\s+possible|if\s+(?:needed|necessary|required|possible)|subject\s+to)\b/i;
