import { collectDefaultMetrics, Registry } from 'prom-client';

let processRegistry: Registry | null = null;

/**
 * The Node and process metrics (CPU, memory, event-loop lag, GC), registered once per
 * process: they describe the process, whatever number of servers it runs.
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * One server's metrics: its own registry, served at its `/metrics` with the process's.
 * A registry per server rather than per process, because tests and the one-process
 * stack run the gateway and four subgraphs in one process, and each `/metrics` must
 * describe its own server (a deployment runs one per process, where the two agree).
 */
export class ServiceMetrics {
  readonly registry = new Registry();

  /** The Prometheus text format's content type. */
  get contentType(): string {
    return this.registry.contentType;
  }

  /** The process's metrics, then this server's, in the Prometheus text format. */
  async exposition(): Promise<string> {
    const [process, own] = await Promise.all([processMetrics().metrics(), this.registry.metrics()]);
    return `${process}\n${own}`;
  }
}
