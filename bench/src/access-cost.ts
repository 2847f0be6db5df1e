import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type LoadResult, load } from './load';

// What verifying the caller and signing it to every subgraph costs the gateway:
// requests per second of one query through a gateway without access checks and
// through the gateway with them (anonymous, staff token, partner key), side by side
// in one run, alternating rounds (ratios, not absolute figures, compare across
// machines). The subgraphs are stand-ins that answer at once, so the gateway's own
// work is all there is to measure: with real subgraphs the share is smaller.

const QUERY = '{ services { code name } }';
const CONCURRENCY = 8;
/**
 * Many short rounds, each case once per round in turn: on a shared machine the load
 * from elsewhere drifts, and a ratio within one round sees the same drift on both sides.
 */
const ROUNDS = 10;

interface Servers {
  without: string;
  signingOnly: string;
  with: string;
  staff: Record<string, string>;
  partner: Record<string, string>;
}

export interface AccessCost {
  requests: number;
  runs: Record<string, LoadResult[]>;
  report: string;
}

function startServers(): Promise<{ servers: Servers; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/access-cost-servers.ts'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const ready = /^READY (.+)$/m.exec(output);
      if (!ready) return;
      child.stdout.off('data', onData);
      resolve({
        servers: JSON.parse(ready[1]!) as Servers,
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGINT');
          }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('exit', (code) => reject(new Error(`bench servers exited with ${code}:\n${output}`)));
  });
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs the comparison with `requests` per case in all; returns the figures and a report. */
export async function measureAccessCost(requests: number): Promise<AccessCost> {
  const perRound = Math.max(50, Math.round(requests / ROUNDS));
  const { servers, stop } = await startServers();
  const cases: Array<[string, string, Record<string, string>]> = [
    ['without access checks (no credentials, unsigned calls)', servers.without, {}],
    ['signing only (anonymous caller signed, checked by the subgraph)', servers.signingOnly, {}],
    ['with: anonymous (+ limits, rate limit)', servers.with, {}],
    ['with: staff access token (+ token and session check)', servers.with, servers.staff],
    ['with: partner API key (+ key check)', servers.with, servers.partner],
  ];
  const runs: Record<string, LoadResult[]> = Object.fromEntries(cases.map(([name]) => [name, []]));
  try {
    for (const [, url, headers] of cases) await load(url, QUERY, 200, CONCURRENCY, headers); // warm-up
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, url, headers] of cases) {
        runs[name]!.push(await load(url, QUERY, perRound, CONCURRENCY, headers));
      }
    }
  } finally {
    await stop();
  }
  const baseline = runs[cases[0]![0]]!;
  const rows = cases.map(([name]) => {
    const rounds = runs[name]!;
    const ratio = median(rounds.map((r, i) => r.perSecond / baseline[i]!.perSecond));
    const perSecond = median(rounds.map((r) => r.perSecond));
    const p50 = median(rounds.map((r) => r.p50));
    return `| ${name} | ${Math.round(perSecond)} | × ${ratio.toFixed(2)} | ${p50.toFixed(1)} |`;
  });
  const report = `## Access: the cost of verifying and signing (${new Date().toISOString().slice(0, 10)})

\`${QUERY}\` (one subgraph call) through three gateways in one process, in front of
stand-in subgraphs that answer at once (those behind signing gateways check every signature, as real
subgraphs do); ${ROUNDS} rounds of ${perRound} requests per case, the cases in turn within
each round, ${CONCURRENCY} in flight; medians over the rounds, and the median of each
round's ratio to the same round without checks. The load generator runs in another process.

| case | req/s | vs. without | p50 ms |
|---|---|---|---|
${rows.join('\n')}
`;
  return { requests, runs, report };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { report } = await measureAccessCost(Number(process.argv[2] ?? 1000));
  console.log(report);
}
