import { DEMO_PASSWORD, type DemoCity } from '@civicgraph/demo-city';
import { hash } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import type { AccountsDatabase } from './database';
import type { PreferredLanguage } from './resident.table';

interface DemoResident {
  /** The part before `@demo.<jurisdiction>`. */
  local: string;
  fullName: string;
  phone: string;
  mailingAddress: string;
  preferredLanguage: PreferredLanguage;
}

/**
 * The demo city's residents who sign in with civicgraph-demo: one in English, one in
 * Spanish, and a second member of the first one's household (the billing seed links
 * them to the same utility account). Other subgraphs find them by email.
 */
const DEMO_RESIDENTS: readonly DemoResident[] = [
  {
    local: 'resident',
    fullName: 'Alex Rivera',
    phone: '602-555-0142',
    mailingAddress: '1820 W Roosevelt St, Phoenix, AZ 85007',
    preferredLanguage: 'EN',
  },
  {
    local: 'residente',
    fullName: 'María Hernández',
    phone: '602-555-0187',
    mailingAddress: '3415 N 27th Ave, Phoenix, AZ 85017',
    preferredLanguage: 'ES',
  },
  {
    local: 'resident2',
    fullName: 'Sam Rivera',
    phone: '602-555-0143',
    mailingAddress: '1820 W Roosevelt St, Phoenix, AZ 85007',
    preferredLanguage: 'EN',
  },
];

/** A demo resident's email in a city. */
export function demoResidentEmail(local: string, jurisdictionId: string) {
  return `${local}@demo.${jurisdictionId}`;
}

/** Inserts the demo residents that are missing (by email), with the demo password. */
export async function seedDemoResidents(db: Kysely<AccountsDatabase>, city: DemoCity) {
  const passwordHash = await hash(DEMO_PASSWORD);
  await db
    .insertInto('residents')
    .values(
      DEMO_RESIDENTS.map((r) => ({
        email: demoResidentEmail(r.local, city.profile.jurisdictionId),
        fullName: r.fullName,
        phone: r.phone,
        mailingAddress: r.mailingAddress,
        preferredLanguage: r.preferredLanguage,
        passwordHash,
      })),
    )
    .onConflict((oc) => oc.column('email').doNothing())
    .execute();
}
