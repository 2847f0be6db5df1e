import { ANONYMOUS, type Caller, PARTNER_SCOPES, STAFF_ROLES } from '@civicgraph/platform';
import { staffCaller } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerCaller } from './access-helpers';
import { link, newAccount, newResident, residentCaller } from './billing-helpers';
import { type AccountsHarness, startAccountsHarness } from './harness';

// Who may read utility accounts and bills: the account's holders (signed in, or a
// partner app acting for them) and billing staff. Another resident, a partner acting
// for another resident, partners without a resident whatever their scopes, every
// other staff role and the anonymous are refused, by root field and by `_entities`.
// Written out rather than read from the permission table, so that a wrong table fails.

let subgraph: AccountsHarness;
let alice: string;
let bob: string;
let aliceAccount: string;
let aliceBill: string;
let bobAccount: string;

const PARTNER_APP = '0b0c4a9e-2f2e-4c55-9d57-6d3c8f1f5a10';

beforeAll(async () => {
  subgraph = await startAccountsHarness();
  alice = await newResident(subgraph, 'Alice');
  bob = await newResident(subgraph, 'Bob');
  const a = await newAccount(subgraph);
  const b = await newAccount(subgraph);
  for (const [resident, account] of [
    [alice, a],
    [bob, b],
  ] as const) {
    const linked = await link(
      subgraph,
      residentCaller(resident),
      account.accountNumber,
      account.pin,
    );
    expect(linked.errors).toBeUndefined();
  }
  aliceAccount = a.id;
  bobAccount = b.id;
  const bill = await subgraph.db
    .insertInto('bills')
    .values({
      utilityAccountId: aliceAccount,
      periodStart: '2026-10-01',
      periodEnd: '2026-10-31',
      statementDate: '2026-11-05',
      dueDate: '2026-11-26',
      previousBalanceCents: 0,
      paymentsReceivedCents: 0,
      newChargesCents: 7_512,
      amountDueCents: 7_512,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  aliceBill = bill.id;
  await subgraph.db
    .insertInto('billLineItems')
    .values({
      billId: aliceBill,
      position: 0,
      kind: 'SOLID_WASTE',
      descriptionEn: 'Solid waste',
      descriptionEs: 'Residuos sólidos',
      amountCents: 7_512,
    })
    .execute();
});

afterAll(async () => {
  await subgraph?.close();
});

const ACCOUNT = `query ($id: ID!) { utilityAccount(id: $id) {
  id accountNumber serviceAddress holderCount balance { amountCents currency }
  bills(first: 3) { totalCount edges { node { id status amountDue { amountCents } lineItems { kind amount { amountCents } } } } }
} }`;
const BILL = `query ($id: ID!) { bill(id: $id) {
  id statementDate dueDate status amountDue { amountCents currency } utilityAccount { id }
} }`;
const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) {
  ... on UtilityAccount { id accountNumber } ... on Bill { id amountDue { amountCents } }
} }`;
const RESIDENT_ACCOUNTS = `query ($r: [_Any!]!) { _entities(representations: $r) {
  ... on Resident { utilityAccounts { id accountNumber } }
} }`;

/** Every caller, and whether it may read Alice's account and bill. */
const CALLERS: Array<[string, () => Caller, boolean]> = [
  ['Alice, the holder', () => residentCaller(alice), true],
  ['a partner app acting for Alice', () => residentCaller(alice, PARTNER_APP), true],
  ['Bob, another resident', () => residentCaller(bob), false],
  ['a partner app acting for Bob', () => residentCaller(bob, PARTNER_APP), false],
  ...STAFF_ROLES.map((role): [string, () => Caller, boolean] => [
    `staff ${role}`,
    () => staffCaller(role),
    role === 'BILLING',
  ]),
  ...PARTNER_SCOPES.map((scope): [string, () => Caller, boolean] => [
    `partner ${scope} (no resident)`,
    () => partnerCaller([scope]),
    false,
  ]),
  ['partner with every scope (no resident)', () => partnerCaller([...PARTNER_SCOPES]), false],
  ['anonymous', () => ANONYMOUS, false],
  ['the gateway itself', () => ({ kind: 'service', id: 'gateway' }), false],
];

const refusal = (caller: Caller) => (caller.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');

describe.each(CALLERS)('%s', (_label, makeCaller, allowed) => {
  it(allowed ? 'reads Alice’s account with its bills' : 'is refused Alice’s account', async () => {
    const caller = makeCaller();
    const result = await subgraph.queryAs<{
      utilityAccount: {
        id: string;
        holderCount: number;
        balance: { amountCents: number };
        bills: { totalCount: number; edges: Array<{ node: { status: string } }> };
      } | null;
    }>(caller, ACCOUNT, { id: aliceAccount });
    expect(result.status).toBeLessThan(500);
    if (allowed) {
      expect(result.errors).toBeUndefined();
      expect(result.data?.utilityAccount).toMatchObject({
        id: aliceAccount,
        holderCount: 1,
        balance: { amountCents: 7_512 },
        bills: { totalCount: 1 },
      });
    } else {
      expect(result.data?.utilityAccount ?? null).toBeNull();
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual([refusal(caller)]);
      // Nothing of the account in the error either.
      expect(JSON.stringify(result.errors)).not.toMatch(/\d{10}|Test Rd/);
    }
  });

  it(allowed ? 'reads Alice’s bill' : 'is refused Alice’s bill', async () => {
    const caller = makeCaller();
    const result = await subgraph.queryAs<{ bill: { id: string; status: string } | null }>(
      caller,
      BILL,
      { id: aliceBill },
    );
    if (allowed) {
      expect(result.errors).toBeUndefined();
      expect(result.data?.bill).toMatchObject({ id: aliceBill, status: expect.any(String) });
    } else {
      expect(result.data?.bill ?? null).toBeNull();
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual([refusal(caller)]);
    }
  });

  it('gets through _entities what it may read, and nothing else', async () => {
    const caller = makeCaller();
    const result = await subgraph.queryAs<{ _entities: Array<unknown | null> }>(caller, ENTITIES, {
      r: [
        { __typename: 'UtilityAccount', id: aliceAccount },
        { __typename: 'Bill', id: aliceBill },
      ],
    });
    const resolved = (result.data?._entities ?? [null, null]).map((e) => e !== null);
    expect(resolved).toEqual([allowed, allowed]);
    expect(result.errors?.length ?? 0).toBe(allowed ? 0 : 2);
  });
});

describe('Resident.utilityAccounts', () => {
  it('lists a resident’s own accounts to them and to a partner acting for them', async () => {
    for (const caller of [residentCaller(alice), residentCaller(alice, PARTNER_APP)]) {
      const result = await subgraph.queryAs<{
        _entities: Array<{ utilityAccounts: Array<{ id: string }> }>;
      }>(caller, RESIDENT_ACCOUNTS, { r: [{ __typename: 'Resident', id: alice }] });
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities[0]?.utilityAccounts.map((a) => a.id)).toEqual([aliceAccount]);
    }
  });

  it.each<[string, () => Caller]>([
    ['Bob', () => residentCaller(bob)],
    ['a partner acting for Bob', () => residentCaller(bob, PARTNER_APP)],
    ['a partner with residents:act and no resident', () => partnerCaller(['residents:act'])],
    ['a dispatcher', () => staffCaller('DISPATCHER')],
    ['the anonymous', () => ANONYMOUS],
  ])('refuses Alice’s accounts to %s', async (_label, makeCaller) => {
    const caller = makeCaller();
    const result = await subgraph.queryAs<{ _entities: Array<unknown | null> }>(
      caller,
      RESIDENT_ACCOUNTS,
      {
        r: [{ __typename: 'Resident', id: alice }],
      },
    );
    expect(result.data?._entities?.[0] ?? null).toBeNull();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual([refusal(caller)]);
  });

  it('shows Bob only his own account, never Alice’s', async () => {
    const result = await subgraph.queryAs<{
      _entities: Array<{ utilityAccounts: Array<{ id: string }> }>;
    }>(residentCaller(bob), RESIDENT_ACCOUNTS, { r: [{ __typename: 'Resident', id: bob }] });
    expect(result.data?._entities[0]?.utilityAccounts.map((a) => a.id)).toEqual([bobAccount]);
  });

  it('stops showing an account once the resident unlinks it', async () => {
    const carol = await newResident(subgraph, 'Carol');
    const account = await newAccount(subgraph);
    await link(subgraph, residentCaller(carol), account.accountNumber, account.pin);
    const read = () => subgraph.queryAs(residentCaller(carol), ACCOUNT, { id: account.id });
    expect((await read()).errors).toBeUndefined();
    await subgraph.queryAs(
      residentCaller(carol),
      'mutation ($input: UnlinkUtilityAccountInput!) { unlinkUtilityAccount(input: $input) { utilityAccountId } }',
      { input: { utilityAccountId: account.id } },
    );
    expect((await read()).errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('utilityAccountByNumber', () => {
  const BY_NUMBER = 'query ($n: String!) { utilityAccountByNumber(accountNumber: $n) { id } }';

  async function numberOf(id: string) {
    const row = await subgraph.db
      .selectFrom('utilityAccounts')
      .select('accountNumber')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return row.accountNumber;
  }

  it('finds any account for billing staff, and only their own for a resident', async () => {
    const alices = await numberOf(aliceAccount);
    const find = (caller: Caller, n: string) =>
      subgraph.queryAs<{ utilityAccountByNumber: { id: string } | null }>(caller, BY_NUMBER, { n });
    expect((await find(staffCaller('BILLING'), alices)).data?.utilityAccountByNumber?.id).toBe(
      aliceAccount,
    );
    expect((await find(residentCaller(alice), alices)).data?.utilityAccountByNumber?.id).toBe(
      aliceAccount,
    );
    // Bob learns nothing: Alice's account and a number nobody has answer alike.
    for (const n of [alices, '1000000000']) {
      const result = await find(residentCaller(bob), n);
      expect(result.errors).toBeUndefined();
      expect(result.data?.utilityAccountByNumber).toBeNull();
    }
    for (const caller of [staffCaller('DISPATCHER'), partnerCaller(['residents:act']), ANONYMOUS]) {
      const result = await find(caller, alices);
      expect(result.data?.utilityAccountByNumber ?? null).toBeNull();
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual([refusal(caller)]);
    }
    const bad = await find(staffCaller('BILLING'), '12-34');
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'accountNumber',
    });
  });
});

describe('refused root fields', () => {
  it('run no SQL for a caller without the permission', async () => {
    for (const caller of [staffCaller('DISPATCHER'), partnerCaller(['requests:read']), ANONYMOUS]) {
      for (const [document, id] of [
        [ACCOUNT, aliceAccount],
        [BILL, aliceBill],
      ] as const) {
        subgraph.resetStatements();
        await subgraph.queryAs(caller, document, { id });
        expect(subgraph.statements).toEqual([]);
      }
    }
  });
});
