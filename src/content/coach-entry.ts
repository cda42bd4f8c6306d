// The coach's one-file build starts here (vite.config.ts): its modules are evaluated a few per task, so that loading
// the engine on the first focus (lexicons compiled, tables built, libraries set up) never blocks the page for long.
import type { ContentContext } from './context.js';
import type { Coach } from './coach.js';
import { MODULE_STEPS } from './module-steps.js';
import { nextTask, runStepped } from './stepped-start.js';

declare const require: (id: string) => unknown;

export async function startCoach(ctx: ContentContext, doc: Document, host: string): Promise<Coach | null> {
  // This module's own compiling and evaluation are a task of their own: the steps start in the next one.
  await nextTask();
  if (ctx.aborted || !(await runStepped(MODULE_STEPS, () => ctx.aborted))) return null;
  // Every module it needs has run by now: this only evaluates coach.ts itself.
  const coach = require('./coach.js') as typeof import('./coach.js');
  return coach.startCoach(ctx, doc, host);
}
