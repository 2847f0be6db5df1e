import { postGraphQL } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { query } from '../src/outbox-rows';
import { createPartnerKey, signInAs, startSeededStack } from '../src/testing';

// Utility accounts and bills through the real gateway, for the callers it signs in
// itself: billing staff read any account and its bills; a dispatcher, an admin, a
// partner key (even one holding residents:act, without a resident's consent) and the
// anonymous are refused. Residents' own reads are tested in the accounts subgraph with
// signed resident callers (their sign-in and partner consent arrive with their own
// part of the issue).

let stack: RunningStack;
let accountId: string;
let billId: string;

const ACCOUNT = `query ($id: ID!) { utilityAccount(id: $id) {
  accountNumber serviceAddress holderCount balance { amountCents currency }
  bills(first: 2) { totalCount edges { node { id status dueDate amountDue { amountCents } } } }
} }`;
const BILL =
  'query ($id: ID!) { bill(id: $id) { id status lineItems { kind description(locale: ES) } } }';

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 13, requests: 20, now: new Date('2026-11-20T15:00:00Z') },
  });
  const { rows } = await query<{ account: string; bill: string }>(
    stack.databaseUrl,
    `select a.id as account, (select b.id from accounts.bills b where b.utility_account_id = a.id
       order by b.statement_date desc limit 1) as bill
     from accounts.utility_accounts a where a.account_number = '4000000002'`,
    [],
  );
  accountId = rows[0]!.account;
  billId = rows[0]!.bill;
});

afterAll(async () => {
  await stack?.close();
});

function ask(document: string, id: string, headers: Record<string, string>) {
  return postGraphQL<Record<string, unknown>>(
    `${stack.url}/graphql`,
    document,
    { id },
    { headers },
  );
}

describe('through the gateway', () => {
  it('billing staff read an account, its 24 bills and their line items', async () => {
    const billing = await signInAs(stack.url, 'BILLING');
    const account = await ask(ACCOUNT, accountId, billing);
    expect(account.errors).toBeUndefined();
    expect(account.data?.utilityAccount).toMatchObject({
      accountNumber: '4000000002',
      balance: { amountCents: expect.any(Number), currency: 'USD' },
      bills: { totalCount: 24 },
    });
    // The demo's rental account stopped paying: its newest bill is past due.
    const bills = (
      account.data!.utilityAccount as { bills: { edges: Array<{ node: { status: string } }> } }
    ).bills.edges;
    expect(bills[0]?.node.status).toBe('PAST_DUE');
    const bill = await ask(BILL, billId, billing);
    expect(bill.errors).toBeUndefined();
    expect(JSON.stringify(bill.data)).toMatch(/Residuos sólidos/);
  });

  it.each([
    ['a dispatcher', () => signInAs(stack.url, 'DISPATCHER'), 'FORBIDDEN'],
    ['an admin', () => signInAs(stack.url, 'ADMIN'), 'FORBIDDEN'],
    [
      'a partner key with residents:act but no resident',
      async () => ({ 'x-api-key': await createPartnerKey(stack.url, ['RESIDENTS_ACT']) }),
      'FORBIDDEN',
    ],
    [
      'a partner key with every scope',
      async () => ({
        'x-api-key': await createPartnerKey(stack.url, [
          'CATALOG_READ',
          'REQUESTS_READ',
          'REQUESTS_WRITE',
          'DATA_READ',
          'RESIDENTS_ACT',
        ]),
      }),
      'FORBIDDEN',
    ],
    ['the anonymous', async () => ({}), 'UNAUTHENTICATED'],
  ])('refuses %s the account and the bill', async (_label, headersOf, code) => {
    const headers = await headersOf();
    for (const [document, id] of [
      [ACCOUNT, accountId],
      [BILL, billId],
    ] as const) {
      const result = await ask(document, id, headers);
      expect(result.status).toBeLessThan(500);
      expect(Object.values(result.data ?? {}).every((v) => v === null)).toBe(true);
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual([code]);
      expect(JSON.stringify(result)).not.toMatch(/4000000002/);
    }
  });

  it('refuses linking to staff and partners without a resident', async () => {
    for (const headers of [
      await signInAs(stack.url, 'BILLING'),
      { 'x-api-key': await createPartnerKey(stack.url, ['RESIDENTS_ACT']) },
    ]) {
      const result = await postGraphQL(
        `${stack.url}/graphql`,
        'mutation { linkUtilityAccount(input: {accountNumber: "4000000100", pin: "123456"}) { utilityAccount { id } } }',
        {},
        { headers },
      );
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });
});
