import type { BillStatusFacts } from '../db/bill.repository';

export const BILL_STATUSES = ['OPEN', 'PAID', 'PAST_DUE'] as const;
export type BillStatus = (typeof BILL_STATUSES)[number];

/**
 * A bill's status. PAID: nothing is due (a zero or credit statement), or SUCCEEDED
 * payments made since its statement date cover its amount due (a later payment that
 * clears the arrears pays the older bills too). Otherwise PAST_DUE once its due date
 * has passed in the city's time zone, OPEN until then. PENDING and FAILED payments do
 * not count: a bill is paid when the money is.
 */
export function billStatus(
  amountDueCents: number,
  facts: Pick<BillStatusFacts, 'paidSinceStatementCents' | 'dueDatePassed'>,
): BillStatus {
  if (amountDueCents <= 0 || facts.paidSinceStatementCents >= amountDueCents) return 'PAID';
  return facts.dueDatePassed ? 'PAST_DUE' : 'OPEN';
}
