import { randomUUID } from 'node:crypto';
import { postGraphQL } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { createPartnerKey, signInAs, startSeededStack } from '../src/testing';

// Paying and reading payments through the real gateway, for those who may not: only a
// resident (signed in, or through a partner app with their consent) pays, and only
// holders and payment-reading staff read. What residents may do is tested in the
// accounts subgraph (resident sign-in and consent at the gateway come with issue 13's
// residents work).

let stack: RunningStack;
const callers: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 13, requests: 20, now: new Date('2026-11-30T15:00:00Z') },
  });
  callers.anonymous = {};
  callers.dispatcher = await signInAs(stack.url, 'DISPATCHER');
  callers.admin = await signInAs(stack.url, 'ADMIN');
  callers.billing = await signInAs(stack.url, 'BILLING');
  callers.partner = {
    'x-api-key': await createPartnerKey(stack.url, ['RESIDENTS_ACT', 'REQUESTS_WRITE']),
  };
});

afterAll(async () => {
  await stack?.close();
});

function post(caller: string, query: string, variables: Record<string, unknown>) {
  return postGraphQL<Record<string, unknown>>(`${stack.url}/graphql`, query, variables, {
    headers: callers[caller]!,
  });
}

const PAY =
  'mutation ($input: PayBillInput!) { payBill(input: $input) { replayed payment { id status } } }';
const ENROLL =
  'mutation ($input: EnrollAutoPayInput!) { enrollAutoPay(input: $input) { accountId } }';
const PAYMENT = 'query ($id: ID!) { payment(id: $id) { id receiptNumber } }';

const EXPECTED: Record<string, string> = {
  anonymous: 'UNAUTHENTICATED',
  dispatcher: 'FORBIDDEN',
  admin: 'FORBIDDEN',
  partner: 'FORBIDDEN',
};

describe('through the gateway', () => {
  it.each(Object.keys(EXPECTED))('payBill and enrollAutoPay refuse %s', async (caller) => {
    const accountId = randomUUID();
    const paid = await post(caller, PAY, {
      input: {
        accountId,
        amountCents: 1_000,
        paymentMethodToken: 'tok_sandbox_visa',
        idempotencyKey: randomUUID(),
      },
    });
    expect(paid.data?.payBill ?? null).toBeNull();
    expect(paid.errors?.[0]?.extensions?.code).toBe(EXPECTED[caller]);
    const enrolled = await post(caller, ENROLL, {
      input: { accountId, paymentMethodToken: 'tok_sandbox_visa' },
    });
    expect(enrolled.data?.enrollAutoPay ?? null).toBeNull();
    expect(enrolled.errors?.[0]?.extensions?.code).toBe(EXPECTED[caller]);
  });

  it.each(['anonymous', 'dispatcher', 'admin', 'partner'])(
    'payment(id) refuses %s',
    async (caller) => {
      const read = await post(caller, PAYMENT, { id: randomUUID() });
      expect(read.data?.payment ?? null).toBeNull();
      expect(read.errors?.[0]?.extensions?.code).toBe(EXPECTED[caller]);
    },
  );

  it('billing staff may look a payment up (none here)', async () => {
    const read = await post('billing', PAYMENT, { id: randomUUID() });
    expect(read.errors).toBeUndefined();
    expect(read.data?.payment).toBeNull();
  });
});
