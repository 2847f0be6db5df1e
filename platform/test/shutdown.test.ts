import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const fixture = fileURLToPath(new URL('./fixtures/stop-on-signal.ts', import.meta.url));

/** Starts the fixture, sends SIGINT at each of `at` (ms after it is ready), returns its exit code. */
async function exitCodeAfterSignals(stopMs: number, at: number[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, String(stopMs)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve) =>
    child.stdout.on('data', (chunk) => String(chunk).includes('ready') && resolve()),
  );
  for (const delay of at) setTimeout(() => child.kill('SIGINT'), delay);
  return exited;
}

describe('stopOnSignal', () => {
  it('finishes a clean shutdown when one Ctrl-C arrives twice at once', async () => {
    expect(await exitCodeAfterSignals(800, [0, 20])).toBe(0);
  });

  it('exits at once, with a failure code, when a person signals again while it stops', async () => {
    expect(await exitCodeAfterSignals(10_000, [0, 1500])).toBe(1);
  });
});
