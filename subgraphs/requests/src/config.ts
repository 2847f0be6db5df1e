import { configFields } from '@civicgraph/platform';
import { z } from 'zod';

/**
 * The requests subgraph's own variables. The process's and the stack's config modules
 * load them with theirs (SubgraphDefinition.config); the subgraph reads the result.
 */
export const requestsConfig = z.object({
  /** Seconds between two scans for work that has become overdue. */
  OVERDUE_SCAN_SECONDS: configFields.positiveInt(30),
  /** Days outbox events are kept; readers that fall further behind resync. */
  OUTBOX_RETENTION_DAYS: configFields.positiveInt(14),
});

export type RequestsConfig = z.output<typeof requestsConfig>;

/** The requests variables out of an already loaded config; defaults where it has none. */
export function requestsSettings(loaded: Readonly<Record<string, unknown>>): RequestsConfig {
  // z.object keeps only its own keys: the rest of the loaded config is dropped.
  return requestsConfig.parse(loaded);
}
