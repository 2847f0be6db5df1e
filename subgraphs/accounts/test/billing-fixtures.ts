import { randomInt, randomUUID } from 'node:crypto';
import type { Caller } from '@civicgraph/platform';
import type { Kysely } from 'kysely';
import type { AccountsDatabase } from '../src/db/database';

// Residents, accounts and bills inserted directly: payments tests need them before the
// graph has fields to make them (issue 13's other helpers build those).

export async function insertResident(db: Kysely<AccountsDatabase>) {
  const row = await db
    .insertInto('residents')
    .values({ email: `resident.${randomUUID()}@example.org`, fullName: 'Test Resident' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertAccount(
  db: Kysely<AccountsDatabase>,
  holderIds: string[],
  currency = 'USD',
) {
  const accountNumber = String(randomInt(1_000_000_000, 9_999_999_999));
  const row = await db
    .insertInto('utilityAccounts')
    .values({
      accountNumber,
      serviceAddress: '200 W Washington St, Phoenix, AZ 85003',
      pinHash: 'not-a-real-hash',
      currency,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const residentId of holderIds) {
    await db
      .insertInto('residentUtilityAccounts')
      .values({ residentId, utilityAccountId: row.id })
      .execute();
  }
  return row.id;
}

export interface StatementFigures {
  statementDate: string;
  dueDate: string;
  previousBalanceCents: number;
  paymentsReceivedCents: number;
  newChargesCents: number;
}

/** A statement whose amount due adds up (the table's check insists). */
export async function insertBill(
  db: Kysely<AccountsDatabase>,
  accountId: string,
  figures: StatementFigures,
) {
  const row = await db
    .insertInto('bills')
    .values({
      utilityAccountId: accountId,
      periodStart: figures.statementDate,
      periodEnd: figures.statementDate,
      statementDate: figures.statementDate,
      dueDate: figures.dueDate,
      previousBalanceCents: figures.previousBalanceCents,
      paymentsReceivedCents: figures.paymentsReceivedCents,
      newChargesCents: figures.newChargesCents,
      amountDueCents:
        figures.previousBalanceCents - figures.paymentsReceivedCents + figures.newChargesCents,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function residentCaller(id: string, actingPartnerId?: string): Caller {
  return actingPartnerId ? { kind: 'resident', id, actingPartnerId } : { kind: 'resident', id };
}
