import { ANONYMOUS, type Caller } from '@civicgraph/platform';
import { dataOf, staffCaller } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountBalance } from '../src/billing/balance';
import { runAutoPay } from '../src/payments/autopay';
import { SandboxProcessor } from '../src/payments/sandbox-processor';
import { firstError, partnerCaller } from './access-helpers';
import { insertAccount, insertBill, insertResident, residentCaller } from './billing-fixtures';
import { type AccountsHarness, startAccountsHarness } from './harness';
import { payBillAs } from './pay-helpers';

let subgraph: AccountsHarness;

beforeAll(async () => {
  subgraph = await startAccountsHarness();
});

afterAll(async () => {
  await subgraph?.close();
});

const AUTOPAY_FIELDS = 'accountId autoPay { daysBeforeDue enrolledByMe method { brand last4 } }';

interface AutoPayView {
  accountId: string;
  autoPay: { daysBeforeDue: number; enrolledByMe: boolean; method: { last4: string } } | null;
}

function enroll(caller: Caller, input: Record<string, unknown>) {
  return subgraph.queryAs<{ enrollAutoPay: AutoPayView }>(
    caller,
    `mutation ($input: EnrollAutoPayInput!) { enrollAutoPay(input: $input) { ${AUTOPAY_FIELDS} } }`,
    { input },
  );
}

function cancel(caller: Caller, accountId: string) {
  return subgraph.queryAs<{ cancelAutoPay: AutoPayView }>(
    caller,
    `mutation ($input: CancelAutoPayInput!) { cancelAutoPay(input: $input) { ${AUTOPAY_FIELDS} } }`,
    { input: { accountId } },
  );
}

// UtilityAccount.autoPay is read through the account (the billing branch's type rule);
// until that lands here, what the mutations left is checked in the table.
function enrollmentOf(accountId: string) {
  return subgraph.db
    .selectFrom('autopayEnrollments')
    .selectAll()
    .where('utilityAccountId', '=', accountId)
    .executeTakeFirst();
}

/** A holder, a co-holder and an account with one bill of 9 876 cents due on `dueDate`. */
async function accountWithBill(dueDate: string) {
  const holder = await insertResident(subgraph.db);
  const coHolder = await insertResident(subgraph.db);
  const accountId = await insertAccount(subgraph.db, [holder, coHolder]);
  const billId = await insertBill(subgraph.db, accountId, {
    statementDate: '2026-12-01',
    dueDate,
    previousBalanceCents: 0,
    paymentsReceivedCents: 0,
    newChargesCents: 9_876,
  });
  return { holder, coHolder, accountId, billId };
}

async function autoPayPayments(accountId: string) {
  return subgraph.db
    .selectFrom('payments')
    .selectAll()
    .where('utilityAccountId', '=', accountId)
    .where('source', '=', 'AUTOPAY')
    .execute();
}

const processor = () => new SandboxProcessor(subgraph.db);

