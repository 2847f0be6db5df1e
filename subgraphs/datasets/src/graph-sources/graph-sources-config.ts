import { configFields } from '@civicgraph/platform';
import { z } from 'zod';

/**
 * The variables of the datasets kept from the graph. The process's and the stack's
 * config modules load them with theirs (SubgraphDefinition.config).
 */
export const graphSourcesConfig = z.object({
  /**
   * Seconds between two refreshes of the assets inventory. Hourly by default: assets
   * change by staff edits and inspections, a few a day, and the catalog promises the
   * inventory daily; a refresh costs one `assets` page per 500 assets and writes
   * nothing when nothing changed.
   */
  ASSETS_INVENTORY_REFRESH_SECONDS: configFields.positiveInt(3600),
});

export type GraphSourcesConfig = z.output<typeof graphSourcesConfig>;

/** The variables out of an already loaded config; defaults where it has none. */
export function graphSourcesSettings(
  loaded: Readonly<Record<string, unknown>>,
): GraphSourcesConfig {
  return graphSourcesConfig.parse(loaded);
}
