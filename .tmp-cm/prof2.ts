import { makePost } from '../test/bench/posts.js';
import { englishCues } from '../src/engine/checks/commitment/english.js';
import { commissiveCues } from '../src/engine/checks/commitment/commissive.js';
import { pledgeFormCues } from '../src/engine/checks/commitment/pledge-forms.js';
import { segment } from '../src/engine/segment.js';
import { normalize } from '../src/engine/normalize.js';
const segs: string[] = [];
for (let i = 0; i < 300; i++) { const p = makePost(280, i); for (const s of segment(p)) segs.push(normalize(p.slice(s.start, s.end)).text); }
for (const [name, fn] of [['english', (t: string) => englishCues(t, null)], ['commissive', commissiveCues], ['pledge', pledgeFormCues]] as const) {
  for (const s of segs) fn(s);
  const t = performance.now();
  for (let k = 0; k < 3; k++) for (const s of segs) fn(s);
  console.log(name, ((performance.now() - t) / 900).toFixed(3), 'ms per post');
}
