export interface SignInThrottleTable {
  /** The normalised email signed in with, known or not. */
  email: string;
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
}
