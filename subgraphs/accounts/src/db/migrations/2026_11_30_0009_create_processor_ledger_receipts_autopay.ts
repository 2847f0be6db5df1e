import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  // The sandbox processor's own ledger: the charges it made, keyed by the idempotency
  // key the caller gave it (our payment id). It stands in for the processor's side of
  // the wire: reconciliation asks it "did the charge for payment X happen?", and a
  // second charge with the same key returns the first instead of charging again.
  await db.schema
    .createTable('sandbox_charges')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('amount_cents', 'bigint', (c) => c.notNull().check(sql`amount_cents > 0`))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('payment_method_token', 'text', (c) => c.notNull())
    // SUCCEEDED, or the decline code (DECLINED, INSUFFICIENT_FUNDS).
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Receipts: what the payer was shown of the method (never the token itself), and a
  // receipt number given once the payment succeeds, from a sequence (gaps are fine;
  // duplicates are not).
  await db.schema
    .alterTable('payments')
    .addColumn('method_brand', 'text')
    .addColumn('method_last4', 'text', (c) => c.check(sql`method_last4 ~ '^[0-9]{4}$'`))
    .addColumn('receipt_number', 'text', (c) => c.unique())
    .execute();
  await sql`create sequence payment_receipt_numbers`.execute(db);

  // AutoPay: at most one enrollment per account (the holder who enrolled pays with
  // their method); cancelling deletes it. `days_before_due`: the job pays each new
  // bill this many days before its due date (in the city's time zone).
  await db.schema
    .createTable('autopay_enrollments')
    .addColumn('utility_account_id', 'uuid', (c) =>
      c.primaryKey().references('utility_accounts.id').onDelete('cascade'),
    )
    .addColumn('resident_id', 'uuid', (c) =>
      c.notNull().references('residents.id').onDelete('cascade'),
    )
    .addColumn('payment_method_token', 'text', (c) => c.notNull())
    .addColumn('method_brand', 'text', (c) => c.notNull())
    .addColumn('method_last4', 'text', (c) => c.notNull())
    .addColumn('days_before_due', 'smallint', (c) =>
      c.notNull().check(sql`days_before_due between 0 and 20`),
    )
    .addColumn('enrolled_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}
