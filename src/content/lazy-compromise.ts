// compromise builds its English lexicon when its code first runs (about 150 ms of one task on a slow two-core machine),
// and the engine asks it only about rare candidates (a sentence opening with a pledge verb). The extension build points
// 'compromise' here (vite.config.ts), so that work happens on the first such question instead of on the first focus.
import type Nlp from 'compromise';

type NlpFn = typeof Nlp;
declare const require: (id: string) => unknown;

let loaded: NlpFn | null = null;

/** Runs compromise's prebuilt bundle (one function, bundled unevaluated) the first time it is needed. */
function load(): NlpFn {
  // require() picks the package's prebuilt CommonJS file (the same version), which the bundler keeps unevaluated until here.
  loaded ??= require('compromise/three') as NlpFn;
  return loaded;
}

/** Stands in for compromise's default export: calls and properties reach the real one, loaded on first use. */
const nlp = new Proxy(function lazyNlp() {} as unknown as NlpFn, {
  apply: (_target, thisArg, args: unknown[]) => Reflect.apply(load(), thisArg, args),
  get: (_target, key) => Reflect.get(load(), key),
  has: (_target, key) => Reflect.has(load(), key),
});

export default nlp;
