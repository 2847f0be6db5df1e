import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LoadResult, load } from './load';

// What tracing costs a request: the dispatcher's federated list query through
// in-process stacks side by side, each in its own process (tracing-overhead-stack.ts):
// - "before": the code at BASELINE (a git ref; default base14, before tracing and
//   request ids), checked out into a temporary folder that borrows this checkout's
//   node_modules;
// - "tracing off": this code with no OTEL_EXPORTER_OTLP_ENDPOINT: request ids and log
//   fields only, no tracer provider;
// - "tracing on": every request, subgraph call and SQL statement a span, exported over
//   OTLP/HTTP.
// Many short rounds, the cases in turn within each round (the machine's other load
// drifts; a ratio within one round sees the same drift on both sides).
//   pnpm --filter @civicgraph/bench exec node --import tsx src/tracing-overhead.ts [requests] [ref] [none,off,on]

const REQUESTS = Number(process.argv[2] ?? 1500);
const BASELINE = process.argv[3] ?? 'base14';
/**
 * Which cases, e.g. `none,off` (before, off): three stacks' pools at once can pass a
 * PostgreSQL's 100 connections on a machine others share.
 */
const MODES = (process.argv[4] ?? 'none,off,on').split(',') as Array<'none' | 'off' | 'on'>;
const CASE_NAMES = {
  none: 'before tracing',
  off: 'tracing off',
  on: 'tracing on (OTLP/HTTP)',
} as const;
const ROUNDS = 10;
const CONCURRENCY = 8;
const QUERY = `query DispatcherBoard { workOrders(first: 50, filter: { open: true }) {
  edges { node { id number status priority summary createdAt dueAt
    assignee { name } department { name } asset { tag assetType { name } } } } } }`;

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const benchDir = fileURLToPath(new URL('..', import.meta.url));

/** The sources at `ref`, runnable: each package's node_modules links copied, the store shared. */
async function checkout(ref: string): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'civicgraph-baseline-'));
  execFileSync('sh', ['-c', `git archive "${ref}" | tar -x -C "${folder}"`], {
    cwd: repositoryRoot,
  });
  await symlink(path.join(repositoryRoot, 'node_modules'), path.join(folder, 'node_modules'));
  const packageModules = execFileSync(
    'find',
    ['.', '-mindepth', '2', '-maxdepth', '3', '-name', 'node_modules', '-type', 'd'],
    { cwd: repositoryRoot, encoding: 'utf8' },
  )
    .split('\n')
    .filter((dir) => dir && !dir.startsWith('./node_modules/'));
  for (const dir of packageModules) {
    await cp(path.join(repositoryRoot, dir), path.join(folder, dir), {
      recursive: true,
      verbatimSymlinks: true,
    });
  }
  return folder;
}

interface Stack {
  url: string;
  headers: Record<string, string>;
  child: ChildProcess;
}

function startStack(root: string, mode: 'none' | 'off' | 'on'): Promise<Stack> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/tracing-overhead-stack.ts', root, mode],
    { cwd: benchDir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const ready = /^READY (.+)$/m.exec(output);
      if (!ready) return;
      child.stdout?.off('data', onData);
      resolve({ ...(JSON.parse(ready[1]!) as Omit<Stack, 'child'>), child });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('exit', (code) => reject(new Error(`${mode} stack exited with ${code}:\n${output}`)));
  });
}

function stop(stack: Stack): Promise<void> {
  return new Promise((done) => {
    stack.child.once('exit', () => done());
    stack.child.kill('SIGINT');
  });
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const baselineRoot = await checkout(BASELINE);
const loadAtStart = loadavg()[1]!;
const cases: Array<[string, Stack]> = [];
try {
  // One at a time: three seedings at once would only slow each other down.
  for (const mode of MODES) {
    const root = mode === 'none' ? baselineRoot : repositoryRoot;
    cases.push([CASE_NAMES[mode], await startStack(root, mode)]);
  }
  const perRound = Math.max(50, Math.round(REQUESTS / ROUNDS));
  const runs = new Map<string, LoadResult[]>(cases.map(([name]) => [name, []]));
  for (const [, stack] of cases) await load(stack.url, QUERY, 100, CONCURRENCY, stack.headers);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, stack] of cases) {
      runs.get(name)!.push(await load(stack.url, QUERY, perRound, CONCURRENCY, stack.headers));
    }
  }
  const baseline = runs.get(cases[0]![0])!;
  const rows = cases.map(([name]) => {
    const rounds = runs.get(name)!;
    const ratio = median(rounds.map((r, i) => r.perSecond / baseline[i]!.perSecond));
    return `| ${name} | ${Math.round(median(rounds.map((r) => r.perSecond)))} | × ${ratio.toFixed(3)} | ${median(rounds.map((r) => r.p50)).toFixed(1)} | ${median(rounds.map((r) => r.p95)).toFixed(1)} |`;
  });
  const report = `## Tracing: what it costs a request (${new Date().toISOString().slice(0, 10)})

Written by \`bench/src/tracing-overhead.ts\`. Machine: ${cpus().length} × ${cpus()[0]?.model.trim()},
Node ${process.version}; load average (5 min) ${loadAtStart.toFixed(1)} at the start,
${loadavg()[1]!.toFixed(1)} at the end. In-process stacks (gateway and the four
subgraphs on one event loop, each stack its own process, the machine's PostgreSQL),
demo city of 1,000 requests; the dispatcher's federated list (50 open work orders with
assignee, department, asset: three subgraphs). ${ROUNDS} rounds of ${perRound} requests
per case, the cases in turn within each round, ${CONCURRENCY} in flight; medians over the
rounds, and the median of each round's ratio to the same round of the first case.
"Before" is \`${BASELINE}\`; "off" has no OTLP endpoint (request ids only); "on" exports
every span (gateway, subgraph calls, subgraph servers, SQL) over OTLP/HTTP.

| case | req/s | vs. first | p50 ms | p95 ms |
|---|---|---|---|---|
${rows.join('\n')}
`;
  console.log(report);
  const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));
  await mkdir(resultsDir, { recursive: true });
  await writeFile(path.join(resultsDir, `tracing-overhead-${MODES.join('-')}.md`), report);
} finally {
  await Promise.all(cases.map(([, stack]) => stop(stack)));
  await rm(baselineRoot, { recursive: true, force: true });
}
