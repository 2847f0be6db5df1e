import { configFields } from '@civicgraph/platform';
import { z } from 'zod';

/** A time zone Intl knows (IANA name): a typo would silently shift every due date. */
const timeZone = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine(
      (zone) => {
        try {
          new Intl.DateTimeFormat('en-US', { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      },
      { error: 'must be an IANA time zone, e.g. America/Phoenix' },
    );

/**
 * The accounts subgraph's own variables. The process's and the stack's config modules
 * load them with theirs (SubgraphDefinition.config); the subgraph reads the result.
 */
export const accountsConfig = z.object({
  /** Seconds between two passes settling PENDING payments with the processor. */
  PAYMENTS_RECONCILE_SECONDS: configFields.positiveInt(60),
  /** Seconds between two AutoPay passes (each pays what is due on the city's date). */
  AUTOPAY_RUN_SECONDS: configFields.positiveInt(3600),
  /** The city's time zone: bills' due dates are its calendar dates. */
  BILLING_TIME_ZONE: timeZone('America/Phoenix'),
});

export type AccountsConfig = z.output<typeof accountsConfig>;

/** The accounts variables out of an already loaded config; defaults where it has none. */
export function accountsSettings(loaded: Readonly<Record<string, unknown>>): AccountsConfig {
  return accountsConfig.parse(loaded);
}