describe('enrollAutoPay and cancelAutoPay', () => {
  it('a holder enrolls, every holder sees it, any holder cancels', async () => {
    const { holder, coHolder, accountId } = await accountWithBill('2026-12-20');
    const enrolled = dataOf(
      await enroll(residentCaller(holder), {
        accountId,
        paymentMethodToken: 'tok_sandbox_mastercard',
        daysBeforeDue: 5,
      }),
    ).enrollAutoPay;
    expect(enrolled).toMatchObject({
      accountId,
      autoPay: {
        daysBeforeDue: 5,
        enrolledByMe: true,
        method: { brand: 'MASTERCARD', last4: '4444' },
      },
    });
    expect(await enrollmentOf(accountId)).toMatchObject({ residentId: holder, daysBeforeDue: 5 });

    const cancelled = dataOf(await cancel(residentCaller(coHolder, 'a-partner-app'), accountId));
    expect(cancelled.cancelAutoPay).toEqual({ accountId, autoPay: null });
    expect(
      dataOf(await cancel(residentCaller(holder), accountId)).cancelAutoPay.autoPay,
    ).toBeNull();
    expect(await enrollmentOf(accountId)).toBeUndefined();
  });

  it('defaults to 3 days before the due date; enrolling again replaces the enrollment', async () => {
    const { holder, coHolder, accountId } = await accountWithBill('2026-12-20');
    dataOf(
      await enroll(residentCaller(holder), { accountId, paymentMethodToken: 'tok_sandbox_visa' }),
    );
    const replaced = dataOf(
      await enroll(residentCaller(coHolder), {
        accountId,
        paymentMethodToken: 'tok_sandbox_mastercard',
      }),
    ).enrollAutoPay.autoPay;
    expect(replaced).toMatchObject({
      daysBeforeDue: 3,
      enrolledByMe: true,
      method: { last4: '4444' },
    });
    const rows = await subgraph.db
      .selectFrom('autopayEnrollments')
      .selectAll()
      .where('utilityAccountId', '=', accountId)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.residentId).toBe(coHolder);
  });

  it.each([
    [{ paymentMethodToken: 'tok_not_known' }, 'paymentMethodToken'],
    [{ daysBeforeDue: 21 }, 'daysBeforeDue'],
    [{ daysBeforeDue: -1 }, 'daysBeforeDue'],
    [{ accountId: 'nope' }, 'accountId'],
  ])('%o is refused with BAD_USER_INPUT', async (override, argument) => {
    const { holder, accountId } = await accountWithBill('2026-12-20');
    const reply = await enroll(residentCaller(holder), {
      accountId,
      paymentMethodToken: 'tok_sandbox_visa',
      ...override,
    });
    expect(firstError(reply)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('others may neither enroll nor cancel', async () => {
    const { holder, accountId } = await accountWithBill('2026-12-20');
    dataOf(
      await enroll(residentCaller(holder), { accountId, paymentMethodToken: 'tok_sandbox_visa' }),
    );
    const stranger = await insertResident(subgraph.db);
    const refusals: Array<[Caller, string]> = [
      [residentCaller(stranger), 'NOT_FOUND'],
      [residentCaller(stranger, 'a-partner-app'), 'NOT_FOUND'],
      [partnerCaller(['residents:act']), 'FORBIDDEN'],
      [staffCaller('ADMIN'), 'FORBIDDEN'],
      [ANONYMOUS, 'UNAUTHENTICATED'],
    ];
    for (const [caller, code] of refusals) {
      const enrolled = await enroll(caller, {
        accountId,
        paymentMethodToken: 'tok_sandbox_declined',
      });
      expect(firstError(enrolled)).toMatchObject({ code });
      expect(firstError(await cancel(caller, accountId))).toMatchObject({ code });
    }
    // Still enrolled as the holder left it.
    expect(await enrollmentOf(accountId)).toMatchObject({
      residentId: holder,
      methodLast4: '4242',
    });
  });
});

describe('the AutoPay job', () => {
  it('pays the newest bill from its due date minus the days, once, however often it runs', async () => {
    const { holder, accountId, billId } = await accountWithBill('2026-12-20');
    dataOf(
      await enroll(residentCaller(holder), { accountId, paymentMethodToken: 'tok_sandbox_visa' }),
    );

    await runAutoPay(subgraph.db, processor(), '2026-12-16');
    expect(await autoPayPayments(accountId)).toHaveLength(0);

    // Two passes at once (two instances), then a third later the same day.
    await Promise.all([
      runAutoPay(subgraph.db, processor(), '2026-12-17'),
      runAutoPay(subgraph.db, processor(), '2026-12-17'),
    ]);
    await runAutoPay(subgraph.db, processor(), '2026-12-18');
    const payments = await autoPayPayments(accountId);
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({
      billId,
      residentId: holder,
      status: 'SUCCEEDED',
      amountCents: 9876,
      idempotencyScope: 'autopay',
      idempotencyKey: `bill:${billId}`,
    });
    const charges = await subgraph.db
      .selectFrom('sandboxCharges')
      .selectAll()
      .where('idempotencyKey', '=', payments[0]!.id)
      .execute();
    expect(charges).toHaveLength(1);
    expect(await accountBalance(subgraph.db, accountId)).toBe(0);
  });

  it('many enrolled accounts, two passes at once: one payment and one charge per bill', async () => {
    const accounts = await Promise.all(
      Array.from({ length: 12 }, () => accountWithBill('2026-12-21')),
    );
    for (const { holder, accountId } of accounts) {
      dataOf(
        await enroll(residentCaller(holder), { accountId, paymentMethodToken: 'tok_sandbox_visa' }),
      );
    }
    await Promise.all([
      runAutoPay(subgraph.db, processor(), '2026-12-19'),
      runAutoPay(subgraph.db, processor(), '2026-12-19'),
    ]);
    for (const { accountId } of accounts) {
      const payments = await autoPayPayments(accountId);
      expect(payments.map((p) => p.status)).toEqual(['SUCCEEDED']);
      expect(await accountBalance(subgraph.db, accountId)).toBe(0);
    }
  });

  it('pays only what is still owed, nothing when paid, and never after the due date', async () => {
    const partly = await accountWithBill('2026-12-24');
    const paid = await accountWithBill('2026-12-24');
    const late = await accountWithBill('2026-12-10');
    for (const { holder, accountId } of [partly, paid, late]) {
      dataOf(
        await enroll(residentCaller(holder), { accountId, paymentMethodToken: 'tok_sandbox_visa' }),
      );
    }
    dataOf(
      await payBillAs(subgraph, residentCaller(partly.holder), {
        accountId: partly.accountId,
        amountCents: 876,
        paymentMethodToken: 'tok_sandbox_visa',
      }),
    );
    dataOf(
      await payBillAs(subgraph, residentCaller(paid.coHolder), {
        accountId: paid.accountId,
        amountCents: 9_876,
        paymentMethodToken: 'tok_sandbox_visa',
      }),
    );
    await runAutoPay(subgraph.db, processor(), '2026-12-22');
    expect((await autoPayPayments(partly.accountId)).map((p) => p.amountCents)).toEqual([9000]);
    expect(await autoPayPayments(paid.accountId)).toHaveLength(0);
    expect(await autoPayPayments(late.accountId)).toHaveLength(0);
  });

  it('a declined AutoPay payment FAILS once and is not retried by the next pass', async () => {
    const { holder, accountId } = await accountWithBill('2026-12-26');
    dataOf(
      await enroll(residentCaller(holder), {
        accountId,
        paymentMethodToken: 'tok_sandbox_declined',
      }),
    );
    await runAutoPay(subgraph.db, processor(), '2026-12-24');
    await runAutoPay(subgraph.db, processor(), '2026-12-25');
    const payments = await autoPayPayments(accountId);
    expect(payments.map((p) => [p.status, p.failureCode])).toEqual([['FAILED', 'CARD_DECLINED']]);
    expect(await accountBalance(subgraph.db, accountId)).toBe(9_876);
  });

  it('a cancelled enrollment is not paid', async () => {
    const { holder, accountId } = await accountWithBill('2026-12-27');
    dataOf(
      await enroll(residentCaller(holder), { accountId, paymentMethodToken: 'tok_sandbox_visa' }),
    );
    dataOf(await cancel(residentCaller(holder), accountId));
    await runAutoPay(subgraph.db, processor(), '2026-12-26');
    expect(await autoPayPayments(accountId)).toHaveLength(0);
  });
});
