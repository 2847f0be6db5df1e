import { randomUUID } from 'node:crypto';
import { graphData, postGraphQL } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { signInAs, startSeededStack } from '../src/testing';

// A resident's whole errand through the real gateway, as the city's 311 app makes it:
// sign in, find the account and its newest bill, pay it, read the receipt, and see the
// balance move by exactly the amount paid, once, however often the app retries.

let stack: RunningStack;
let resident: Record<string, string>;

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 21, requests: 20, now: new Date('2026-11-30T15:00:00Z') },
  });
  const signedIn = await graphData<{ residentSignIn: { accessToken: string } }>(
    `${stack.url}/graphql`,
    `mutation ($input: ResidentSignInInput!) { residentSignIn(input: $input) { accessToken } }`,
    { input: { email: 'resident@demo.phoenix.az.us', password: 'civicgraph-demo' } },
  );
  resident = { authorization: `Bearer ${signedIn.residentSignIn.accessToken}` };
});

afterAll(async () => {
  await stack?.close();
});

interface Account {
  id: string;
  accountNumber: string;
  balance: { amountCents: number; currency: string };
  bills: {
    edges: Array<{ node: { id: string; status: string; amountDue: { amountCents: number } } }>;
  };
}

async function myAccounts() {
  const data = await graphData<{ currentResident: { utilityAccounts: Account[] } }>(
    `${stack.url}/graphql`,
    `{ currentResident { utilityAccounts {
        id accountNumber balance { amountCents currency }
        bills(first: 1) { edges { node { id status amountDue { amountCents } } } }
      } } }`,
    {},
    resident,
  );
  return data.currentResident.utilityAccounts;
}

const PAY = `mutation ($input: PayBillInput!) {
  payBill(input: $input) {
    replayed
    payment { id status amount { amountCents currency } receiptNumber method { last4 } }
  }
}`;

describe('a resident pays their city services bill', () => {
  it('pays the newest bill once, gets a receipt, and the balance drops by the amount', async () => {
    const accounts = await myAccounts();
    const owing = accounts.find((a) => a.balance.amountCents > 0);
    expect(owing, 'the demo resident holds an account with something owing').toBeDefined();
    const bill = owing!.bills.edges[0]!.node;
    const amountCents = Math.min(owing!.balance.amountCents, 2_500);
    const input = {
      accountId: owing!.id,
      billId: bill.id,
      amountCents,
      paymentMethodToken: 'tok_sandbox_visa',
      idempotencyKey: randomUUID(),
    };

    // The app's connection drops and it sends the same payment three times at once.
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        postGraphQL<{ payBill: { replayed: boolean; payment: Record<string, unknown> } }>(
          `${stack.url}/graphql`,
          PAY,
          { input },
          { headers: resident },
        ),
      ),
    );
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const payments = answers.map((a) => a.data!.payBill.payment);
    expect(new Set(payments.map((p) => p.id)).size).toBe(1);
    expect(answers.filter((a) => !a.data!.payBill.replayed)).toHaveLength(1);
    expect(payments[0]).toMatchObject({
      status: 'SUCCEEDED',
      amount: { amountCents, currency: 'USD' },
      method: { last4: '4242' },
    });
    expect(payments[0]!.receiptNumber).toMatch(/\S/);

    const after = (await myAccounts()).find((a) => a.id === owing!.id)!;
    expect(after.balance.amountCents).toBe(owing!.balance.amountCents - amountCents);

    // The receipt is the newest of the account's payments, for the resident and for
    // billing staff answering their call; the list pages by cursor.
    const PAYMENTS = `query ($id: ID!, $after: String) { utilityAccount(id: $id) {
      payments(first: 1, after: $after) {
        totalCount edges { node { id receiptNumber status } } pageInfo { hasNextPage endCursor }
      } } }`;
    type Payments = {
      utilityAccount: {
        payments: {
          totalCount: number;
          edges: Array<{ node: { id: string; receiptNumber: string | null } }>;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
    };
    const staff = await signInAs(stack.url, 'BILLING');
    for (const headers of [resident, staff]) {
      const listed = await graphData<Payments>(
        `${stack.url}/graphql`,
        PAYMENTS,
        { id: owing!.id },
        headers,
      );
      expect(listed.utilityAccount.payments.edges[0]!.node).toMatchObject({
        id: payments[0]!.id,
        receiptNumber: payments[0]!.receiptNumber,
      });
    }
    const first = await graphData<Payments>(
      `${stack.url}/graphql`,
      PAYMENTS,
      { id: owing!.id },
      resident,
    );
    const seen = new Set<string>();
    let cursor: string | null = null;
    for (;;) {
      const page: Payments = await graphData<Payments>(
        `${stack.url}/graphql`,
        PAYMENTS,
        { id: owing!.id, after: cursor },
        resident,
      );
      for (const edge of page.utilityAccount.payments.edges) seen.add(edge.node.id);
      if (!page.utilityAccount.payments.pageInfo.hasNextPage) break;
      cursor = page.utilityAccount.payments.pageInfo.endCursor;
    }
    expect(seen.size).toBe(first.utilityAccount.payments.totalCount);

    // The same key with another amount is refused, and changes nothing.
    const reused = await postGraphQL(
      `${stack.url}/graphql`,
      PAY,
      { input: { ...input, amountCents: amountCents + 1 } },
      { headers: resident },
    );
    expect(reused.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const still = (await myAccounts()).find((a) => a.id === owing!.id)!;
    expect(still.balance.amountCents).toBe(after.balance.amountCents);
  });

  it('cannot pay an account the resident does not hold', async () => {
    const staff = await signInAs(stack.url, 'BILLING');
    const other = await graphData<{ utilityAccountByNumber: { id: string } | null }>(
      `${stack.url}/graphql`,
      '{ utilityAccountByNumber(accountNumber: "4000000100") { id } }',
      {},
      staff,
    );
    expect(other.utilityAccountByNumber).not.toBeNull();
    const answer = await postGraphQL(
      `${stack.url}/graphql`,
      PAY,
      {
        input: {
          accountId: other.utilityAccountByNumber!.id,
          amountCents: 1_000,
          paymentMethodToken: 'tok_sandbox_visa',
          idempotencyKey: randomUUID(),
        },
      },
      { headers: resident },
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
