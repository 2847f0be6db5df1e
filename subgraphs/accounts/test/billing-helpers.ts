import type { Caller } from '@civicgraph/platform';
import { sql } from 'kysely';
import { hashPin } from '../src/billing/account-pin';
import type { AccountsHarness } from './harness';

/** A resident of the scratch database (made here: the residents' sign-up is not needed). */
export async function newResident(subgraph: AccountsHarness, name = 'Test Resident') {
  const row = await subgraph.db
    .insertInto('residents')
    .values({ email: `r.${Math.random().toString(36).slice(2)}@example.org`, fullName: name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function residentCaller(id: string, actingPartnerId?: string): Caller {
  return actingPartnerId ? { kind: 'resident', id, actingPartnerId } : { kind: 'resident', id };
}

let nextNumber = 7_000_000_000;

/** An account nobody holds yet, with a known PIN; argon2 parameters cut down for speed. */
export async function newAccount(subgraph: AccountsHarness, pin = '482915') {
  nextNumber += 1 + Math.floor(Math.random() * 1000);
  const accountNumber = String(nextNumber);
  const row = await subgraph.db
    .insertInto('utilityAccounts')
    .values({
      accountNumber,
      serviceAddress: `${nextNumber % 9000} W Test Rd`,
      pinHash: await hashPin(pin, { memoryCost: 1024, timeCost: 1 }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, accountNumber, pin };
}

export function link(
  subgraph: AccountsHarness,
  caller: Caller,
  accountNumber: string,
  pin: string,
) {
  return subgraph.queryAs<{
    linkUtilityAccount: { utilityAccount: { id: string; holderCount: number } };
  }>(
    caller,
    `mutation ($input: LinkUtilityAccountInput!) {
      linkUtilityAccount(input: $input) { utilityAccount { id holderCount } }
    }`,
    { input: { accountNumber, pin } },
  );
}

/** Forgets every failed link attempt (tests that lock keys start from nothing). */
export async function clearLinkThrottles(subgraph: AccountsHarness) {
  await sql`delete from account_link_throttles`.execute(subgraph.db);
}
