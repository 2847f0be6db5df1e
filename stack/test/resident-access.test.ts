import { DEMO_PASSWORD, generateDemoCity } from '@civicgraph/demo-city';
import { postGraphQL } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { type PartnerScopeName, signInAs, startSeededStack } from '../src/testing';

// Residents through the real gateway: a resident signs in and is the caller of their
// own requests; a partner app acts for them only with their consent token, given to
// that app; everyone else is refused.
const cityOptions = { seed: 31, requests: 20, now: new Date('2026-11-20T15:00:00Z') };
const city = generateDemoCity(cityOptions);
const jurisdiction = city.profile.jurisdictionId;
const residentEmail = `resident@demo.${jurisdiction}`;

let stack: RunningStack;
let admin: Record<string, string>;

const gql = <T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) => postGraphQL<T>(`${stack.url}/graphql`, query, variables, { headers });

async function signInResident(email = residentEmail) {
  const response = await gql<{
    residentSignIn: { accessToken: string; refreshToken: string; resident: { id: string } };
  }>(
    'mutation ($i: ResidentSignInInput!) { residentSignIn(input: $i) { accessToken refreshToken resident { id } } }',
    { i: { email, password: DEMO_PASSWORD } },
  );
  const session = response.data?.residentSignIn;
  if (!session) throw new Error(`resident sign-in failed: ${JSON.stringify(response.errors)}`);
  return { ...session, headers: { authorization: `Bearer ${session.accessToken}` } };
}

async function partnerApp(scopes: PartnerScopeName[]) {
  const created = await gql<{ createApiClient: { apiKey: string; apiClient: { id: string } } }>(
    'mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey apiClient { id } } }',
    {
      input: {
        name: `App ${scopes.join(' ')}`,
        contactEmail: 'app@example.org',
        scopes,
        rateLimitPerMinute: 100_000,
      },
    },
    admin,
  );
  const client = created.data?.createApiClient;
  if (!client) throw new Error(`creating an app failed: ${JSON.stringify(created.errors)}`);
  return { id: client.apiClient.id, key: client.apiKey };
}

const CURRENT = '{ currentResident { id name email serviceRequests { id status } } }';

function report(headers: Record<string, string>, description: string) {
  const [first] = [...city.requestBatches()][0]!.serviceRequests;
  return gql<{ createServiceRequest: { id: string } }>(
    `mutation ($lon: Float!, $lat: Float!, $d: String!) { createServiceRequest(input: {
      serviceCode: "STREET_SWEEPING", location: { lon: $lon, lat: $lat }, address: "1 Main St",
      description: $d, channel: MOBILE_APP }) { id } }`,
    { lon: first!.lon, lat: first!.lat, d: description },
    headers,
  );
}

beforeAll(async () => {
  stack = await startSeededStack({
    city: cityOptions,
    access: { callerCache: { apiKeySeconds: 1, sessionSeconds: 1 } },
  });
  admin = await signInAs(stack.url, 'ADMIN', jurisdiction);
});

afterAll(async () => {
  await stack?.close();
});

describe('a signed-in resident', () => {
  it('is the caller: currentResident, and the requests they report are theirs', async () => {
    const alex = await signInResident();
    const filed = await report(alex.headers, 'Graffiti on the wall');
    const id = filed.data?.createServiceRequest.id;
    expect(id, JSON.stringify(filed.errors)).toBeTruthy();
    const me = await gql<{
      currentResident: { id: string; email: string; serviceRequests: Array<{ id: string }> };
    }>(CURRENT, {}, alex.headers);
    expect(me.errors).toBeUndefined();
    expect(me.data?.currentResident).toMatchObject({ id: alex.resident.id, email: residentEmail });
    expect(me.data?.currentResident.serviceRequests.map((r) => r.id)).toEqual([id]);

    // The other demo resident does not see it.
    const maria = await signInResident(`residente@demo.${jurisdiction}`);
    const hers = await gql<{ currentResident: { serviceRequests: unknown[] } }>(
      CURRENT,
      {},
      maria.headers,
    );
    expect(hers.data?.currentResident.serviceRequests).toEqual([]);
  });

  it('is refused once signed out, and a staff token is no resident', async () => {
    const alex = await signInResident();
    await gql('mutation ($i: ResidentSignOutInput!) { residentSignOut(input: $i) { sessionId } }', {
      i: { refreshToken: alex.refreshToken },
    });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const after = await gql(CURRENT, {}, alex.headers);
    expect(after.status).toBe(401);
    const staff = await gql<{ currentResident: null }>(CURRENT, {}, admin);
    expect(staff.data?.currentResident).toBeNull();
    const anonymous = await gql<{ currentResident: null }>(CURRENT);
    expect(anonymous.data?.currentResident).toBeNull();
  });
});

