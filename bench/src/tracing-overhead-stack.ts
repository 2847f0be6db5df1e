import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchDatabase } from './bench-database';

// One stack of the tracing-overhead benchmark, in a process of its own:
//   tracing-overhead-stack.ts <repository root> <none|off|on>
// The whole stack in-process (startSeededStack) from the code at <repository root>:
// "none" is a checkout from before tracing, "off" and "on" this one, "on" exporting
// every span over OTLP/HTTP to a collector in this process that accepts and discards
// them (so serialising and sending spans is counted, a real collector's work is not).
// Prints `READY <json>` with the GraphQL URL and a dispatcher's headers; SIGINT stops it.

const [root, mode] = process.argv.slice(2);
if (!root || !['none', 'off', 'on'].includes(mode ?? '')) {
  throw new Error('usage: tracing-overhead-stack.ts <repository root> <none|off|on>');
}
const load = (file: string) => import(pathToFileURL(path.join(root, file)).href);

let stopTracing = async () => {};
let stopCollector = async () => {};
if (mode === 'on') {
  const collector = createServer((request, response) => {
    request.resume();
    request.on('end', () =>
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
    );
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  stopCollector = () => new Promise((resolve) => collector.close(() => resolve()));
  const { port } = collector.address() as AddressInfo;
  const { startTracing } = await load('platform/src/index.ts');
  const tracing = startTracing({
    service: 'bench',
    config: { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}` },
  });
  stopTracing = () => tracing.shutdown();
}

const { signInAs, startSeededStack } = await load('stack/src/testing.ts');
const database = await benchDatabase(`bench_tracing_${mode}`);
const stack = await startSeededStack({
  city: { seed: 311, requests: 1000, now: new Date() },
  database,
});
const headers = await signInAs(stack.url, 'DISPATCHER');
console.log(`READY ${JSON.stringify({ url: `${stack.url}/graphql`, headers })}`);

process.once('SIGINT', async () => {
  await stack.close();
  await stopTracing();
  await stopCollector();
  process.exit(0);
});
