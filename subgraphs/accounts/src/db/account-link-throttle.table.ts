/** Failed attempts to link a utility account, per resident and per account number. */
export interface AccountLinkThrottleTable {
  /** `resident:<id>` or `account:<ten digits>`. */
  key: string;
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
}
