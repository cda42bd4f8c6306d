// Benchmark drafts written for this project: ordinary posts with the kinds of things the checks look for.
const SENTENCES = [
  'Thanks for getting in touch about the new parking permits.',
  'We will fix the broken lights on the coastal road by Friday.',
  'You can reach me on +968 9123 4567 if the form does not load.',
  'Honestly, whoever designed this queue system must be a complete idiot!!!',
  'The public consultation stays open until the end of the month.',
  'Our ministry is launching the updated e-services portal next week.',
  'Personally I think the new timetable is much better than the old one.',
  'شكرا لتواصلكم، سنقوم بمراجعة الطلب خلال يومين.',
  'يمكنكم زيارة موقعنا الإلكتروني لمعرفة ساعات العمل.',
  'Please send the reference number in a private message, not here.',
  'The weather in Muscat has been lovely this week, perfect for the beach.',
  'I promise the team is working on it and it will be sorted soon.',
];

/** A draft of about `length` characters, varied by `seed` so no two share a cache entry. */
export function makePost(length: number, seed: number): string {
  let out = '';
  let i = seed;
  while (out.length < length) {
    const s = SENTENCES[i % SENTENCES.length];
    out += (out ? ' ' : '') + s.replace(/\.$/, ` (${seed}-${i}).`);
    i += 7;
  }
  return out.slice(0, length);
}
