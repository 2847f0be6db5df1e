import { localParts } from '@civicgraph/platform';
import { dataOf, type GraphQLResponse, staffCaller } from '@civicgraph/platform/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_RESIDENTS,
  demoResidentEmail,
  unlinkedAccountCount,
} from '../src/billing/demo-billing';
import { newAccount } from './billing-helpers';
import { type AccountsHarness, startAccountsHarness } from './harness';

// Bills: the demo's statements add up (figures, line items, payments between
// statements, balances), and a bill's status follows succeeded payments since its
// statement and its due date in the city's time zone.

let subgraph: AccountsHarness;

/** Map.groupBy, which Node 20 lacks. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
const BILLING = staffCaller('BILLING');

beforeAll(async () => {
  subgraph = await startAccountsHarness();
});

afterAll(async () => {
  await subgraph?.close();
});

interface BillRow {
  id: string;
  utilityAccountId: string;
  statementDate: string;
  dueDate: string;
  previousBalanceCents: number;
  paymentsReceivedCents: number;
  newChargesCents: number;
  amountDueCents: number;
  itemsCents: number;
  paidBetweenCents: number;
}

async function demoBills(): Promise<BillRow[]> {
  // Payments received on a statement: succeeded ones from the previous statement's
  // date (in the city) up to this one's, computed here independently of the seed.
  const { rows } = await sql<BillRow>`
    with zone as (select time_zone as tz from billing_settings),
    ordered as (
      select b.*, lag(b.statement_date) over (partition by b.utility_account_id order by b.statement_date) as prev_date
      from bills b
    )
    select o.id, o.utility_account_id, o.statement_date::text, o.due_date::text,
      o.previous_balance_cents, o.payments_received_cents, o.new_charges_cents, o.amount_due_cents,
      (select coalesce(sum(amount_cents), 0)::bigint from bill_line_items i where i.bill_id = o.id) as items_cents,
      case when o.prev_date is null then 0 else (
        select coalesce(sum(p.amount_cents), 0)::bigint from payments p, zone
        where p.utility_account_id = o.utility_account_id and p.status = 'SUCCEEDED'
          and (p.settled_at at time zone zone.tz)::date >= o.prev_date
          and (p.settled_at at time zone zone.tz)::date < o.statement_date) end as paid_between_cents
    from ordered o order by o.utility_account_id, o.statement_date`.execute(subgraph.db);
  return rows;
}

describe('the demo bills', () => {
  it('give every account 24 monthly statements that add up', async () => {
    const bills = await demoBills();
    const byAccount = groupBy(bills, (b) => b.utilityAccountId);
    expect(byAccount.size).toBe(3 + unlinkedAccountCount(subgraph.city));
    for (const statements of byAccount.values()) {
      expect(statements).toHaveLength(24);
      statements.forEach((bill, i) => {
        expect(bill.newChargesCents).toBe(bill.itemsCents);
        expect(bill.amountDueCents).toBe(
          bill.previousBalanceCents - bill.paymentsReceivedCents + bill.newChargesCents,
        );
        expect(bill.paymentsReceivedCents).toBe(bill.paidBetweenCents);
        expect(bill.previousBalanceCents).toBe(i === 0 ? 0 : statements[i - 1]!.amountDueCents);
        // Realistic: a month of city services costs tens of dollars, not cents or thousands.
        expect(bill.newChargesCents).toBeGreaterThan(5_000);
        expect(bill.newChargesCents).toBeLessThan(50_000);
      });
    }
  });

  it('end before the city’s today, and each line item is described in both languages', async () => {
    const today = localParts(subgraph.city.now, subgraph.city.profile.timeZone).date;
    const newest = await sql<{
      newest: string;
    }>`select max(statement_date)::text as newest from bills`.execute(subgraph.db);
    expect(newest.rows[0]!.newest <= today).toBe(true);
    const kinds = await sql<{ kind: string; en: string; es: string }>`
      select distinct kind, min(description_en) as en, min(description_es) as es from bill_line_items group by kind`.execute(
      subgraph.db,
    );
    expect(kinds.rows.map((k) => k.kind).sort()).toEqual(
      expect.arrayContaining([
        'ENVIRONMENTAL_FEE',
        'SEWER',
        'SOLID_WASTE',
        'WATER',
        'WATER_SERVICE',
      ]),
    );
    for (const kind of kinds.rows) expect(kind.es).not.toBe(kind.en);
  });

  it('link the demo residents, one account shared by two, and show every status', async () => {
    const emails = DEMO_RESIDENTS.map((r) =>
      demoResidentEmail(r, subgraph.city.profile.jurisdictionId),
    );
    const links = await subgraph.db
      .selectFrom('residentUtilityAccounts as l')
      .innerJoin('residents as r', 'r.id', 'l.residentId')
      .select(['r.email', 'l.utilityAccountId'])
      .execute();
    expect(new Set(links.map((l) => l.email))).toEqual(new Set(emails));
    const holders = groupBy(links, (l) => l.utilityAccountId);
    expect([...holders.values()].map((h) => h.length).sort()).toEqual([1, 1, 2]);

    const accountIds = [...holders.keys()];
    const statuses = new Set<string>();
    for (const id of accountIds) {
      const result = await subgraph.queryAs<{
        utilityAccount: {
          bills: {
            totalCount: number;
            edges: Array<{ node: { status: string; statementDate: string } }>;
          };
        };
      }>(
        BILLING,
        'query ($id: ID!) { utilityAccount(id: $id) { bills(first: 24) { totalCount edges { node { status statementDate } } } } }',
        { id },
      );
      const bills = dataOf(result).utilityAccount.bills;
      expect(bills.totalCount).toBe(24);
      const dates = bills.edges.map((e) => e.node.statementDate);
      expect(dates).toEqual([...dates].sort().reverse());
      for (const edge of bills.edges) statuses.add(edge.node.status);
    }
    expect(statuses.has('PAID')).toBe(true);
    expect(statuses.has('PAST_DUE')).toBe(true);
  });

  it('give each account a balance of its bills less its succeeded payments', async () => {
    const { rows } = await sql<{ id: string; expected: number }>`
      select a.id,
        (select amount_due_cents from bills b where b.utility_account_id = a.id order by statement_date desc limit 1)
        - coalesce((select sum(p.amount_cents) from payments p where p.utility_account_id = a.id and p.status = 'SUCCEEDED'
            and p.settled_at >= ((select max(statement_date) from bills b where b.utility_account_id = a.id)::timestamp
                                 at time zone (select time_zone from billing_settings))), 0) as expected
      from utility_accounts a order by a.account_number limit 10`.execute(subgraph.db);
    for (const row of rows) {
      const result = await subgraph.queryAs<{
        utilityAccount: { balance: { amountCents: number; currency: string } };
      }>(
        BILLING,
        'query ($id: ID!) { utilityAccount(id: $id) { balance { amountCents currency } } }',
        { id: row.id },
      );
      expect(dataOf(result).utilityAccount.balance).toEqual({
        amountCents: Number(row.expected),
        currency: 'USD',
      });
    }
  });
});

describe('Bill.status', () => {
  async function setZone(timeZone: string) {
    await subgraph.db.updateTable('billingSettings').set({ timeZone }).execute();
  }

  /** The date `days` from today in a zone. */
  function dateIn(timeZone: string, days: number) {
    return localParts(new Date(Date.now() + days * 86_400_000), timeZone).date;
  }

  async function billWith(amountDueCents: number, statementDate: string, dueDate: string) {
    const account = await newAccount(subgraph);
    const bill = await subgraph.db
      .insertInto('bills')
      .values({
        utilityAccountId: account.id,
        periodStart: '2026-01-01',
        periodEnd: '2026-01-31',
        statementDate,
        dueDate,
        previousBalanceCents: 0,
        paymentsReceivedCents: 0,
        newChargesCents: amountDueCents,
        amountDueCents,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { accountId: account.id, billId: bill.id };
  }

  let paymentKey = 0;
  async function pay(accountId: string, amountCents: number, status: string, settledAt: Date) {
    paymentKey += 1;
    await subgraph.db
      .insertInto('payments')
      .values({
        utilityAccountId: accountId,
        amountCents,
        status: status as 'SUCCEEDED',
        source: 'RESIDENT',
        idempotencyScope: 'test',
        idempotencyKey: `status-${paymentKey}`,
        requestHash: 'x',
        processor: 'sandbox',
        createdAt: settledAt,
        settledAt: status === 'PENDING' ? null : settledAt,
      })
      .execute();
  }

  async function statusOf(billId: string) {
    const result = await subgraph.queryAs<{ bill: { status: string } }>(
      BILLING,
      'query ($id: ID!) { bill(id: $id) { status } }',
      { id: billId },
    );
    return dataOf(result).bill.status;
  }

  it('is OPEN before the due date, PAST_DUE after it, PAID once succeeded payments cover it', async () => {
    await setZone('America/Phoenix');
    const zone = 'America/Phoenix';
    const open = await billWith(8_000, dateIn(zone, -10), dateIn(zone, 5));
    const late = await billWith(8_000, dateIn(zone, -30), dateIn(zone, -1));
    const dueToday = await billWith(8_000, dateIn(zone, -21), dateIn(zone, 0));
    expect(await statusOf(open.billId)).toBe('OPEN');
    expect(await statusOf(late.billId)).toBe('PAST_DUE');
    expect(await statusOf(dueToday.billId)).toBe('OPEN');

    // Part of it, a pending and a failed payment, and one made before the statement: not paid.
    await pay(late.accountId, 3_000, 'SUCCEEDED', new Date(Date.now() - 86_400_000));
    await pay(late.accountId, 5_000, 'PENDING', new Date());
    await pay(late.accountId, 5_000, 'FAILED', new Date());
    await pay(late.accountId, 5_000, 'SUCCEEDED', new Date(Date.now() - 40 * 86_400_000));
    expect(await statusOf(late.billId)).toBe('PAST_DUE');
    // The rest, late: paid.
    await pay(late.accountId, 5_000, 'SUCCEEDED', new Date());
    expect(await statusOf(late.billId)).toBe('PAID');
    await pay(open.accountId, 9_000, 'SUCCEEDED', new Date());
    expect(await statusOf(open.billId)).toBe('PAID');
  });

  it('is PAID when nothing is due (a zero or credit statement)', async () => {
    await setZone('America/Phoenix');
    const credit = await billWith(
      -1_250,
      dateIn('America/Phoenix', -30),
      dateIn('America/Phoenix', -5),
    );
    expect(await statusOf(credit.billId)).toBe('PAID');
  });

  it('decides "past due" by the date in the city’s time zone, not the server’s', async () => {
    // Today in Pago Pago (UTC−11) is yesterday (or the day before) in Kiritimati (UTC+14).
    const due = dateIn('Pacific/Pago_Pago', 0);
    const bill = await billWith(8_000, dateIn('Pacific/Pago_Pago', -20), due);
    await setZone('Pacific/Pago_Pago');
    expect(await statusOf(bill.billId)).toBe('OPEN');
    await setZone('Pacific/Kiritimati');
    expect(await statusOf(bill.billId)).toBe('PAST_DUE');
    await setZone(subgraph.city.profile.timeZone);
  });
});

