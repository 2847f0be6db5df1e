import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  // A resident of the city with an account of their own (the 311 app, partner apps).
  // Everything here but the id is personal data (access rules in platform permissions).
  await db.schema
    .createTable('residents')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // Stored lower-cased and trimmed: one account per address, however it is typed.
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('mailing_address', 'text')
    .addColumn('preferred_language', 'text', (c) =>
      c.notNull().defaultTo('EN').check(sql`preferred_language in ('EN', 'ES')`),
    )
    .addColumn('password_hash', 'text')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // A utility (city services) account: what a bill is addressed to. The PIN printed on
  // the bill proves a resident holds the paper; only its hash is kept.
  await db.schema
    .createTable('utility_accounts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('account_number', 'text', (c) =>
      c.notNull().unique().check(sql`account_number ~ '^[0-9]{10}$'`),
    )
    .addColumn('service_address', 'text', (c) => c.notNull())
    .addColumn('pin_hash', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('USD'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Who holds which account: one resident may hold several, several may share one.
  await db.schema
    .createTable('resident_utility_accounts')
    .addColumn('resident_id', 'uuid', (c) =>
      c.notNull().references('residents.id').onDelete('cascade'),
    )
    .addColumn('utility_account_id', 'uuid', (c) =>
      c.notNull().references('utility_accounts.id').onDelete('cascade'),
    )
    .addColumn('linked_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('resident_utility_accounts_pkey', [
      'resident_id',
      'utility_account_id',
    ])
    .execute();
  await db.schema
    .createIndex('resident_utility_accounts_by_account')
    .on('resident_utility_accounts')
    .column('utility_account_id')
    .execute();

  // A monthly statement. Money is integer cents in the account's currency. The
  // statement's figures are as of its date: previous balance, payments received since
  // the previous statement, new charges (its line items), and the amount due.
  await db.schema
    .createTable('bills')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('utility_account_id', 'uuid', (c) =>
      c.notNull().references('utility_accounts.id').onDelete('cascade'),
    )
    .addColumn('period_start', 'date', (c) => c.notNull())
    .addColumn('period_end', 'date', (c) => c.notNull())
    .addColumn('statement_date', 'date', (c) => c.notNull())
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('previous_balance_cents', 'bigint', (c) => c.notNull())
    .addColumn('payments_received_cents', 'bigint', (c) => c.notNull())
    .addColumn('new_charges_cents', 'bigint', (c) => c.notNull())
    // previous balance − payments received + new charges; negative is a credit.
    .addColumn('amount_due_cents', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('USD'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('bills_one_per_period', ['utility_account_id', 'period_start'])
    .addCheckConstraint(
      'bills_amount_adds_up',
      sql`amount_due_cents = previous_balance_cents - payments_received_cents + new_charges_cents`,
    )
    .execute();
  await db.schema
    .createIndex('bills_by_account_newest')
    .on('bills')
    .columns(['utility_account_id', 'statement_date desc'])
    .execute();

  await db.schema
    .createTable('bill_line_items')
    .addColumn('bill_id', 'uuid', (c) => c.notNull().references('bills.id').onDelete('cascade'))
    .addColumn('position', 'smallint', (c) => c.notNull())
    // WATER, SEWER, SOLID_WASTE, ENVIRONMENTAL_FEE, STORMWATER, LATE_FEE, ADJUSTMENT, …
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('description_es', 'text', (c) => c.notNull())
    .addColumn('amount_cents', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('bill_line_items_pkey', ['bill_id', 'position'])
    .execute();

  // A payment toward an account. PENDING until the processor's outcome is known
  // (a timeout leaves it PENDING for reconciliation); only SUCCEEDED payments count in
  // balances. The idempotency key is unique per payer (`idempotency_scope`: the
  // resident, or staff member, who asked), with a hash of what was asked.
  await db.schema
    .createTable('payments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('utility_account_id', 'uuid', (c) =>
      c.notNull().references('utility_accounts.id').onDelete('restrict'),
    )
    .addColumn('bill_id', 'uuid', (c) => c.references('bills.id').onDelete('set null'))
    .addColumn('resident_id', 'uuid', (c) => c.references('residents.id').onDelete('set null'))
    .addColumn('amount_cents', 'bigint', (c) => c.notNull().check(sql`amount_cents > 0`))
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('USD'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('PENDING', 'SUCCEEDED', 'FAILED')`),
    )
    // RESIDENT (the resident or a partner app for them), AUTOPAY, STAFF.
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('idempotency_scope', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('processor', 'text', (c) => c.notNull())
    .addColumn('processor_reference', 'text')
    .addColumn('failure_code', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('settled_at', 'timestamptz')
    .addUniqueConstraint('payments_idempotency', ['idempotency_scope', 'idempotency_key'])
    .execute();
  await db.schema
    .createIndex('payments_by_account')
    .on('payments')
    .columns(['utility_account_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('payments_pending')
    .on('payments')
    .column('created_at')
    .where(sql.ref('status'), '=', 'PENDING')
    .execute();
}
