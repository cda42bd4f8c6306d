import { describe, expect, it } from 'vitest';
import { nextTask, runStepped } from './stepped-start.js';

describe('runStepped', () => {
  it('runs every step in order, and yields only once a task has used its budget', async () => {
    let clock = 0;
    const log: string[] = [];
    const step = (name: string, ms: number) => () => {
      log.push(name);
      clock += ms;
    };
    const yieldTask = async () => {
      log.push('yield');
    };
    const done = await runStepped([step('a', 3), step('b', 4), step('c', 1), step('d', 9), step('e', 1)], () => false, 8, yieldTask, () => clock);
    expect(done).toBe(true);
    expect(log).toEqual(['a', 'b', 'c', 'yield', 'd', 'yield', 'e']);
  });

  it('stops at a yield when told to, without running the steps left', async () => {
    let clock = 0;
    const ran: number[] = [];
    let stopped = false;
    const steps = [1, 2, 3].map((n) => () => {
      ran.push(n);
      clock += 10;
      stopped = n === 1;
    });
    const done = await runStepped(steps, () => stopped, 8, async () => {}, () => clock);
    expect(done).toBe(false);
    expect(ran).toEqual([1]);
  });

  it('nextTask resolves after the current task', async () => {
    const order: string[] = [];
    const later = nextTask().then(() => order.push('next task'));
    await Promise.resolve().then(() => order.push('microtask'));
    await later;
    expect(order).toEqual(['microtask', 'next task']);
  });
});
