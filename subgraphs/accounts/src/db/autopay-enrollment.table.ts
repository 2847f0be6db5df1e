import type { Generated, Selectable } from 'kysely';

/** An account enrolled in AutoPay by one of its holders (one enrollment per account). */
export interface AutoPayEnrollmentTable {
  utilityAccountId: string;
  residentId: string;
  paymentMethodToken: string;
  methodBrand: string;
  methodLast4: string;
  daysBeforeDue: number;
  enrolledAt: Generated<Date>;
}

export type AutoPayEnrollment = Selectable<AutoPayEnrollmentTable>;
