// English verb forms back to their base: "established" -> "establish", "setting" -> "set", "made" -> "make".

/** Irregular past participles of verbs that can be promised. */
const IRREGULAR_BASE: Record<string, string> = {
  done: 'do', made: 'make', given: 'give', taken: 'take', built: 'build', paid: 'pay', sent: 'send', brought: 'bring',
  kept: 'keep', met: 'meet', shown: 'show', begun: 'begin', put: 'put', spent: 'spend', sold: 'sell', held: 'hold',
  written: 'write', rebuilt: 'rebuild', dealt: 'deal', chosen: 'choose', undertaken: 'undertake', overseen: 'oversee',
  withdrawn: 'withdraw', drawn: 'draw', laid: 'lay', cut: 'cut', run: 'run', set: 'set', rolled: 'roll', lent: 'lend',
};

/** Base forms a participle ("-ed", irregular) or gerund ("-ing") may come from, most likely first. */
export function baseCandidates(word: string): string[] {
  const w = word.toLowerCase();
  if (IRREGULAR_BASE[w]) return [IRREGULAR_BASE[w]];
  const out: string[] = [];
  for (const suffix of ['ed', 'ing']) {
    if (!w.endsWith(suffix) || w.length < suffix.length + 2) continue;
    const stem = w.slice(0, -suffix.length);
    // "created" <- "create", "expanded" <- "expand", "stopped" <- "stop", "supplied" <- "supply".
    out.push(stem, `${stem}e`);
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) out.push(stem.slice(0, -1));
    if (suffix === 'ed' && stem.endsWith('i')) out.push(`${stem.slice(0, -1)}y`);
  }
  return out;
}

/** Whether `word` is a participle or gerund of one of `verbs` (a set of base forms). */
export function isFormOf(word: string, verbs: ReadonlySet<string>): boolean {
  return baseCandidates(word).some((b) => verbs.has(b));
}
