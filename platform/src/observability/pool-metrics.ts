import type pg from 'pg';
import { Gauge } from 'prom-client';
import type { ServiceMetrics } from './service-metrics';

/**
 * A pg pool's use, read from the pool when Prometheus scrapes: connections open, idle
 * ones, and queries waiting for a connection (a pool too small, or a database slow).
 */
export function observePool(metrics: ServiceMetrics, name: string, pool: pg.Pool) {
  const gauge = (metric: string, help: string, read: () => number) =>
    new Gauge({
      name: metric,
      help,
      labelNames: ['pool'],
      registers: [metrics.registry],
      collect() {
        this.set({ pool: name }, read());
      },
    });
  gauge('civicgraph_db_pool_connections', 'Connections the pool holds open', () => pool.totalCount);
  gauge('civicgraph_db_pool_idle_connections', 'Open connections not in use', () => pool.idleCount);
  gauge(
    'civicgraph_db_pool_waiting_requests',
    'Queries waiting for a connection from the pool',
    () => pool.waitingCount,
  );
  gauge(
    'civicgraph_db_pool_max_connections',
    'Connections the pool may open',
    () => pool.options.max ?? 10,
  );
}
