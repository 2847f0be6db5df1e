/**
 * Monthly statements of one account over 24 months, with Phoenix-like charges: water
 * by usage tiers (in CCF, hundreds of cubic feet) over a monthly service charge,
 * sewer from the water used, solid waste, the environmental fee, and a late fee on
 * an unpaid balance. Pure: the same random stream gives the same statements. The
 * figures add up the way the bills table checks: amount due = previous balance −
 * payments received + new charges, with payments received counted between statements.
 */
import type { Random } from '@civicgraph/demo-city';

export interface DemoLineItem {
  kind: string;
  descriptionEn: string;
  descriptionEs: string;
  amountCents: number;
}

export interface DemoPayment {
  /** The city date it was made (YYYY-MM-DD). */
  paidOn: string;
  amountCents: number;
  source: 'RESIDENT' | 'AUTOPAY';
}

export interface DemoStatement {
  periodStart: string;
  periodEnd: string;
  statementDate: string;
  dueDate: string;
  previousBalanceCents: number;
  paymentsReceivedCents: number;
  newChargesCents: number;
  amountDueCents: number;
  lineItems: DemoLineItem[];
  /** Payments made toward this statement (after it, before the next one). */
  payments: DemoPayment[];
}

/**
 * How an account's holder pays: in full before the due date, by AutoPay three days
 * before it, on time but not yet the newest bill, late or in part now and then, or not
 * at all over the last months.
 */
export type PayerHabit = 'ON_TIME' | 'NEWEST_UNPAID' | 'AUTOPAY' | 'LATE' | 'STOPPED_PAYING';

export const STATEMENT_MONTHS = 24;
/** Statements are dated the 5th of the month after the period; due 21 days later. */
const STATEMENT_DAY = 5;
const DAYS_TO_PAY = 21;

// Rates in cents, in the shape of Phoenix's residential rates (not its exact figures).
const WATER_SERVICE_CENTS = 2246;
const WATER_TIERS = [
  { upTo: 4, rate: 0 }, // included in the service charge
  { upTo: 10, rate: 313 },
  { upTo: 25, rate: 423 },
  { upTo: Number.POSITIVE_INFINITY, rate: 480 },
] as const;
const SEWER_BASE_CENTS = 334;
const SEWER_PER_CCF_CENTS = 321;
/** Sewer is billed on at most this much water: summer irrigation never reaches the sewer. */
const SEWER_CCF_CAP = 12;
const SOLID_WASTE_CENTS = 3205;
const ENVIRONMENTAL_FEE_CENTS = 240;
/** 1.5% of an unpaid balance carried past its due date, at least $1. */
const LATE_FEE_RATE = 0.015;
const LATE_FEE_MIN_CENTS = 100;
/** Phoenix's year: water use peaks in the summer heat. */
const SEASON = [0.8, 0.8, 0.9, 1.0, 1.2, 1.5, 1.65, 1.6, 1.4, 1.1, 0.9, 0.8] as const;

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function monthStart(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
}

/** The months billed: the last 24 whose statement date is on or before `today`. */
function billedMonths(today: string): Array<{ year: number; month: number }> {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  // The latest period billed is last month if this month's statement is out, else the one before.
  let year = y;
  let month = m - 1 - (d >= STATEMENT_DAY ? 1 : 2);
  const months: Array<{ year: number; month: number }> = [];
  for (let i = 0; i < STATEMENT_MONTHS; i++) {
    const date = new Date(Date.UTC(year, month, 1));
    months.unshift({ year: date.getUTCFullYear(), month: date.getUTCMonth() });
    month -= 1;
    if (month < 0) {
      month += 12;
      year -= 1;
    }
  }
  return months;
}

function waterItems(ccf: number): DemoLineItem[] {
  const items: DemoLineItem[] = [
    {
      kind: 'WATER_SERVICE',
      descriptionEn: 'Water service charge (5/8-inch meter, first 4 CCF included)',
      descriptionEs:
        'Cargo por servicio de agua (medidor de 5/8 de pulgada, primeros 4 CCF incluidos)',
      amountCents: WATER_SERVICE_CENTS,
    },
  ];
  let from = 0;
  WATER_TIERS.forEach((tier, index) => {
    const used = Math.max(0, Math.min(ccf, tier.upTo) - from);
    if (tier.rate > 0 && used > 0) {
      items.push({
        kind: 'WATER',
        descriptionEn: `Water usage, tier ${index}: ${used} CCF at ${dollars(tier.rate)}`,
        descriptionEs: `Consumo de agua, nivel ${index}: ${used} CCF a ${dollars(tier.rate)}`,
        amountCents: used * tier.rate,
      });
    }
    from = tier.upTo;
  });
  return items;
}

