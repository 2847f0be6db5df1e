import { randomUUID } from 'node:crypto';
import { dataOf } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { accountBalance } from '../src/billing/balance';
import { reconcilePendingPayments } from '../src/payments/reconcile';
import { SandboxProcessor } from '../src/payments/sandbox-processor';
import { firstError } from './access-helpers';
import { insertAccount, insertBill, insertResident, residentCaller } from './billing-fixtures';
import { type AccountsHarness, startAccountsHarness } from './harness';
import { payBillAs } from './pay-helpers';

let subgraph: AccountsHarness;
let residentId: string;
let accountId: string;

beforeAll(async () => {
  subgraph = await startAccountsHarness();
});

afterAll(async () => {
  await subgraph?.close();
});

// A fresh resident and account per test: counts below are per account.
beforeEach(async () => {
  residentId = await insertResident(subgraph.db);
  accountId = await insertAccount(subgraph.db, [residentId]);
  await insertBill(subgraph.db, accountId, {
    statementDate: '2026-11-01',
    dueDate: '2026-11-22',
    previousBalanceCents: 0,
    paymentsReceivedCents: 0,
    newChargesCents: 12_345,
  });
});

const pay = (input: Parameters<typeof payBillAs>[2]) =>
  payBillAs(subgraph, residentCaller(residentId), input);

async function paymentsOfAccount() {
  return subgraph.db
    .selectFrom('payments')
    .selectAll()
    .where('utilityAccountId', '=', accountId)
    .execute();
}

async function chargesFor(paymentIds: string[]) {
  if (paymentIds.length === 0) return [];
  return subgraph.db
    .selectFrom('sandboxCharges')
    .selectAll()
    .where('idempotencyKey', 'in', paymentIds)
    .execute();
}

/** Every payment of the account and every charge the processor made for them. */
async function ledger() {
  const payments = await paymentsOfAccount();
  const charges = await chargesFor(payments.map((p) => p.id));
  return { payments, charges };
}

function reconcileNow() {
  // `before` in the future: the test does not wait out the grace period.
  return reconcilePendingPayments(subgraph.db, new SandboxProcessor(subgraph.db), {
    before: new Date(Date.now() + 60_000),
  });
}