describe('UtilityAccount.bills', () => {
  it('pages newest first without gaps or repeats, with line items in English and Spanish', async () => {
    const [account] = await subgraph.db
      .selectFrom('utilityAccounts')
      .select('id')
      .where('accountNumber', '=', '4000000001')
      .execute();
    const seen: string[] = [];
    let after: string | null = null;
    const PAGE = `query ($id: ID!, $after: String) { utilityAccount(id: $id) { bills(first: 5, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id statementDate lineItems { kind description(locale: ES) amount { amountCents } } newCharges { amountCents } } }
    } } }`;
    interface Page {
      utilityAccount: {
        bills: {
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: Array<{
            node: {
              id: string;
              statementDate: string;
              lineItems: Array<{
                kind: string;
                description: string;
                amount: { amountCents: number };
              }>;
              newCharges: { amountCents: number };
            };
          }>;
        };
      };
    }
    for (;;) {
      const result: GraphQLResponse<Page> = await subgraph.queryAs<Page>(BILLING, PAGE, {
        id: account!.id,
        after,
      });
      const { bills } = dataOf(result).utilityAccount;
      for (const { node } of bills.edges) {
        seen.push(node.statementDate);
        expect(node.lineItems.reduce((s, i) => s + i.amount.amountCents, 0)).toBe(
          node.newCharges.amountCents,
        );
        expect(node.lineItems.find((i) => i.kind === 'SOLID_WASTE')?.description).toMatch(
          /Residuos/,
        );
      }
      if (!bills.pageInfo.hasNextPage) break;
      after = bills.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(24);
    expect(new Set(seen).size).toBe(24);
    expect(seen).toEqual([...seen].sort().reverse());
  });

  it('answers BAD_USER_INPUT for a cursor it did not issue and a page too large', async () => {
    const [account] = await subgraph.db
      .selectFrom('utilityAccounts')
      .select('id')
      .limit(1)
      .execute();
    for (const args of ['first: 5, after: "bogus"', 'first: 100000']) {
      const result = await subgraph.queryAs(
        BILLING,
        `query ($id: ID!) { utilityAccount(id: $id) { bills(${args}) { edges { node { id } } } } }`,
        { id: account!.id },
      );
      expect(result.status).toBeLessThan(500);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
