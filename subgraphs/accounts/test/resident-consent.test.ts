import { DEMO_PASSWORD } from '@civicgraph/demo-city';
import { ANONYMOUS, type Caller, type PartnerScope } from '@civicgraph/platform';
import { dataOf } from '@civicgraph/platform/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoResidentEmail } from '../src/db/resident-seed';
import { createApiClient, revokeApiClientById } from '../src/manage/api-clients';
import { askCallers, firstError, partnerCaller } from './access-helpers';
import { type AccountsHarness, startAccountsHarness } from './harness';

let subgraph: AccountsHarness;
let alex: Caller & { kind: 'resident' };
let maria: Caller & { kind: 'resident' };

async function residentId(local: string) {
  const row = await subgraph.db
    .selectFrom('residents')
    .select('id')
    .where('email', '=', demoResidentEmail(local, subgraph.city.profile.jurisdictionId))
    .executeTakeFirstOrThrow();
  return row.id;
}

beforeAll(async () => {
  subgraph = await startAccountsHarness();
  alex = { kind: 'resident', id: await residentId('resident') };
  maria = { kind: 'resident', id: await residentId('residente') };
});

afterAll(async () => {
  await subgraph?.close();
});

function partnerApp(scopes: PartnerScope[]) {
  return createApiClient(subgraph.db, {
    name: `App ${scopes.join(' ')}`,
    contactEmail: 'dev@example.org',
    scopes,
    rateLimitPerMinute: 120,
  });
}

function grant(caller: Caller, apiClientId: string) {
  return subgraph.queryAs<{
    grantResidentConsent: { consentToken: string; consent: { id: string; partnerName: string } };
  }>(
    caller,
    `mutation ($input: GrantResidentConsentInput!) { grantResidentConsent(input: $input) {
       consentToken consent { id partnerName } } }`,
    { input: { apiClientId } },
  );
}

function revoke(caller: Caller, consentId: string) {
  return subgraph.queryAs<{ revokeResidentConsent: { consent: { revokedAt: string } } }>(
    caller,
    `mutation ($input: RevokeResidentConsentInput!) { revokeResidentConsent(input: $input) {
       consent { revokedAt } } }`,
    { input: { consentId } },
  );
}

const acting = (consentToken: string, apiClientId: string) =>
  askCallers(subgraph, { consentToken, apiClientId });

describe('consents', () => {
  it('a consent lets its own app act for the resident, until revoked', async () => {
    const app = (await partnerApp(['residents:act', 'requests:write'])).client;
    const other = (await partnerApp(['residents:act'])).client;
    const granted = dataOf(await grant(alex, app.id)).grantResidentConsent;
    expect(granted.consentToken).toMatch(/^cgc_/);
    expect(granted.consent.partnerName).toBe(app.name);
    const stored = await subgraph.db.selectFrom('residentConsents').select('tokenHash').execute();
    expect(stored.map((r) => r.tokenHash)).not.toContain(granted.consentToken);

    expect((await acting(granted.consentToken, app.id)).body.caller).toEqual({
      kind: 'resident',
      id: alex.id,
      actingPartnerId: app.id,
    });
    // Given to one app, it does nothing for another.
    expect((await acting(granted.consentToken, other.id)).body.caller).toBeNull();
    expect((await acting('cgc_not-a-token', app.id)).body.caller).toBeNull();

    const list = await subgraph.queryAs<{ residentConsents: Array<{ id: string }> }>(
      alex,
      '{ residentConsents { id apiClientId revokedAt } }',
    );
    expect(dataOf(list).residentConsents.map((c) => c.id)).toEqual([granted.consent.id]);
    // Another resident neither sees nor revokes it.
    expect(
      dataOf(
        await subgraph.queryAs<{ residentConsents: unknown[] }>(
          maria,
          '{ residentConsents { id } }',
        ),
      ).residentConsents,
    ).toEqual([]);
    expect(firstError(await revoke(maria, granted.consent.id))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await acting(granted.consentToken, app.id)).body.caller).not.toBeNull();

    expect(
      dataOf(await revoke(alex, granted.consent.id)).revokeResidentConsent.consent.revokedAt,
    ).toBeTruthy();
    expect((await acting(granted.consentToken, app.id)).body.caller).toBeNull();
  });

  it('an expired consent, or one of a revoked app, acts for nobody', async () => {
    const app = (await partnerApp(['residents:act'])).client;
    const expired = dataOf(await grant(alex, app.id)).grantResidentConsent;
    await sql`update resident_consents set expires_at = now() - interval '1 second' where id = ${expired.consent.id}`.execute(
      subgraph.db,
    );
    expect((await acting(expired.consentToken, app.id)).body.caller).toBeNull();
    const live = dataOf(await grant(alex, app.id)).grantResidentConsent;
    expect((await acting(live.consentToken, app.id)).body.caller).not.toBeNull();
    await revokeApiClientById(subgraph.db, app.id);
    expect((await acting(live.consentToken, app.id)).body.caller).toBeNull();
  });

  it('only the resident signed in themself manages consents', async () => {
    const app = (await partnerApp(['residents:act'])).client;
    const plain = (await partnerApp(['requests:write'])).client;
    expect(firstError(await grant(alex, plain.id))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(firstError(await grant(alex, '00000000-0000-4000-8000-000000000000'))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(firstError(await grant(alex, 'nope'))).toMatchObject({ code: 'BAD_USER_INPUT' });
    const refusals: Array<[Caller, string]> = [
      [{ ...alex, actingPartnerId: app.id }, 'FORBIDDEN'],
      [partnerCaller(['residents:act']), 'FORBIDDEN'],
      [{ kind: 'staff', id: 'a', roles: ['ADMIN'] }, 'FORBIDDEN'],
      [ANONYMOUS, 'UNAUTHENTICATED'],
    ];
    for (const [caller, code] of refusals) {
      expect(firstError(await grant(caller, app.id)), JSON.stringify(caller)).toMatchObject({
        code,
      });
      const list = await subgraph.queryAs(caller, '{ residentConsents { id } }');
      expect(firstError(list), JSON.stringify(caller)).toMatchObject({ code });
    }
    const count = await subgraph.db
      .selectFrom('residentConsents')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('apiClientId', '=', app.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });
});

describe('demo residents', () => {
  it('sign in with the demo password', async () => {
    const email = demoResidentEmail('resident', subgraph.city.profile.jurisdictionId);
    const answer = await subgraph.queryAs<{ residentSignIn: { resident: { id: string } } }>(
      ANONYMOUS,
      'mutation ($i: ResidentSignInInput!) { residentSignIn(input: $i) { resident { id } } }',
      { i: { email, password: DEMO_PASSWORD } },
    );
    expect(dataOf(answer).residentSignIn.resident.id).toBe(alex.id);
  });
});
