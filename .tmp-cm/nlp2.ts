import nlp from 'compromise';
for (const s of ['Upgrading the water network in every village.', 'Building work starts on Monday.', 'Setting up ten new training centres for young farmers.', 'Establishing a national archive that preserves local records.', 'Providing free meals to every pupil', 'Making the case for cheaper buses is hard.', 'Setting up my new phone lol', 'Creating content every day', 'Introduce free parking at clinics', 'Establishment of a tribunal for rent disputes.','Building bridges, not walls.', 'Expanding the bus network to new towns has been popular.']) {
  const d = nlp(s);
  const terms = d.terms().json().map((t: any) => t.terms[0].text + ':' + t.terms[0].tags.filter((x: string) => !['Noun','Singular','Plural'].includes(x)).join('/'));
  console.log(s, '=>', terms.join(' | '));
}
