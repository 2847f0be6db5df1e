import { z } from 'zod';

/** The metrics variables every deployable reads (see metrics-access.ts for the rule). */
export const metricsConfig = z.object({
  /**
   * Bearer token Prometheus presents at `/metrics`. Unset: only this machine may read
   * them, and in production nobody.
   */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
});
