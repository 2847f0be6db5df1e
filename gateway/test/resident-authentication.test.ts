import { type Caller, signResidentAccessToken } from '@civicgraph/platform';
import { TEST_SECRETS } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  firstError,
  HAPPY_ANSWERS,
  post,
  type RunningServer,
  StubSubgraphs,
  startTestGateway,
} from './harness';

// Residents at the gateway: their own access token, or a partner app's key with the
// resident's consent token. Accounts is a stand-in answering from a table.

const QUERY = { query: '{ services { code } }' };
const residentId = '33333333-3333-4333-8333-333333333333';
const sessionId = '44444444-4444-4444-8444-444444444444';
const staffSessionId = '55555555-5555-4555-8555-555555555555';
const ACTING_KEY = `cgk_acts0000_${'a'.repeat(43)}`;
const OTHER_KEY = `cgk_othr0000_${'o'.repeat(43)}`;
const PLAIN_KEY = `cgk_plan0000_${'p'.repeat(43)}`;
const CONSENT = `cgc_${'c'.repeat(43)}`;
const app: Caller = { kind: 'partner', id: 'app-1', scopes: ['residents:act', 'requests:write'] };
const other: Caller = { kind: 'partner', id: 'app-2', scopes: ['residents:act'] };
const plain: Caller = { kind: 'partner', id: 'app-3', scopes: ['requests:write'] };
const resident: Caller = { kind: 'resident', id: residentId };
const acting: Caller = { kind: 'resident', id: residentId, actingPartnerId: 'app-1' };

let stubs: StubSubgraphs;
let gateway: RunningServer;

beforeAll(async () => {
  stubs = await new StubSubgraphs(HAPPY_ANSWERS).start();
  stubs.table.sessions.set(sessionId, resident);
  stubs.table.sessions.set(staffSessionId, {
    kind: 'staff',
    id: residentId,
    roles: ['ADMIN'],
    sessionId: staffSessionId,
  });
  stubs.table.keys.set(ACTING_KEY, { caller: app, rateLimitPerMinute: 1000 });
  stubs.table.keys.set(OTHER_KEY, { caller: other, rateLimitPerMinute: 1000 });
  stubs.table.keys.set(PLAIN_KEY, { caller: plain, rateLimitPerMinute: 1000 });
  stubs.table.consents.set(`${CONSENT} app-1`, acting);
  gateway = await startTestGateway(stubs.urls);
});

afterAll(async () => {
  await gateway?.close();
  await stubs?.close();
});

beforeEach(() => stubs.reset());

const residentToken = async (sid: string) =>
  (
    await signResidentAccessToken(
      { kind: 'resident', id: residentId, sessionId: sid },
      TEST_SECRETS.accessToken,
    )
  ).token;

describe('a resident access token', () => {
  it('signs the resident accounts confirms', async () => {
    const response = await post(gateway.url, QUERY, {
      authorization: `Bearer ${await residentToken(sessionId)}`,
    });
    expect(response.status).toBe(200);
    expect(stubs.received.requests.map((r) => r.caller)).toEqual([resident]);
    expect(stubs.lookups).toEqual([{ sessionId }]);
  });

  it("is refused when its session is a staff member's or unknown", async () => {
    for (const sid of [staffSessionId, '66666666-6666-4666-8666-666666666666']) {
      const response = await post(gateway.url, QUERY, {
        authorization: `Bearer ${await residentToken(sid)}`,
      });
      expect(response.status).toBe(401);
      expect(firstError(response.body)?.reason).toBe('SESSION_ENDED');
    }
    expect(stubs.received.requests).toEqual([]);
  });
});

describe('a partner app acting for a resident', () => {
  it('signs the resident, with the app, for the consent given to that app', async () => {
    const response = await post(gateway.url, QUERY, {
      'x-api-key': ACTING_KEY,
      'x-resident-consent': CONSENT,
    });
    expect(response.status).toBe(200);
    expect(stubs.received.requests.map((r) => r.caller)).toEqual([acting]);
  });

  it('refuses another app, an app without residents:act, a bad token and a token alone', async () => {
    const cases: Array<[Record<string, string>, number, string | undefined]> = [
      [{ 'x-api-key': OTHER_KEY, 'x-resident-consent': CONSENT }, 401, 'CONSENT_INVALID'],
      [{ 'x-api-key': PLAIN_KEY, 'x-resident-consent': CONSENT }, 403, 'MISSING_SCOPE'],
      [{ 'x-api-key': ACTING_KEY, 'x-resident-consent': 'cgc_short' }, 401, 'CONSENT_INVALID'],
      [{ 'x-resident-consent': CONSENT }, 400, undefined],
      [
        {
          authorization: `Bearer ${await residentToken(sessionId)}`,
          'x-resident-consent': CONSENT,
        },
        400,
        undefined,
      ],
    ];
    for (const [headers, status, reason] of cases) {
      const response = await post(gateway.url, QUERY, headers);
      expect(response.status, JSON.stringify(headers)).toBe(status);
      if (reason) expect(firstError(response.body)?.reason).toBe(reason);
    }
    expect(stubs.received.requests).toEqual([]);
  });
});
