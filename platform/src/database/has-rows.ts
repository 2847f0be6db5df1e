import { type Kysely, sql } from 'kysely';

/** Whether `table` holds any row at all (one probe, however large the table). */
export async function hasRows<DB>(db: Kysely<DB>, table: keyof DB & string): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    select exists (select from ${sql.table(table)}) as found
  `.execute(db);
  return rows[0]?.found === true;
}
