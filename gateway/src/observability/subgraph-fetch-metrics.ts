import { LATENCY_BUCKETS, type ServiceMetrics } from '@civicgraph/platform';
import { Counter, Histogram } from 'prom-client';

/**
 * How a subgraph call ended: `ok` (data, no errors), `errors` (the subgraph answered
 * with GraphQL errors, a refusal included) or `failed` (no usable answer: unreachable,
 * a 5xx, a timeout).
 */
export type FetchOutcome = 'ok' | 'errors' | 'failed';

/** The gateway's calls to its subgraphs, by subgraph and outcome. */
export class SubgraphFetchMetrics {
  private readonly fetches: Counter<'subgraph' | 'outcome'>;
  private readonly duration: Histogram<'subgraph' | 'outcome'>;

  constructor(metrics: ServiceMetrics) {
    const registers = [metrics.registry];
    this.fetches = new Counter({
      name: 'civicgraph_gateway_subgraph_fetches_total',
      help: 'Calls the gateway made to a subgraph, by subgraph and outcome (ok, errors, failed)',
      labelNames: ['subgraph', 'outcome'],
      registers,
    });
    this.duration = new Histogram({
      name: 'civicgraph_gateway_subgraph_fetch_duration_seconds',
      help: 'Time a subgraph call took, signing included, by subgraph and outcome',
      labelNames: ['subgraph', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
  }

  /** Times `fetch`, one call to `subgraph` (a name from the supergraph: bounded). */
  async measure<T extends { errors?: readonly unknown[] }>(
    subgraph: string,
    fetch: () => Promise<T>,
  ): Promise<T> {
    const started = performance.now();
    let outcome: FetchOutcome = 'failed';
    try {
      const response = await fetch();
      outcome = response.errors?.length ? 'errors' : 'ok';
      return response;
    } finally {
      const labels = { subgraph, outcome };
      this.fetches.inc(labels);
      this.duration.observe(labels, (performance.now() - started) / 1000);
    }
  }
}
