import type { DemoCity } from '@civicgraph/demo-city';
import { chunks, hasRows, rowsPerInsert, zonedInstant } from '@civicgraph/platform';
import type { Kysely } from 'kysely';
import { hashPin } from '../billing/account-pin';
import { DEMO_RESIDENTS, demoAccounts, demoResidentEmail } from '../billing/demo-billing';
import type { AccountsDatabase } from './database';

/**
 * The demo residents' ids by DEMO_RESIDENTS index, found by email; any the residents'
 * own seed has not created yet are created here (without a password).
 */
async function demoResidentIds(db: Kysely<AccountsDatabase>, city: DemoCity) {
  const emails = DEMO_RESIDENTS.map((r) => demoResidentEmail(r, city.profile.jurisdictionId));
  await db
    .insertInto('residents')
    .values(
      DEMO_RESIDENTS.map((r, i) => ({
        email: emails[i]!,
        fullName: r.fullName,
        preferredLanguage: r.preferredLanguage,
      })),
    )
    .onConflict((oc) => oc.column('email').doNothing())
    .execute();
  const rows = await db
    .selectFrom('residents')
    .select(['id', 'email'])
    .where('email', 'in', emails)
    .execute();
  const byEmail = new Map(rows.map((r) => [r.email, r.id]));
  return emails.map((email) => byEmail.get(email)!);
}

/**
 * The demo city's utility accounts, bills, line items and the payments behind them,
 * and the billing city's time zone. Runs after the residents' own seed (it links the
 * demo residents by email); does nothing when accounts exist already.
 */
export async function seedBilling(db: Kysely<AccountsDatabase>, city: DemoCity) {
  if (await hasRows(db, 'utilityAccounts')) return;
  const timeZone = city.profile.timeZone;
  const accounts = demoAccounts(city);
  const pinHashes = await Promise.all(accounts.map((a) => hashPin(a.pin)));

  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('billingSettings')
      .values({ singleton: true, timeZone })
      .onConflict((oc) => oc.column('singleton').doUpdateSet({ timeZone }))
      .execute();
    const residentIds = await demoResidentIds(trx, city);
    await trx
      .insertInto('utilityAccounts')
      .values(
        accounts.map((a, i) => ({
          id: a.id,
          accountNumber: a.accountNumber,
          serviceAddress: a.serviceAddress,
          pinHash: pinHashes[i]!,
        })),
      )
      .execute();
    const links = accounts.flatMap((a) =>
      a.holders.map((h) => ({ residentId: residentIds[h]!, utilityAccountId: a.id })),
    );
    if (links.length > 0) await trx.insertInto('residentUtilityAccounts').values(links).execute();

    const bills = accounts.flatMap((a) =>
      a.statements.map((s) => ({
        id: s.id,
        utilityAccountId: a.id,
        periodStart: s.periodStart,
        periodEnd: s.periodEnd,
        statementDate: s.statementDate,
        dueDate: s.dueDate,
        previousBalanceCents: s.previousBalanceCents,
        paymentsReceivedCents: s.paymentsReceivedCents,
        newChargesCents: s.newChargesCents,
        amountDueCents: s.amountDueCents,
      })),
    );
    for (const rows of chunks(bills, rowsPerInsert(10))) {
      await trx.insertInto('bills').values(rows).execute();
    }
    const items = accounts.flatMap((a) =>
      a.statements.flatMap((s) =>
        s.lineItems.map((item, position) => ({ billId: s.id, position, ...item })),
      ),
    );
    for (const rows of chunks(items, rowsPerInsert(6))) {
      await trx.insertInto('billLineItems').values(rows).execute();
    }
    const payments = accounts.flatMap((a) =>
      a.statements.flatMap((s) =>
        s.payments.map((p, i) => {
          // Midday in the city, so the payment falls on its date whatever the zone.
          const settledAt = zonedInstant(p.paidOn, 12 * 60, timeZone);
          const id = s.paymentIds[i]!;
          return {
            id,
            utilityAccountId: a.id,
            billId: s.id,
            residentId: a.holders.length > 0 ? residentIds[a.holders[0]!]! : null,
            amountCents: p.amountCents,
            status: 'SUCCEEDED' as const,
            source: p.source,
            idempotencyScope: 'demo-seed',
            idempotencyKey: id,
            requestHash: 'demo-seed',
            processor: 'sandbox',
            processorReference: `demo-${id}`,
            createdAt: new Date(settledAt.getTime() - 2_000),
            settledAt,
          };
        }),
      ),
    );
    for (const rows of chunks(payments, rowsPerInsert(16))) {
      await trx.insertInto('payments').values(rows).execute();
    }
  });
}
