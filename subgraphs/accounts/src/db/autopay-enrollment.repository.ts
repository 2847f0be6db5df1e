import type { Insertable } from 'kysely';
import { type Kysely, sql } from 'kysely';
import type { AutoPayEnrollmentTable } from './autopay-enrollment.table';
import type { AccountsDatabase } from './database';

type Db = Kysely<AccountsDatabase>;

export function enrollmentsByAccountIds(db: Db, accountIds: readonly string[]) {
  return db
    .selectFrom('autopayEnrollments')
    .selectAll()
    .where('utilityAccountId', 'in', accountIds)
    .execute();
}

/** Enrolls the account, or replaces its enrollment (another holder, method or day). */
export function upsertEnrollment(db: Db, enrollment: Insertable<AutoPayEnrollmentTable>) {
  return db
    .insertInto('autopayEnrollments')
    .values(enrollment)
    .onConflict((oc) =>
      oc.column('utilityAccountId').doUpdateSet({
        residentId: enrollment.residentId,
        paymentMethodToken: enrollment.paymentMethodToken,
        methodBrand: enrollment.methodBrand,
        methodLast4: enrollment.methodLast4,
        daysBeforeDue: enrollment.daysBeforeDue,
        enrolledAt: sql<Date>`now()`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteEnrollment(db: Db, accountId: string) {
  const result = await db
    .deleteFrom('autopayEnrollments')
    .where('utilityAccountId', '=', accountId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/**
 * Enrolled accounts whose newest bill is due for AutoPay on `today` (the city's
 * calendar date): today is within [due date − days before due, due date], and the
 * bill asks for money. A bill past its due date is left to the resident: AutoPay
 * never pays late on its own.
 */
export function billsDueForAutoPay(db: Db, today: string) {
  return db
    .selectFrom('autopayEnrollments as e')
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('bills')
          .select(['bills.id', 'bills.dueDate', 'bills.amountDueCents', 'bills.currency'])
          .whereRef('bills.utilityAccountId', '=', 'e.utilityAccountId')
          .orderBy('bills.statementDate', 'desc')
          .limit(1)
          .as('b'),
      (join) => join.onTrue(),
    )
    .select([
      'e.utilityAccountId',
      'e.residentId',
      'e.paymentMethodToken',
      'b.id as billId',
      'b.amountDueCents',
      'b.currency',
    ])
    .where('b.amountDueCents', '>', '0')
    .where(sql<boolean>`${today}::date between b.due_date - e.days_before_due and b.due_date`)
    .orderBy('e.utilityAccountId')
    .execute();
}