describe('payBill idempotency', () => {
  it('the same key and payload returns the first payment; one charge', async () => {
    const input = {
      accountId,
      amountCents: 5_000,
      paymentMethodToken: 'tok_sandbox_visa',
      idempotencyKey: randomUUID(),
    };
    const first = dataOf(await pay(input)).payBill;
    expect(first.replayed).toBe(false);
    expect(first.payment).toMatchObject({
      status: 'SUCCEEDED',
      amount: { amountCents: 5_000, currency: 'USD' },
      method: { brand: 'VISA', last4: '4242' },
      source: 'RESIDENT',
      failureCode: null,
    });
    expect(first.payment.receiptNumber).toMatch(/^R\d{10}$/);
    const again = dataOf(await pay(input)).payBill;
    expect(again.replayed).toBe(true);
    expect(again.payment).toEqual(first.payment);
    const { payments, charges } = await ledger();
    expect(payments).toHaveLength(1);
    expect(charges).toHaveLength(1);
    expect(charges[0]).toMatchObject({ idempotencyKey: first.payment.id, outcome: 'SUCCEEDED' });
    expect(await accountBalance(subgraph.db, accountId)).toBe(12_345 - 5_000);
  });

  it('the same key with another payload is refused and charges nothing more', async () => {
    const idempotencyKey = randomUUID();
    const base = {
      accountId,
      amountCents: 5_000,
      paymentMethodToken: 'tok_sandbox_visa',
      idempotencyKey,
    };
    dataOf(await pay(base));
    for (const other of [
      { ...base, amountCents: 5_001 },
      { ...base, paymentMethodToken: 'tok_sandbox_mastercard' },
    ]) {
      const refused = await pay(other);
      expect(refused.data?.payBill ?? null).toBeNull();
      expect(firstError(refused)).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    }
    const { payments, charges } = await ledger();
    expect(payments).toHaveLength(1);
    expect(charges).toHaveLength(1);
  });

  it('100 concurrent calls with one key make one payment and one charge', async () => {
    const input = {
      accountId,
      amountCents: 2_500,
      paymentMethodToken: 'tok_sandbox_visa',
      idempotencyKey: randomUUID(),
    };
    const replies = await Promise.all(Array.from({ length: 100 }, () => pay(input)));
    const results = replies.map((reply) => dataOf(reply).payBill);
    const ids = new Set(results.map((r) => r.payment.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    // Replays waited for the first call's outcome rather than answering PENDING.
    expect(new Set(results.map((r) => r.payment.status))).toEqual(new Set(['SUCCEEDED']));
    const { payments, charges } = await ledger();
    expect(payments).toHaveLength(1);
    expect(charges).toHaveLength(1);
    expect(await accountBalance(subgraph.db, accountId)).toBe(12_345 - 2_500);
  });

  it('keys are per payer: a co-holder using the same key makes a payment of their own', async () => {
    const other = await insertResident(subgraph.db);
    await subgraph.db
      .insertInto('residentUtilityAccounts')
      .values({ residentId: other, utilityAccountId: accountId })
      .execute();
    const input = {
      accountId,
      amountCents: 1_000,
      paymentMethodToken: 'tok_sandbox_visa',
      idempotencyKey: 'shared-key-1',
    };
    const mine = dataOf(await pay(input)).payBill.payment;
    const theirs = dataOf(await payBillAs(subgraph, residentCaller(other), input)).payBill.payment;
    expect(theirs.id).not.toBe(mine.id);
    expect((await ledger()).charges).toHaveLength(2);
  });
});

describe('sandbox outcomes', () => {
  it.each([
    ['tok_sandbox_declined', 'CARD_DECLINED', '0002'],
    ['tok_sandbox_insufficient_funds', 'INSUFFICIENT_FUNDS', '9995'],
  ])('%s: the payment FAILS with %s and the balance is unchanged', async (token, code, last4) => {
    const input = {
      accountId,
      amountCents: 4_000,
      paymentMethodToken: token,
      idempotencyKey: randomUUID(),
    };
    const payment = dataOf(await pay(input)).payBill.payment;
    expect(payment).toMatchObject({
      status: 'FAILED',
      failureCode: code,
      receiptNumber: null,
      method: { last4 },
    });
    expect(payment.settledAt).not.toBeNull();
    // A retry with the same key is the same failure, not a second attempt.
    const again = dataOf(await pay(input)).payBill;
    expect(again).toMatchObject({ replayed: true, payment: { id: payment.id, status: 'FAILED' } });
    const { payments, charges } = await ledger();
    expect(payments).toHaveLength(1);
    expect(charges.map((c) => c.outcome)).toEqual([code]);
    expect(await accountBalance(subgraph.db, accountId)).toBe(12_345);
    // Reconciliation leaves settled payments alone.
    await reconcileNow();
    expect((await paymentsOfAccount())[0]?.status).toBe('FAILED');
  });

  it('network error after the charge: PENDING, then reconciliation makes it one SUCCEEDED payment with one charge', async () => {
    const input = {
      accountId,
      amountCents: 7_000,
      paymentMethodToken: 'tok_sandbox_network_error_after_charge',
      idempotencyKey: randomUUID(),
    };
    const payment = dataOf(await pay(input)).payBill.payment;
    expect(payment).toMatchObject({
      status: 'PENDING',
      failureCode: 'NETWORK_ERROR',
      receiptNumber: null,
    });
    // The charge happened; the balance does not count it until it is known.
    expect((await ledger()).charges).toHaveLength(1);
    expect(await accountBalance(subgraph.db, accountId)).toBe(12_345);
    // The client retries (it saw a failure): same payment, still PENDING, no new charge.
    const started = Date.now();
    const retried = dataOf(await pay(input)).payBill;
    expect(retried).toMatchObject({
      replayed: true,
      payment: { id: payment.id, status: 'PENDING' },
    });
    // No longer in flight: the replay does not wait for it.
    expect(Date.now() - started).toBeLessThan(2_000);

    const counts = await reconcileNow();
    expect(counts.succeeded).toBeGreaterThanOrEqual(1);
    const settled = dataOf(await pay(input)).payBill.payment;
    expect(settled).toMatchObject({ id: payment.id, status: 'SUCCEEDED', failureCode: null });
    expect(settled.receiptNumber).toMatch(/^R\d{10}$/);
    await reconcileNow();
    const { payments, charges } = await ledger();
    expect(payments).toHaveLength(1);
    expect(charges).toHaveLength(1);
    expect(payments[0]).toMatchObject({
      status: 'SUCCEEDED',
      receiptNumber: settled.receiptNumber,
    });
    expect(await accountBalance(subgraph.db, accountId)).toBe(12_345 - 7_000);
  });

  it('timeout: PENDING, then reconciliation finds no charge and FAILS it (NOT_CHARGED)', async () => {
    const input = {
      accountId,
      amountCents: 3_000,
      paymentMethodToken: 'tok_sandbox_timeout',
      idempotencyKey: randomUUID(),
    };
    const payment = dataOf(await pay(input)).payBill.payment;
    expect(payment).toMatchObject({ status: 'PENDING', failureCode: 'TIMEOUT' });
    await reconcileNow();
    const { payments, charges } = await ledger();
    expect(charges).toHaveLength(0);
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ status: 'FAILED', failureCode: 'NOT_CHARGED' });
    expect(await accountBalance(subgraph.db, accountId)).toBe(12_345);
  });

  it('reconciliation leaves payments younger than the grace period to their caller', async () => {
    const input = { accountId, amountCents: 3_000, paymentMethodToken: 'tok_sandbox_timeout' };
    dataOf(await pay(input));
    await reconcilePendingPayments(subgraph.db, new SandboxProcessor(subgraph.db));
    expect((await paymentsOfAccount())[0]?.status).toBe('PENDING');
  });

  it('over-payment becomes a credit (a negative balance)', async () => {
    dataOf(await pay({ accountId, amountCents: 20_000, paymentMethodToken: 'tok_sandbox_visa' }));
    expect(await accountBalance(subgraph.db, accountId)).toBe(12_345 - 20_000);
  });
});

