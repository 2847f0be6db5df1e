import type { SeedProgress } from '@civicgraph/demo-city';

/**
 * Prints seeding progress on one line per table (rewritten in place on a terminal,
 * at most every 10% otherwise, so CI logs stay short).
 */
export function printSeedProgress(stream: NodeJS.WriteStream = process.stderr): SeedProgress {
  const started = new Map<string, number>();
  const lastDecile = new Map<string, number>();
  return (table, done, total) => {
    const now = performance.now();
    if (!started.has(table)) started.set(table, now);
    const seconds = (now - started.get(table)!) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
    const line = `${table}: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} (${percent}%, ${rate.toLocaleString('en-US')} rows/s)`;
    if (stream.isTTY) {
      stream.write(`\r${line}${done >= total ? '\n' : ''}`);
    } else if (Math.floor(percent / 10) !== lastDecile.get(table) || done >= total) {
      lastDecile.set(table, Math.floor(percent / 10));
      stream.write(`${line}\n`);
    }
  };
}
