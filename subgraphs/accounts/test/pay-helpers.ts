import { randomUUID } from 'node:crypto';
import type { Caller } from '@civicgraph/platform';
import type { AccountsHarness } from './harness';

export interface PaymentView {
  id: string;
  amount: { amountCents: number; currency: string };
  status: 'PENDING' | 'SUCCEEDED' | 'FAILED';
  failureCode: string | null;
  source: string;
  method: { brand: string; last4: string } | null;
  receiptNumber: string | null;
  createdAt: string;
  settledAt: string | null;
}

export const PAYMENT_FIELDS =
  'id amount { amountCents currency } status failureCode source method { brand last4 } receiptNumber createdAt settledAt';

export interface PayInput {
  accountId: string;
  amountCents: number;
  paymentMethodToken: string;
  idempotencyKey?: string;
  billId?: string;
  currency?: string;
}

export function payBillAs(subgraph: AccountsHarness, caller: Caller, input: PayInput) {
  return subgraph.queryAs<{ payBill: { payment: PaymentView; replayed: boolean } }>(
    caller,
    `mutation ($input: PayBillInput!) { payBill(input: $input) { replayed payment { ${PAYMENT_FIELDS} } } }`,
    { input: { idempotencyKey: randomUUID(), ...input } },
  );
}

export function paymentAs(subgraph: AccountsHarness, caller: Caller, id: string) {
  return subgraph.queryAs<{ payment: PaymentView | null }>(
    caller,
    `query ($id: ID!) { payment(id: $id) { ${PAYMENT_FIELDS} } }`,
    { id },
  );
}

export async function countRows(subgraph: AccountsHarness, table: 'payments' | 'sandboxCharges') {
  const row = await subgraph.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
