import nlp from 'compromise';
for (const s of ['Fund managers say rates will fall.', 'Fund a new clinic in every town.', 'Open days are on Friday.', 'Open a new clinic in Sur.', 'Set menu available all week.', 'Double standards everywhere.', 'Double the number of school buses.', 'Cut fees for students.', 'Cut flowers last a week.', 'Launch party tonight at the club', 'Launch a national reading scheme.', 'Support staff are on strike.', 'Support small farmers with cheap loans.', 'Reform package passed', 'Ban plastic bags in all shops.', 'Start times change next week.', 'Make sure you vote.', 'Complete nonsense from start to finish.', 'Protect the rights of tenants.', 'Build the wall', 'Give blood this Friday']) {
  const d = nlp(s);
  const t0 = performance.now();
  const t = d.terms().json()[0].terms[0];
  const isVerb = d.terms().eq(0).has('#Verb');
  console.log(s.padEnd(45), t.tags.join('/'), isVerb, (performance.now()-t0).toFixed(2));
}
