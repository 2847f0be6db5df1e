// Process entry (bench only): Hive Gateway in front of our subgraphs, the peer that
// bench:gateway-peers measures our gateway against. Run as its own OS process:
//   node --import tsx hive-gateway-process.ts   (env: PORT, SUBGRAPH_URLS, SIGNING_SECRET)
// It prints one line, `listening <url>`, once it serves.

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { CALLER_HEADER, signCaller } from '@civicgraph/platform';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway';
import { BENCH_DISPATCHER } from './bench-caller';

const subgraphUrls = JSON.parse(process.env.SUBGRAPH_URLS ?? '{}') as Record<string, string>;
const signingSecret = process.env.SIGNING_SECRET ?? '';
const port = Number(process.env.PORT ?? 0);

/**
 * The checked-in supergraph with the real subgraph URLs in place of its placeholders
 * (`http://<name>.subgraph.invalid/graphql`), which our gateway replaces in code.
 */
function supergraphWithUrls(): string {
  // Read as a file, not through @civicgraph/gateway: this process loads none of ours.
  let sdl = readFileSync(new URL('../../../schema/supergraph.graphql', import.meta.url), 'utf8');
  for (const [name, url] of Object.entries(subgraphUrls)) {
    sdl = sdl.replaceAll(`http://${name}.subgraph.invalid/graphql`, url);
  }
  return sdl;
}

const audienceOf = new Map(Object.entries(subgraphUrls).map(([name, url]) => [url, name]));

/**
 * Our subgraphs answer only calls signed by the gateway for their exact body. Hive
 * Gateway has no notion of our sessions, so it signs every call as the bench's
 * dispatcher — the same caller the direct case signs — just before it is sent, as
 * gateway/src/subgraph-data-source.ts does for ours.
 */
const signCallsToSubgraphs: GatewayPlugin = {
  async onFetch({ url, options, setOptions }) {
    const audience = audienceOf.get(url);
    if (!audience) return;
    const body = typeof options.body === 'string' ? options.body : '';
    const method = options.method ?? 'POST';
    const signature = await signCaller(
      BENCH_DISPATCHER,
      { audience, method, path: new URL(url).pathname, body },
      signingSecret,
    );
    const headers = new Headers(options.headers as HeadersInit | undefined);
    headers.set(CALLER_HEADER, signature);
    setOptions({ ...options, headers: Object.fromEntries(headers) });
  },
};

const gateway = createGatewayRuntime({
  supergraph: supergraphWithUrls(),
  logging: 'error',
  plugins: () => [signCallsToSubgraphs],
});
const server = createServer(gateway);
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  console.log(`listening http://127.0.0.1:${boundPort}/graphql`);
});
process.once('SIGTERM', () => {
  server.close();
  void Promise.resolve(gateway.dispose()).finally(() => process.exit(0));
});
