import type { DemoCity, DemoSeed, SeedProgress } from '@civicgraph/demo-city';
import { chunks, hasRows, rowsPerInsert } from '@civicgraph/platform';
import { hash } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import { seedBilling } from './billing-demo-seed';
import type { AccountsDatabase } from './database';
import { seedDemoResidents } from './resident-seed';
import { insertShifts } from './shift.repository';

/** Inserts the demo city's departments, crews and staff (demo logins get a password hash). */
export async function seedAccounts(
  db: Kysely<AccountsDatabase>,
  city: DemoCity,
  progress?: SeedProgress,
) {
  const staffRows = await Promise.all(
    city.staff.map(async (s) => ({
      id: s.id,
      departmentId: s.departmentId,
      crewId: s.crewId,
      givenName: s.givenName,
      familyName: s.familyName,
      email: s.email,
      role: s.role,
      passwordHash: s.demoPassword ? await hash(s.demoPassword) : null,
    })),
  );
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('departments')
      .values(
        city.departments.map((d) => ({
          id: d.id,
          code: d.code,
          nameEn: d.name.en,
          nameEs: d.name.es,
        })),
      )
      .execute();
    await trx.insertInto('crews').values(city.crews).execute();
    for (const rows of chunks(staffRows, rowsPerInsert(8))) {
      await trx.insertInto('staff').values(rows).execute();
    }
    await seedShifts(trx, city);
    await seedDemoResidents(trx, city);
  });
  progress?.('accounts.staff', staffRows.length, staffRows.length);
  // Last: it links the demo residents, whom the residents' seed creates.
  await seedBilling(db, city);
}

async function seedShifts(db: Kysely<AccountsDatabase>, city: DemoCity) {
  for (const rows of chunks(city.shifts, rowsPerInsert(5))) await insertShifts(db, rows);
}

/**
 * Staff seeded before shifts existed (a data folder kept across an upgrade): gives the
 * demo city's field workers their shifts, so that dispatch sees who is on shift.
 */
export async function completeAccounts(db: Kysely<AccountsDatabase>, city: DemoCity) {
  // Residents arrived after staff (issue 13): a kept data folder gets the demo ones,
  // then their bills (billing links the demo residents, so it comes second).
  if (!(await hasRows(db, 'residents'))) await seedDemoResidents(db, city);
  await seedBilling(db, city);
  if (await hasRows(db, 'staffShifts')) return;
  const known = new Set((await db.selectFrom('staff').select('id').execute()).map((s) => s.id));
  await db
    .transaction()
    .execute((trx) =>
      seedShifts(trx, { ...city, shifts: city.shifts.filter((s) => known.has(s.staffId)) }),
    );
}

/** The accounts subgraph's share of the demo city. */
export const accountsDemoSeed: DemoSeed<AccountsDatabase> = {
  hasData: (db) => hasRows(db, 'departments'),
  seed: seedAccounts,
  complete: completeAccounts,
};
