// Runs a list of steps a few per task: each task stops once it has run for the budget, so none becomes a long task.

/** How long one task keeps running steps before it lets the page have the main thread (a long task is over 50 ms). */
export const STEP_BUDGET_MS = 8;

/** Resolves in a later task; a message, unlike a nested setTimeout, is not clamped to 4 ms. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Runs `steps` in order, yielding to the page through `yieldTask` whenever a task has used `budget` ms; stops when `stop()` says so. */
export async function runStepped(
  steps: ReadonlyArray<() => unknown>,
  stop: () => boolean = () => false,
  budget = STEP_BUDGET_MS,
  yieldTask: () => Promise<void> = nextTask,
  now: () => number = () => performance.now(),
): Promise<boolean> {
  let started = now();
  for (const step of steps) {
    if (now() - started >= budget) {
      await yieldTask();
      if (stop()) return false;
      started = now();
    }
    step();
  }
  return true;
}
