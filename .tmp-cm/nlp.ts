import nlp from 'compromise';
for (const s of ['Introduce a health insurance policy for older people.', 'Cut flowers last a week.', 'Increase in fees was announced.', 'Support local shops this weekend!', 'Build a new clinic in every district.', 'Reduce fees for students', 'Set up a national fund for farmers.', 'Protect your family, get vaccinated.', 'Support for farmers will rise.', 'Extend the metro to the airport.', 'Upgrading the water network in every village.', 'Establishment of ten new colleges.', 'Setting up my new phone lol']) {
  const d = nlp(s);
  const t0 = performance.now();
  const terms = d.terms().json().slice(0, 3).map((t: any) => t.text + ':' + t.terms[0].tags.join('/'));
  console.log(s, '=>', terms.join(' | '), d.has('^#Imperative'), (performance.now() - t0).toFixed(2));
}