describe('payBill input', () => {
  it.each([
    [{ amountCents: 0 }, 'amountCents'],
    [{ amountCents: -5 }, 'amountCents'],
    [{ amountCents: 10_000_001 }, 'amountCents'],
    [{ idempotencyKey: 'has space' }, 'idempotencyKey'],
    [{ idempotencyKey: '' }, 'idempotencyKey'],
    [{ idempotencyKey: 'k'.repeat(256) }, 'idempotencyKey'],
    [{ paymentMethodToken: 'tok_made_up' }, 'paymentMethodToken'],
    [{ paymentMethodToken: 'tok\u0000' }, 'paymentMethodToken'],
    [{ currency: 'EUR' }, 'currency'],
    [{ accountId: 'not-an-id' }, 'accountId'],
    [{ billId: '6f1c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f' }, 'billId'],
  ])('%o is refused with BAD_USER_INPUT and records nothing', async (override, argument) => {
    const reply = await pay({
      accountId,
      amountCents: 1_000,
      paymentMethodToken: 'tok_sandbox_visa',
      ...override,
    });
    // The platform's own guard (unstorable text) names the argument by its path.
    expect(firstError(reply)).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: expect.stringMatching(new RegExp(`^(input\\.)?${argument}$`)),
    });
    expect(await paymentsOfAccount()).toHaveLength(0);
  });

  it('names a bill of the account on the payment', async () => {
    const bill = await subgraph.db
      .selectFrom('bills')
      .select('id')
      .where('utilityAccountId', '=', accountId)
      .executeTakeFirstOrThrow();
    const payment = dataOf(
      await pay({
        accountId,
        billId: bill.id,
        amountCents: 12_345,
        paymentMethodToken: 'tok_sandbox_visa',
        currency: 'USD',
      }),
    ).payBill.payment;
    const row = await subgraph.db
      .selectFrom('payments')
      .select('billId')
      .where('id', '=', payment.id)
      .executeTakeFirstOrThrow();
    expect(row.billId).toBe(bill.id);
    expect(await accountBalance(subgraph.db, accountId)).toBe(0);
  });
});
