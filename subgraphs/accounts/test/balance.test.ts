import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountBalance } from '../src/billing/balance';
import { type Payer, type PaymentRequest, payBill } from '../src/payments/pay-bill';
import { reconcilePendingPayments } from '../src/payments/reconcile';
import { SANDBOX_TOKENS, SandboxProcessor } from '../src/payments/sandbox-processor';
import { insertAccount, insertBill, insertResident } from './billing-fixtures';
import { type AccountsHarness, startAccountsHarness } from './harness';

let subgraph: AccountsHarness;

beforeAll(async () => {
  subgraph = await startAccountsHarness();
});

afterAll(async () => {
  await subgraph?.close();
});

type Step =
  | { kind: 'bill'; chargesCents: number }
  | { kind: 'pay'; amountCents: number; token: string }
  | { kind: 'replay' }
  | { kind: 'reconcile' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('bill' as const),
    chargesCents: fc.integer({ min: 0, max: 50_000 }),
  }),
  fc.record({
    kind: fc.constant('pay' as const),
    amountCents: fc.integer({ min: 1, max: 60_000 }),
    token: fc.constantFrom(...Object.keys(SANDBOX_TOKENS)),
  }),
  fc.constant({ kind: 'replay' as const }),
  fc.constant({ kind: 'reconcile' as const }),
);

/** What the processor's tokens do to the money: settled now, at reconciliation, or never. */
function paidWhen(token: string): 'now' | 'at-reconciliation' | 'never' {
  const behaviour = SANDBOX_TOKENS[token]?.behaviour;
  if (behaviour === 'SUCCEEDED') return 'now';
  if (behaviour === 'NETWORK_ERROR_AFTER_CHARGE') return 'at-reconciliation';
  return 'never';
}

/** The payment's status when payBill returns, by what the token does. */
const STATUS_AFTER_CALL = {
  SUCCEEDED: 'SUCCEEDED',
  CARD_DECLINED: 'FAILED',
  INSUFFICIENT_FUNDS: 'FAILED',
  NETWORK_ERROR_AFTER_CHARGE: 'PENDING',
  TIMEOUT: 'PENDING',
} as const;

function statementDate(month: number) {
  const date = new Date(Date.UTC(2024, month, 1));
  return date.toISOString().slice(0, 10);
}

function dueDate(month: number) {
  return new Date(Date.UTC(2024, month, 22)).toISOString().slice(0, 10);
}

describe('accountBalance', () => {
  it('always equals what was billed minus the SUCCEEDED payments, whatever happens', async () => {
    const processor = new SandboxProcessor(subgraph.db);
    const reconcile = () =>
      reconcilePendingPayments(subgraph.db, processor, { before: new Date(Date.now() + 60_000) });

    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: -20_000, max: 20_000 }),
        fc.array(step, { minLength: 1, maxLength: 14 }),
        async (openingCents, steps) => {
          const residentId = await insertResident(subgraph.db);
          const accountId = await insertAccount(subgraph.db, [residentId]);
          const payer: Payer = { scope: `resident:${residentId}`, residentId, source: 'RESIDENT' };
          // The model: cents billed, cents paid, payments awaiting reconciliation.
          let billed = 0;
          let paid = 0;
          let paidSinceStatement = 0;
          let lastAmountDue = openingCents;
          let bills = 0;
          const awaitingReconciliation: number[] = [];
          let last: { key: string; request: PaymentRequest } | null = null;

          for (const s of steps) {
            if (s.kind === 'bill') {
              const figures = {
                statementDate: statementDate(bills),
                dueDate: dueDate(bills),
                // The first statement carries in the opening balance from before our records.
                previousBalanceCents: bills === 0 ? openingCents : lastAmountDue,
                // Payments made before the first statement are on it too.
                paymentsReceivedCents: paidSinceStatement,
                newChargesCents: s.chargesCents,
              };
              if (bills === 0) billed += openingCents;
              await insertBill(subgraph.db, accountId, figures);
              billed += s.chargesCents;
              lastAmountDue =
                figures.previousBalanceCents - figures.paymentsReceivedCents + s.chargesCents;
              paidSinceStatement = 0;
              bills += 1;
              // A statement's amount due is the live balance at its date.
              expect(await accountBalance(subgraph.db, accountId)).toBe(lastAmountDue);
            } else if (s.kind === 'pay') {
              const key = randomUUID();
              const request: PaymentRequest = {
                accountId,
                billId: null,
                amountCents: s.amountCents,
                currency: 'USD',
                paymentMethodToken: s.token,
              };
              const { payment } = await payBill(subgraph.db, processor, payer, key, request, 'USD');
              last = { key, request };
              const when = paidWhen(s.token);
              expect(payment.status).toBe(STATUS_AFTER_CALL[SANDBOX_TOKENS[s.token]!.behaviour]);
              if (when === 'now') {
                paid += s.amountCents;
                paidSinceStatement += s.amountCents;
              } else if (when === 'at-reconciliation') {
                awaitingReconciliation.push(s.amountCents);
              }
            } else if (s.kind === 'replay') {
              if (!last) continue;
              const { replayed } = await payBill(
                subgraph.db,
                processor,
                payer,
                last.key,
                last.request,
                'USD',
              );
              expect(replayed).toBe(true);
            } else {
              await reconcile();
              for (const amount of awaitingReconciliation.splice(0)) {
                paid += amount;
                paidSinceStatement += amount;
              }
            }
            expect(await accountBalance(subgraph.db, accountId)).toBe(billed - paid);
          }

          // Once everything is reconciled, our books and the processor's ledger agree:
          // every payment settled, each charged at most once, none lost.
          await reconcile();
          for (const amount of awaitingReconciliation.splice(0)) paid += amount;
          const payments = await subgraph.db
            .selectFrom('payments')
            .selectAll()
            .where('utilityAccountId', '=', accountId)
            .execute();
          expect(payments.filter((p) => p.status === 'PENDING')).toEqual([]);
          const charges = payments.length
            ? await subgraph.db
                .selectFrom('sandboxCharges')
                .selectAll()
                .where(
                  'idempotencyKey',
                  'in',
                  payments.map((p) => p.id),
                )
                .execute()
            : [];
          const charged = charges
            .filter((c) => c.outcome === 'SUCCEEDED')
            .reduce((sum, c) => sum + Number(c.amountCents), 0);
          const succeeded = payments
            .filter((p) => p.status === 'SUCCEEDED')
            .reduce((sum, p) => sum + Number(p.amountCents), 0);
          expect(succeeded).toBe(paid);
          expect(charged).toBe(paid);
          expect(await accountBalance(subgraph.db, accountId)).toBe(billed - paid);
        },
      ),
      { numRuns: 40 },
    );
  });
});
