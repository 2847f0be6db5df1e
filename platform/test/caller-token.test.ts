import { createHash } from 'node:crypto';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  ANONYMOUS,
  type Caller,
  CallerRefused,
  isStreamedBodySigned,
  parseCaller,
  requestDigest,
  type SignedRequest,
  STREAMED_BODY,
  signCaller,
  signStreamedBody,
  verifyCaller,
} from '../src';
import { TEST_SECRETS } from '../src/testing';
import { forgedCallerToken } from './fixtures/forged-caller-token';

const SECRET = TEST_SECRETS.callerSigning;
const OTHER_SECRET = 'another-gateway-signing-secret-0123456789';

const REQUEST: SignedRequest = {
  audience: 'requests',
  method: 'POST',
  path: '/graphql',
  body: '{"query":"{ serviceRequests { totalCount } }"}',
};

const CALLERS: Array<[string, Caller]> = [
  ['anonymous', ANONYMOUS],
  [
    'staff with a session',
    { kind: 'staff', id: 'a1', roles: ['DISPATCHER', 'ANALYST'], sessionId: 's1' },
  ],
  ['staff without a session', { kind: 'staff', id: 'a2', roles: ['ADMIN'] }],
  ['a partner', { kind: 'partner', id: 'p1', scopes: ['catalog:read', 'requests:read'] }],
  ['a partner without scopes', { kind: 'partner', id: 'p2', scopes: [] }],
  ['a resident', { kind: 'resident', id: 'r1', actingPartnerId: 'p1' }],
  ['the gateway', { kind: 'service', id: 'gateway' }],
];

/** Whether verifying `header` for `request` is refused, and with which message. */
async function refusal(header: string | undefined, request = REQUEST, secret = SECRET) {
  try {
    await verifyCaller(header, request, secret);
    return 'accepted';
  } catch (error) {
    if (!(error instanceof CallerRefused)) throw error;
    return error.message;
  }
}

describe('signCaller and verifyCaller', () => {
  it.each(CALLERS)('carry %s there and back unchanged', async (_name, caller) => {
    const header = await signCaller(caller, REQUEST, SECRET);
    expect(await verifyCaller(header, REQUEST, SECRET)).toEqual(caller);
  });

  it('refuse a request without a header', async () => {
    expect(await refusal(undefined)).toMatch(/only requests signed by the gateway/);
  });

  it('refuse a header signed with another secret', async () => {
    const header = await signCaller(ANONYMOUS, REQUEST, OTHER_SECRET);
    expect(await refusal(header)).toBe('The signature is not valid');
  });

  it('refuse a header signed for another subgraph (audience)', async () => {
    const header = await signCaller(ANONYMOUS, { ...REQUEST, audience: 'assets' }, SECRET);
    expect(await refusal(header)).toBe('The signature is not valid');
  });

  it('refuse a header from another issuer', async () => {
    const header = await forgedCallerToken({ request: REQUEST, issuer: 'civicgraph-accounts' });
    expect(await refusal(header)).toBe('The signature is not valid');
  });

  it('refuse an expired header, saying so', async () => {
    const expired = await forgedCallerToken({ request: REQUEST, expiresIn: -60 });
    expect(await refusal(expired)).toBe('The signature has expired');
    // The same token with a future expiry passes: only the expiry differs.
    const fresh = await forgedCallerToken({ request: REQUEST, expiresIn: 60 });
    expect(await refusal(fresh)).toBe('accepted');
  });

  it.each([
    ['another body', { body: '{"query":"{ workOrders { totalCount } }"}' }],
    ['the same body with one more space', { body: `${REQUEST.body as string} ` }],
    ['another path', { path: '/internal/callers' }],
    ['another method', { method: 'GET' }],
  ])('refuse a header replayed with %s (request digest)', async (_name, change) => {
    const header = await signCaller(ANONYMOUS, REQUEST, SECRET);
    expect(await refusal(header, { ...REQUEST, ...change })).toBe(
      'The signature was made for another request',
    );
  });

  it('refuse a token that is not a JWT, or signed with another algorithm', async () => {
    expect(await refusal('not-a-token')).toBe('The signature is not valid');
    const hs512 = await new SignJWT({ caller: ANONYMOUS })
      .setProtectedHeader({ alg: 'HS512' })
      .setIssuer('civicgraph-gateway')
      .setAudience(REQUEST.audience)
      .setExpirationTime('30s')
      .sign(new TextEncoder().encode(SECRET));
    expect(await refusal(hs512)).toBe('The signature is not valid');
  });

  it.each([
    ['no caller claim', undefined],
    ['a caller that is a string', 'ADMIN'],
    ['an unknown kind', { kind: 'superuser', id: 'x' }],
    ['staff with an unknown role', { kind: 'staff', id: 'x', roles: ['ADMIN', 'ROOT'] }],
    ['staff without an id', { kind: 'staff', roles: ['ADMIN'] }],
    ['a partner with an unknown scope', { kind: 'partner', id: 'p', scopes: ['*'] }],
    ['a partner whose scopes are not a list', { kind: 'partner', id: 'p', scopes: 'x' }],
    ['a service other than the gateway', { kind: 'service', id: 'accounts' }],
  ])('refuse a well-signed header carrying %s', async (_name, caller) => {
    const header = await forgedCallerToken({ request: REQUEST, caller: caller ?? null });
    expect(await refusal(header)).toBe('The signed caller is malformed');
  });
});

