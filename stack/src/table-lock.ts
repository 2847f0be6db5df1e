// Test helper: imported by test files only.

import pg from 'pg';

/**
 * An ACCESS EXCLUSIVE lock on one table, held by a transaction of its own until
 * `release()`: every statement that reads the table waits meanwhile, so a test can
 * hold requests in flight for as long as it needs and know that they are (`waiting`
 * counts the statements of an application blocked on a lock).
 */
export class TableLock {
  private released = false;

  private constructor(
    private readonly client: pg.Client,
    private readonly databaseUrl: string,
  ) {}

  static async take(databaseUrl: string, table: string): Promise<TableLock> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query('begin');
      await client.query(`lock table ${table} in access exclusive mode`);
    } catch (error) {
      await client.end();
      throw error;
    }
    return new TableLock(client, databaseUrl);
  }

  /** Statements of `applicationName` (pg_stat_activity) waiting for a lock now. */
  async waiting(applicationName: string): Promise<number> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ waiting: number }>(
        `select count(*)::int as waiting from pg_stat_activity
          where datname = current_database() and application_name = $1 and wait_event_type = 'Lock'`,
        [applicationName],
      );
      return rows[0]!.waiting;
    } finally {
      await client.end();
    }
  }

  /** Ends the transaction: the waiting statements run. Safe to call twice. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    await this.client.query('rollback').catch(() => {});
    await this.client.end().catch(() => {});
  }
}
