import { describe, expect, it } from 'vitest';
import { CoalescingRunner } from '../src/async/coalescing-runner';

/** A pass that waits until released, counting how many ran and how many at once. */
function gatedWork() {
  const state = { passes: 0, running: 0, mostAtOnce: 0, release: () => {} };
  const work = async () => {
    state.passes++;
    state.running++;
    state.mostAtOnce = Math.max(state.mostAtOnce, state.running);
    await new Promise<void>((resolve) => {
      state.release = resolve;
    });
    state.running--;
  };
  return { state, work };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('CoalescingRunner', () => {
  it('runs one pass at a time, and calls during a pass make exactly one more', async () => {
    const { state, work } = gatedWork();
    const runner = new CoalescingRunner(work, () => {});
    runner.run();
    runner.run();
    runner.run();
    runner.run();
    await tick();
    expect(state.passes).toBe(1);
    state.release();
    await tick();
    expect(state.passes).toBe(2);
    state.release();
    await tick();
    expect(state.passes).toBe(2);
    expect(state.mostAtOnce).toBe(1);
    await runner.stop();
  });

  it('reports a failed pass, ends the round, and runs again on the next call', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const runner = new CoalescingRunner(
      async () => {
        calls++;
        if (calls === 1) throw new Error('database away');
      },
      (error) => errors.push(error),
    );
    runner.run();
    await tick();
    expect(errors).toHaveLength(1);
    runner.run();
    await tick();
    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
    await runner.stop();
  });

  it('waits for the pass running when stopped, and takes no more', async () => {
    const { state, work } = gatedWork();
    const runner = new CoalescingRunner(work, () => {});
    runner.run();
    runner.run();
    await tick();
    let stopped = false;
    const stopping = runner.stop().then(() => {
      stopped = true;
    });
    await tick();
    expect(stopped).toBe(false);
    state.release();
    await stopping;
    runner.run();
    await tick();
    expect(state.passes).toBe(1);
  });
});
