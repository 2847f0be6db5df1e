import { ANONYMOUS } from '@civicgraph/platform';
import { dataOf, staffCaller } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstError, partnerCaller } from './access-helpers';
import { insertAccount, insertResident, residentCaller } from './billing-fixtures';
import { type AccountsHarness, startAccountsHarness } from './harness';
import { countRows, payBillAs, paymentAs } from './pay-helpers';

// Who may pay an account and read its payments: the residents who hold it (signed in,
// or through a partner app acting for them) pay and read; staff who read payments
// read; nobody else does either.

const PARTNER_APP = '0b0c4a9e-2f2e-4c55-9d57-6d3c8f1f5a10';

let subgraph: AccountsHarness;
let holder: string;
let coHolder: string;
let stranger: string;
let accountId: string;
let paymentId: string;

beforeAll(async () => {
  subgraph = await startAccountsHarness();
  holder = await insertResident(subgraph.db);
  coHolder = await insertResident(subgraph.db);
  stranger = await insertResident(subgraph.db);
  accountId = await insertAccount(subgraph.db, [holder, coHolder]);
  await insertAccount(subgraph.db, [stranger]);
  paymentId = dataOf(
    await payBillAs(subgraph, residentCaller(holder), {
      accountId,
      amountCents: 1_500,
      paymentMethodToken: 'tok_sandbox_visa',
    }),
  ).payBill.payment.id;
});

afterAll(async () => {
  await subgraph?.close();
});

const pay = (caller: Parameters<typeof payBillAs>[1]) =>
  payBillAs(subgraph, caller, {
    accountId,
    amountCents: 100,
    paymentMethodToken: 'tok_sandbox_visa',
  });

describe('payBill', () => {
  it('a co-holder, and a partner app acting for a holder, may pay', async () => {
    for (const caller of [residentCaller(coHolder), residentCaller(holder, PARTNER_APP)]) {
      expect(dataOf(await pay(caller)).payBill.payment.status).toBe('SUCCEEDED');
    }
  });

  it.each([
    ['a resident who does not hold the account', () => residentCaller(stranger), 'NOT_FOUND'],
    [
      'a partner app acting for such a resident',
      () => residentCaller(stranger, PARTNER_APP),
      'NOT_FOUND',
    ],
    [
      'a partner app with residents:act but no resident',
      () => partnerCaller(['residents:act']),
      'FORBIDDEN',
    ],
    ['an administrator', () => staffCaller('ADMIN'), 'FORBIDDEN'],
    ['a dispatcher', () => staffCaller('DISPATCHER'), 'FORBIDDEN'],
    ['anonymous', () => ANONYMOUS, 'UNAUTHENTICATED'],
  ])('%s may not, and nothing is recorded or charged', async (_who, caller, code) => {
    const before = [
      await countRows(subgraph, 'payments'),
      await countRows(subgraph, 'sandboxCharges'),
    ];
    const reply = await pay(caller());
    expect(reply.data?.payBill ?? null).toBeNull();
    expect(firstError(reply)).toMatchObject({ code });
    expect([
      await countRows(subgraph, 'payments'),
      await countRows(subgraph, 'sandboxCharges'),
    ]).toEqual(before);
  });
});

describe('payment (receipt)', () => {
  it.each([
    ['the payer', () => residentCaller(holder)],
    ['a co-holder', () => residentCaller(coHolder)],
    ['a partner app acting for a holder', () => residentCaller(coHolder, PARTNER_APP)],
    ['billing staff', () => staffCaller('BILLING')],
  ])('%s reads it', async (_who, caller) => {
    const payment = dataOf(await paymentAs(subgraph, caller(), paymentId)).payment;
    expect(payment).toMatchObject({
      id: paymentId,
      status: 'SUCCEEDED',
      method: { last4: '4242' },
    });
    expect(payment?.receiptNumber).toMatch(/^R\d{10}$/);
  });

  it('is not found for a resident who does not hold the account, or a partner acting for them', async () => {
    for (const caller of [residentCaller(stranger), residentCaller(stranger, PARTNER_APP)]) {
      const reply = await paymentAs(subgraph, caller, paymentId);
      expect(reply.errors).toBeUndefined();
      expect(reply.data?.payment).toBeNull();
    }
  });

  it.each([
    ['a dispatcher', () => staffCaller('DISPATCHER'), 'FORBIDDEN'],
    // Payments are billing's: an administrator manages staff and keys, not accounts.
    ['an administrator', () => staffCaller('ADMIN'), 'FORBIDDEN'],
    [
      'a partner app on its own',
      () => partnerCaller(['residents:act', 'requests:read']),
      'FORBIDDEN',
    ],
    ['anonymous', () => ANONYMOUS, 'UNAUTHENTICATED'],
  ])('%s is refused', async (_who, caller, code) => {
    const reply = await paymentAs(subgraph, caller(), paymentId);
    expect(reply.data?.payment ?? null).toBeNull();
    expect(firstError(reply)).toMatchObject({ code });
  });

  it('a payment reached through federation is still checked against its account', async () => {
    const reply = await subgraph.queryAs<{ _entities: Array<{ id: string } | null> }>(
      residentCaller(stranger),
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Payment { id receiptNumber } } }',
      { r: [{ __typename: 'Payment', id: paymentId }] },
    );
    expect(reply.data?._entities?.[0] ?? null).toBeNull();
    expect(firstError(reply)).toMatchObject({ code: 'FORBIDDEN' });
  });
});
