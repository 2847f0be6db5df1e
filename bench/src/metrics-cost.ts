import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { RequestMetrics, ServiceMetrics } from '@civicgraph/platform';
import { parsePrometheusText } from '@civicgraph/platform/testing';

// What /metrics costs a server: the recording every request pays (the HTTP hook and
// the GraphQL plugin, both as the server runs them, without the server around them),
// and a scrape (time and size) with a few operation names and at the label bound,
// where a client inventing names can push it and no further.

const REQUESTS = 200_000;
const SCRAPES = 20;

type OnResponse = (request: unknown, reply: unknown) => Promise<void>;

/** The request metrics with their two hooks taken out, to call them directly. */
function recorder() {
  const service = new ServiceMetrics();
  const metrics = new RequestMetrics(service);
  let onResponse: OnResponse | null = null;
  metrics.installHttpHooks({
    addHook: (_name: string, hook: OnResponse) => {
      onResponse = hook;
    },
  } as unknown as Parameters<RequestMetrics['installHttpHooks']>[0]);
  const plugin = metrics.apolloPlugin();
  return { service, onResponse: onResponse!, plugin };
}

async function recordRequests(count: number, names: number) {
  const { service, onResponse, plugin } = recorder();
  const request = { method: 'POST', routeOptions: { url: '/graphql' } };
  const reply = { statusCode: 200, elapsedTime: 3.2 };
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const listener = await plugin.requestDidStart!({} as never);
    await listener!.willSendResponse!({
      operation: { operation: 'query' },
      operationName: `Operation${i % names}`,
      response: {
        body: {
          kind: 'single',
          singleResult:
            i % 50 === 0
              ? { errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }] }
              : {},
        },
      },
    } as never);
    await onResponse(request, reply);
  }
  const microseconds = ((performance.now() - started) * 1000) / count;
  return { service, microseconds };
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function scrapeCost(service: ServiceMetrics) {
  const times: number[] = [];
  let text = '';
  for (let i = 0; i < SCRAPES; i++) {
    const started = performance.now();
    text = await service.exposition();
    times.push(performance.now() - started);
  }
  return {
    milliseconds: median(times),
    bytes: Buffer.byteLength(text),
    series: parsePrometheusText(text).length,
  };
}

const load = (when: string) => `${when} ${loadavg()[1]!.toFixed(1)}`;
const loadBefore = load('at the start');
// Warm-up: the JIT, and prom-client's label-key caches.
await recordRequests(20_000, 20);
const few = await recordRequests(REQUESTS, 20);
const bound = await recordRequests(REQUESTS, 1000);
const fewScrape = await scrapeCost(few.service);
const boundScrape = await scrapeCost(bound.service);
const loadAfter = load('at the end');

const report = `# /metrics: what recording and scraping cost (${new Date().toISOString().slice(0, 10)})

Written by \`pnpm --filter @civicgraph/bench bench:metrics\`. Machine: ${cpus().length} × ${cpus()[0]?.model.trim()},
${Math.round(totalmem() / 2 ** 20)} MB, Node ${process.version}. Load average (5 min) ${loadBefore},
${loadAfter}: other work shared the machine, so read the figures as orders of magnitude.

Recording: the HTTP hook and the GraphQL plugin as a server runs them for one request
(one in fifty with an error), ${REQUESTS.toLocaleString('en')} times in a row. Scrape: \`exposition()\`
(the process's metrics and the server's), median of ${SCRAPES}.

| case | recording µs / request | scrape ms | scrape KiB | samples |
|---|---|---|---|---|
| 20 operation names | ${few.microseconds.toFixed(2)} | ${fewScrape.milliseconds.toFixed(2)} | ${(fewScrape.bytes / 1024).toFixed(0)} | ${fewScrape.series} |
| 1,000 names sent, 200 kept (the bound), the rest \`(other)\` | ${bound.microseconds.toFixed(2)} | ${boundScrape.milliseconds.toFixed(2)} | ${(boundScrape.bytes / 1024).toFixed(0)} | ${boundScrape.series} |
`;
console.log(report);
const results = new URL('../results/', import.meta.url);
await mkdir(results, { recursive: true });
await writeFile(new URL('metrics.md', results), report);
