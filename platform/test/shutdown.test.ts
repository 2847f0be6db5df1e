import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const fixture = fileURLToPath(new URL('./fixtures/stop-on-signal.ts', import.meta.url));

/**
 * Starts the fixture, sends SIGINT at each of `at` (ms after it is ready), returns its
 * exit code and what it wrote.
 */
async function exitAfterSignals(stopMs: number, at: number[], deadlineMs?: number) {
  const args = [String(stopMs), ...(deadlineMs ? [String(deadlineMs)] : [])];
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve) =>
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('ready')) resolve();
    }),
  );
  for (const delay of at) setTimeout(() => child.kill('SIGINT'), delay);
  const code = await exited;
  return { code, output };
}

describe('stopOnSignal', () => {
  it('finishes a clean shutdown when one Ctrl-C arrives twice at once', async () => {
    expect((await exitAfterSignals(800, [0, 20])).code).toBe(0);
  });

  it('exits at once, with a failure code, when a person signals again while it stops', async () => {
    expect((await exitAfterSignals(10_000, [0, 1500])).code).toBe(1);
  });

  it('exits by itself, with a failure code and a log line, when stopping outlasts its deadline', async () => {
    // One signal only: the stop would take a minute, the deadline cuts it.
    const { code, output } = await exitAfterSignals(60_000, [0], 500);
    expect(code).toBe(1);
    expect(output).toContain('shutdown did not finish in time');
  });
});