function chargesFor(ccf: number, carriedCents: number): DemoLineItem[] {
  const sewerCcf = Math.min(ccf, SEWER_CCF_CAP);
  const items = [
    ...waterItems(ccf),
    {
      kind: 'SEWER',
      descriptionEn: `Wastewater: ${sewerCcf} CCF`,
      descriptionEs: `Aguas residuales: ${sewerCcf} CCF`,
      amountCents: SEWER_BASE_CENTS + sewerCcf * SEWER_PER_CCF_CENTS,
    },
    {
      kind: 'SOLID_WASTE',
      descriptionEn: 'Solid waste (trash and recycling collection)',
      descriptionEs: 'Residuos sólidos (recolección de basura y reciclaje)',
      amountCents: SOLID_WASTE_CENTS,
    },
    {
      kind: 'ENVIRONMENTAL_FEE',
      descriptionEn: 'Environmental fee',
      descriptionEs: 'Cargo ambiental',
      amountCents: ENVIRONMENTAL_FEE_CENTS,
    },
  ];
  if (carriedCents > 0) {
    items.push({
      kind: 'LATE_FEE',
      descriptionEn: `Late fee: 1.5% of ${dollars(carriedCents)} past due`,
      descriptionEs: `Recargo por mora: 1.5% de ${dollars(carriedCents)} vencido`,
      amountCents: Math.max(LATE_FEE_MIN_CENTS, Math.round(carriedCents * LATE_FEE_RATE)),
    });
  }
  return items;
}

/**
 * What the holder pays toward a statement and when, or nothing. `last` is the newest
 * statement: a payment dated after `today` has not happened yet.
 */
function paymentsFor(
  random: Random,
  habit: PayerHabit,
  statement: { statementDate: string; dueDate: string; amountDueCents: number },
  monthsFromEnd: number,
  today: string,
): DemoPayment[] {
  const due = statement.amountDueCents;
  if (due <= 0) return [];
  let payment: DemoPayment | null = null;
  switch (habit) {
    case 'AUTOPAY':
      payment = { paidOn: addDays(statement.dueDate, -3), amountCents: due, source: 'AUTOPAY' };
      break;
    case 'NEWEST_UNPAID':
    case 'ON_TIME':
      if (habit === 'NEWEST_UNPAID' && monthsFromEnd === 0) break;
      payment = {
        paidOn: addDays(statement.statementDate, random.int(2, DAYS_TO_PAY - 1)),
        amountCents: due,
        source: 'RESIDENT',
      };
      break;
    case 'LATE': {
      // Now and then late (after the due date, yet before the next statement even after
      // February's short month: 21 + 6 days) or in part.
      const late = random.chance(0.25);
      const partial = random.chance(0.15);
      payment = {
        paidOn: addDays(statement.dueDate, late ? random.int(1, 6) : -random.int(1, 10)),
        amountCents: partial ? Math.max(100, Math.round(due * random.range(0.4, 0.8))) : due,
        source: 'RESIDENT',
      };
      break;
    }
    case 'STOPPED_PAYING':
      payment =
        monthsFromEnd < 3
          ? null
          : {
              paidOn: addDays(statement.statementDate, random.int(3, DAYS_TO_PAY - 1)),
              amountCents: due,
              source: 'RESIDENT',
            };
      break;
  }
  return payment && payment.paidOn <= today ? [payment] : [];
}

/**
 * The statements of one account, oldest first, for the 24 months billed by `today`
 * (the city's date), with the payments its habit makes; `baseCcf` is its household's
 * typical monthly water use.
 */
export function demoStatements(
  random: Random,
  habit: PayerHabit,
  baseCcf: number,
  today: string,
): DemoStatement[] {
  const statements: DemoStatement[] = [];
  let previous: DemoStatement | null = null;
  const months = billedMonths(today);
  months.forEach(({ year, month }, index) => {
    const periodStart = monthStart(year, month);
    const periodEnd = addDays(monthStart(year, month + 1), -1);
    const statementDate = addDays(monthStart(year, month + 1), STATEMENT_DAY - 1);
    const dueDate = addDays(statementDate, DAYS_TO_PAY);
    const previousBalanceCents = previous?.amountDueCents ?? 0;
    const paymentsReceivedCents = (previous?.payments ?? []).reduce((s, p) => s + p.amountCents, 0);
    // Unpaid at this statement, past the previous due date: the late fee's base.
    const carried = previousBalanceCents - paymentsReceivedCents;
    const ccf = Math.max(2, Math.round(baseCcf * (SEASON[month] ?? 1) * random.range(0.85, 1.15)));
    const lineItems = chargesFor(ccf, carried);
    const newChargesCents = lineItems.reduce((s, item) => s + item.amountCents, 0);
    const statement: DemoStatement = {
      periodStart,
      periodEnd,
      statementDate,
      dueDate,
      previousBalanceCents,
      paymentsReceivedCents,
      newChargesCents,
      amountDueCents: previousBalanceCents - paymentsReceivedCents + newChargesCents,
      lineItems,
      payments: [],
    };
    statement.payments = paymentsFor(random, habit, statement, months.length - 1 - index, today);
    statements.push(statement);
    previous = statement;
  });
  return statements;
}
