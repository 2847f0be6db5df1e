// Process entry (bench only): autocannon against one URL, in a process of its own so
// that the load generator never shares an event loop with what it measures.
//   node --import tsx load-process.ts '<LoadPlan as JSON>'
// Prints the LoadFigures as JSON on its last line.

import autocannon from 'autocannon';
import type { LoadFigures, LoadPlan } from './load-plan';

const plan = JSON.parse(process.argv[2] ?? '{}') as LoadPlan;
const result = await autocannon({
  url: plan.url,
  method: 'POST',
  headers: { 'content-type': 'application/json', ...plan.headers },
  body: plan.body,
  connections: plan.connections,
  duration: plan.seconds,
});
const figures: LoadFigures = {
  requestsPerSecond: result.requests.average,
  requests: result.requests.total,
  p50: result.latency.p50,
  p99: result.latency.p99,
  failed: result.errors + result.timeouts + result.non2xx,
};
console.log(JSON.stringify(figures));
