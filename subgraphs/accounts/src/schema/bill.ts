import { checkedId } from '@civicgraph/platform';
import { BILL_STATUSES, billStatus } from '../billing/bill-status';
import { bilingualText, builder } from '../builder';
import { billStatusFacts, type LineItemRecord, lineItemsOfBills } from '../db/bill.repository';
import { holderScopes } from './holder-scopes';
import { MoneyRef, money } from './money';
import { BillRef, UtilityAccountRef } from './refs';

const READ = 'bills.read' as const;

export const BillStatusEnum = builder.enumType('BillStatus', {
  values: BILL_STATUSES,
  description:
    'PAID: nothing due, or succeeded payments since the statement cover the amount due; ' +
    'PAST_DUE: not paid and the due date has passed in the city; OPEN: not paid, not yet due.',
});

const BillLineItemRef = builder.objectRef<LineItemRecord>('BillLineItem').implement({
  description: 'One charge of a bill (water, sewer, solid waste, environmental fee, …).',
  // Reached only through its bill, whose own rule has already been checked.
  authScopes: { permission: READ },
  fields: (t) => ({
    kind: t.exposeString('kind', {
      description:
        'WATER, WATER_SERVICE, SEWER, SOLID_WASTE, ENVIRONMENTAL_FEE, LATE_FEE, ADJUSTMENT, …',
    }),
    description: bilingualText(t, { en: 'descriptionEn', es: 'descriptionEs' }),
    amount: t.field({
      type: MoneyRef,
      resolve: (item) => money(item.amountCents, item.currency),
    }),
  }),
});

BillRef.implement({
  description:
    "A monthly statement of a utility account's charges: amount due = previous balance " +
    '− payments received + new charges (the line items). Dates are calendar dates in the ' +
    'city, YYYY-MM-DD.',
  authScopes: (bill, context) => holderScopes(context, bill.utilityAccountId, READ),
  fields: (t) => ({
    id: t.exposeID('id'),
    utilityAccount: t.field({ type: UtilityAccountRef, resolve: (bill) => bill.utilityAccountId }),
    periodStart: t.exposeString('periodStart', { description: 'First day of service billed.' }),
    periodEnd: t.exposeString('periodEnd', { description: 'Last day of service billed.' }),
    statementDate: t.exposeString('statementDate'),
    dueDate: t.exposeString('dueDate', {
      description: 'Past due after this day ends in the city’s time zone.',
    }),
    previousBalance: t.field({
      type: MoneyRef,
      description: 'The amount due on the previous statement.',
      resolve: (bill) => money(bill.previousBalanceCents, bill.currency),
    }),
    paymentsReceived: t.field({
      type: MoneyRef,
      description: 'Succeeded payments between the previous statement and this one.',
      resolve: (bill) => money(bill.paymentsReceivedCents, bill.currency),
    }),
    newCharges: t.field({
      type: MoneyRef,
      description: 'The sum of the line items.',
      resolve: (bill) => money(bill.newChargesCents, bill.currency),
    }),
    amountDue: t.field({
      type: MoneyRef,
      description: 'Previous balance − payments received + new charges (negative: a credit).',
      resolve: (bill) => money(bill.amountDueCents, bill.currency),
    }),
    lineItems: t.loadableList({
      type: BillLineItemRef,
      load: (ids: string[], { db }) => lineItemsOfBills(db, ids),
      resolve: (bill) => bill.id,
    }),
    status: t.loadable({
      type: BillStatusEnum,
      description: 'From succeeded payments since the statement and the city’s date.',
      load: async (ids: string[], { db }) =>
        (await billStatusFacts(db, ids)).map((facts) => billStatus(facts.amountDueCents, facts)),
      resolve: (bill) => bill.id,
    }),
  }),
});

builder.queryFields((t) => ({
  bill: t.field({
    type: BillRef,
    nullable: true,
    description: "A bill by id: for its account's holders and billing staff.",
    args: { id: t.arg.id({ required: true }) },
    authScopes: { permission: READ },
    resolve: (_root, { id }) => checkedId(id, 'id'),
  }),
}));
