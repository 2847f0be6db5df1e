import type { ColumnType, Generated, Selectable } from 'kysely';

/** bigint columns: pg returns them as strings; written as numbers. Cents fit in 2^53. */
export type Cents = ColumnType<string, number | bigint | string, number | bigint | string>;

/** A monthly statement, its figures as of its statement date (integer cents). */
export interface BillTable {
  id: Generated<string>;
  utilityAccountId: string;
  /** Dates as 'YYYY-MM-DD' strings (the city's calendar dates). */
  periodStart: ColumnType<Date, string, string>;
  periodEnd: ColumnType<Date, string, string>;
  statementDate: ColumnType<Date, string, string>;
  dueDate: ColumnType<Date, string, string>;
  previousBalanceCents: Cents;
  paymentsReceivedCents: Cents;
  newChargesCents: Cents;
  amountDueCents: Cents;
  currency: Generated<string>;
  createdAt: Generated<Date>;
}

export interface BillLineItemTable {
  billId: string;
  position: number;
  kind: string;
  descriptionEn: string;
  descriptionEs: string;
  amountCents: Cents;
}

export type Bill = Selectable<BillTable>;
export type BillLineItem = Selectable<BillLineItemTable>;