describe('a partner app acting for a resident', () => {
  it('acts with the consent the resident gave it, and not after it is revoked', async () => {
    const alex = await signInResident();
    const app = await partnerApp(['RESIDENTS_ACT', 'REQUESTS_WRITE']);
    const other = await partnerApp(['RESIDENTS_ACT', 'REQUESTS_WRITE']);
    const noActing = await partnerApp(['REQUESTS_WRITE']);
    const granted = await gql<{
      grantResidentConsent: { consentToken: string; consent: { id: string } };
    }>(
      'mutation ($i: GrantResidentConsentInput!) { grantResidentConsent(input: $i) { consentToken consent { id } } }',
      { i: { apiClientId: app.id } },
      alex.headers,
    );
    const consent = granted.data?.grantResidentConsent;
    expect(consent, JSON.stringify(granted.errors)).toBeTruthy();
    const acting = { 'x-api-key': app.key, 'x-resident-consent': consent!.consentToken };

    const filed = await report(acting, 'Streetlight out, reported through the app');
    expect(filed.errors).toBeUndefined();
    const me = await gql<{
      currentResident: { id: string; serviceRequests: Array<{ id: string }> };
    }>(CURRENT, {}, acting);
    expect(me.data?.currentResident.id).toBe(alex.resident.id);
    expect(me.data?.currentResident.serviceRequests.map((r) => r.id)).toContain(
      filed.data?.createServiceRequest.id,
    );
    // Acting for them is not being them: it cannot hand out more consents.
    const more = await gql(
      'mutation ($i: GrantResidentConsentInput!) { grantResidentConsent(input: $i) { consentToken } }',
      { i: { apiClientId: other.id } },
      acting,
    );
    expect(more.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // The app on its own key is no resident.
    const alone = await gql<{ currentResident: null }>(CURRENT, {}, { 'x-api-key': app.key });
    expect(alone.data?.currentResident).toBeNull();
    // Another app with this consent, an app without residents:act, a consent without a key.
    const stolen = await gql(
      CURRENT,
      {},
      { 'x-api-key': other.key, 'x-resident-consent': consent!.consentToken },
    );
    expect(stolen.status).toBe(401);
    expect(stolen.errors?.[0]?.extensions?.reason).toBe('CONSENT_INVALID');
    const unscoped = await gql(
      CURRENT,
      {},
      {
        'x-api-key': noActing.key,
        'x-resident-consent': consent!.consentToken,
      },
    );
    expect(unscoped.status).toBe(403);
    const keyless = await gql(CURRENT, {}, { 'x-resident-consent': consent!.consentToken });
    expect(keyless.status).toBe(400);
    const forged = await gql(
      CURRENT,
      {},
      { 'x-api-key': app.key, 'x-resident-consent': `cgc_${'x'.repeat(43)}` },
    );
    expect(forged.status).toBe(401);

    const revoked = await gql(
      'mutation ($i: RevokeResidentConsentInput!) { revokeResidentConsent(input: $i) { consent { revokedAt } } }',
      { i: { consentId: consent!.consent.id } },
      alex.headers,
    );
    expect(revoked.errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const after = await gql(CURRENT, {}, acting);
    expect(after.status).toBe(401);
  });

  it("never reads a resident's personal data without consent", async () => {
    const alex = await signInResident();
    const app = await partnerApp(['RESIDENTS_ACT', 'REQUESTS_READ']);
    // No root field reaches another resident: currentResident is the caller only.
    const asApp = await gql<{ currentResident: null }>(CURRENT, {}, { 'x-api-key': app.key });
    expect(asApp.data?.currentResident).toBeNull();
    const consents = await gql('{ residentConsents { id } }', {}, { 'x-api-key': app.key });
    expect(consents.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await gql('{ residentConsents { id } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const own = await gql<{ residentConsents: unknown[] }>(
      '{ residentConsents { id } }',
      {},
      alex.headers,
    );
    expect(own.errors).toBeUndefined();
  });
});
