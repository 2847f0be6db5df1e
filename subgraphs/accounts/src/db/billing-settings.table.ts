/** The billing city's settings (one row): its time zone decides when a bill is past due. */
export interface BillingSettingsTable {
  singleton: boolean;
  /** IANA time zone, e.g. America/Phoenix. */
  timeZone: string;
}
