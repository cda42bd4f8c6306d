import { makePost } from '../test/bench/posts.js';
import { englishCues } from '../src/engine/checks/commitment/english.js';
import { createAnalyzer } from '../src/engine/analyzer.js';
import { loadRuleset } from '../src/engine/ruleset.js';
import { segment } from '../src/engine/segment.js';
import { normalize } from '../src/engine/normalize.js';
const rs = loadRuleset();
let t = performance.now();
for (let i = 0; i < 300; i++) { const p = makePost(280, i); for (const s of segment(p)) englishCues(normalize(p.slice(s.start, s.end)).text, null); }
console.log('english cues per post ms', ((performance.now() - t) / 300).toFixed(3));
t = performance.now();
for (let i = 0; i < 300; i++) createAnalyzer(rs).analyze(makePost(280, 1000 + i), { capacity: 'personal' });
console.log('all checks per post ms', ((performance.now() - t) / 300).toFixed(3));
