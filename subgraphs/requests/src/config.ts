import { configFields } from '@civicgraph/platform';
import { z } from 'zod';

/**
 * The requests subgraph's own variables. The process's and the stack's config modules
 * load them with theirs (SubgraphDefinition.config); the subgraph reads the result.
 */
export const requestsConfig = z.object({
  /** Seconds between two scans for work that has become overdue. */
  OVERDUE_SCAN_SECONDS: configFields.positiveInt(30),
});

export type RequestsConfig = z.output<typeof requestsConfig>;

/** The requests variables out of an already loaded config; defaults where it has none. */
export function requestsSettings(loaded: Readonly<Record<string, unknown>>): RequestsConfig {
  return requestsConfig.parse({ OVERDUE_SCAN_SECONDS: loaded.OVERDUE_SCAN_SECONDS });
}
