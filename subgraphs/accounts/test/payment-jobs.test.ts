import { createLogger, localParts } from '@civicgraph/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountsSettings } from '../src/config';
import { upsertEnrollment } from '../src/db/autopay-enrollment.repository';
import { payBill } from '../src/payments/pay-bill';
import { startPaymentJobs } from '../src/payments/payment-jobs';
import { SandboxProcessor } from '../src/payments/sandbox-processor';
import { insertAccount, insertBill, insertResident } from './billing-fixtures';
import { type AccountsHarness, startAccountsHarness } from './harness';

let subgraph: AccountsHarness;

beforeAll(async () => {
  subgraph = await startAccountsHarness();
});

afterAll(async () => {
  await subgraph?.close();
});

function addDays(date: string, days: number) {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const giveUpAt = Date.now() + timeoutMs;
  while (Date.now() < giveUpAt) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe('accounts payment settings', () => {
  it('has defaults and refuses a time zone Intl does not know', () => {
    expect(accountsSettings({})).toEqual({
      PAYMENTS_RECONCILE_SECONDS: 60,
      AUTOPAY_RUN_SECONDS: 3600,
      BILLING_TIME_ZONE: 'America/Phoenix',
    });
    expect(() => accountsSettings({ BILLING_TIME_ZONE: 'America/Phoenixx' })).toThrow(/IANA/);
    expect(() => accountsSettings({ PAYMENTS_RECONCILE_SECONDS: '0' })).toThrow();
  });
});

describe('the payment jobs on their timers', () => {
  it('reconcile an old PENDING payment and pay an AutoPay bill due in the city today', async () => {
    const settings = accountsSettings({
      PAYMENTS_RECONCILE_SECONDS: '1',
      AUTOPAY_RUN_SECONDS: '1',
    });
    const today = localParts(new Date(), settings.BILLING_TIME_ZONE).date;
    const residentId = await insertResident(subgraph.db);
    const accountId = await insertAccount(subgraph.db, [residentId]);
    await insertBill(subgraph.db, accountId, {
      statementDate: addDays(today, -20),
      dueDate: addDays(today, 2),
      previousBalanceCents: 0,
      paymentsReceivedCents: 0,
      newChargesCents: 5_000,
    });
    await upsertEnrollment(subgraph.db, {
      utilityAccountId: accountId,
      residentId,
      paymentMethodToken: 'tok_sandbox_visa',
      methodBrand: 'VISA',
      methodLast4: '4242',
      daysBeforeDue: 3,
    });
    const { payment } = await payBill(
      subgraph.db,
      new SandboxProcessor(subgraph.db),
      { scope: `resident:${residentId}`, residentId, source: 'RESIDENT' },
      'job-test',
      {
        accountId,
        billId: null,
        amountCents: 700,
        currency: 'USD',
        paymentMethodToken: 'tok_sandbox_network_error_after_charge',
      },
      'USD',
    );
    // Older than reconciliation's grace period, as if the process had been down.
    await subgraph.db
      .updateTable('payments')
      .set({ createdAt: new Date(Date.now() - 10 * 60_000) })
      .where('id', '=', payment.id)
      .execute();

    const stop = startPaymentJobs(subgraph.db, settings, createLogger('test', 'silent'));
    try {
      const settled = await eventually(async () => {
        const rows = await subgraph.db
          .selectFrom('payments')
          .select(['source', 'status'])
          .where('utilityAccountId', '=', accountId)
          .execute();
        return (
          rows.some((r) => r.source === 'RESIDENT' && r.status === 'SUCCEEDED') &&
          rows.some((r) => r.source === 'AUTOPAY' && r.status === 'SUCCEEDED')
        );
      });
      expect(settled).toBe(true);
    } finally {
      await stop();
    }
    const autoPay = await subgraph.db
      .selectFrom('payments')
      .select('amountCents')
      .where('utilityAccountId', '=', accountId)
      .where('source', '=', 'AUTOPAY')
      .execute();
    // What was still owed once the reconciled 700 counted, or the whole bill if AutoPay ran first.
    expect(autoPay).toHaveLength(1);
    expect([4_300, 5_000]).toContain(Number(autoPay[0]?.amountCents));
  });
});