describe('requestDigest', () => {
  it('digests a text body as it always did, and its UTF-8 bytes the same', () => {
    const body = '{"query":"{ services { nameEs } }","variables":{"q":"señal"}}';
    const before = createHash('sha256').update('POST /graphql\n').update(body).digest('base64url');
    expect(requestDigest('post', '/graphql', body)).toBe(before);
    expect(requestDigest('POST', '/graphql', Buffer.from(body, 'utf8'))).toBe(before);
    expect(requestDigest('POST', '/graphql', new TextEncoder().encode(body))).toBe(before);
  });

  it('binds binary bodies byte for byte', async () => {
    // Not valid UTF-8: decoding it as text would map both bodies to the same string.
    const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0xc3, 0x28]);
    const tampered = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0xc3, 0x29]);
    const request = { audience: 'requests', method: 'POST', path: '/photos', body: photo };
    const header = await signCaller(ANONYMOUS, request, SECRET);
    expect(await verifyCaller(header, request, SECRET)).toEqual(ANONYMOUS);
    expect(await refusal(header, { ...request, body: tampered })).toMatch(/another request/);
  });
});

describe('parseCaller', () => {
  it('keeps only the properties of the caller kind', () => {
    expect(
      parseCaller({ kind: 'staff', id: 'a', roles: ['ANALYST'], superuser: true, sessionId: '' }),
    ).toEqual({ kind: 'staff', id: 'a', roles: ['ANALYST'] });
    expect(parseCaller({ kind: 'anonymous', id: 'someone' })).toEqual(ANONYMOUS);
  });
});

describe('a streamed body', () => {
  const upload = { audience: 'datasets', method: 'POST', path: '/datasets/x/rows.csv' };

  it('is signed apart from any buffered body: neither header passes for the other', async () => {
    const streamed = await signCaller(ANONYMOUS, { ...upload, body: STREAMED_BODY }, SECRET);
    expect(await verifyCaller(streamed, { ...upload, body: STREAMED_BODY }, SECRET)).toEqual(
      ANONYMOUS,
    );
    expect(await refusal(streamed, { ...upload, body: '' })).toMatch(/another request/);
    const empty = await signCaller(ANONYMOUS, { ...upload, body: '' }, SECRET);
    expect(await refusal(empty, { ...upload, body: STREAMED_BODY })).toMatch(/another request/);
  });

  it("has its bytes bound by the trailer, to that request's caller header", () => {
    const digest = createHash('sha256').update('a,b\n1,2\n').digest('base64url');
    const other = createHash('sha256').update('a,b\n1,3\n').digest('base64url');
    const trailer = signStreamedBody('header-1', digest, SECRET);
    expect(isStreamedBodySigned('header-1', trailer, digest, SECRET)).toBe(true);
    expect(isStreamedBodySigned('header-1', trailer, other, SECRET)).toBe(false);
    expect(isStreamedBodySigned('header-2', trailer, digest, SECRET)).toBe(false);
    expect(isStreamedBodySigned('header-1', undefined, digest, SECRET)).toBe(false);
    expect(isStreamedBodySigned('header-1', trailer, digest, OTHER_SECRET)).toBe(false);
  });
});
