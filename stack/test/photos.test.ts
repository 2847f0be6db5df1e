import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { CALLER_HEADER, type Caller, type RunningSubgraph, signCaller } from '@civicgraph/platform';
import { postGraphQL, TEST_SECRETS } from '@civicgraph/platform/testing';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { signInAs, startSeededStack } from '../src/testing';

// Photos end to end, through the one public origin: uploaded to the gateway, which
// admits the caller as for /graphql and signs them (and the exact bytes) to the
// requests subgraph; read back there under the request's access rules.
let stack: RunningStack;
let as: Record<
  'dispatcher' | 'supervisor' | 'fieldWorker' | 'analyst' | 'admin',
  Record<string, string>
>;
let partners: Record<'catalogOnly' | 'reader' | 'writer', Record<string, string>>;
let jpeg: Buffer;
let png: Buffer;

/** Just the photos table, as the test attaches a photo without the mutations (theirs to test). */
interface PhotoTables {
  photos: { id: string; serviceRequestId: string | null };
}

interface Answer {
  status: number;
  headers: Headers;
  bytes: Buffer;
  json(): {
    id?: string;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  } & Record<string, unknown>;
}

async function call(path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${stack.url}${path}`, init);
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    json: () => JSON.parse(bytes.toString('utf8')),
  };
}

function upload(
  headers: Record<string, string>,
  body: Buffer,
  contentType = 'image/jpeg',
  kind?: 'REPORTER' | 'COMPLETION',
) {
  return call(`/photos${kind ? `?kind=${kind}` : ''}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': contentType },
    body,
  });
}

const codeOf = (answer: Answer) => answer.json().errors?.[0]?.extensions?.code;

async function partnerKey(scopes: string[]) {
  const created = await postGraphQL<{ createApiClient: { apiKey: string } }>(
    `${stack.url}/graphql`,
    'mutation Create($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }',
    {
      input: {
        name: `Photos ${scopes.join(' ')}`,
        contactEmail: 'photos@example.org',
        scopes,
        rateLimitPerMinute: 10_000,
      },
    },
    { headers: as.admin },
  );
  const key = created.data?.createApiClient.apiKey;
  if (!key) throw new Error(`creating an API client failed: ${JSON.stringify(created.errors)}`);
  return { 'x-api-key': key };
}

function requestsSubgraph() {
  const running = stack.subgraphs.find((s) => s.name === 'requests');
  if (!running) throw new Error('no requests subgraph');
  return running as unknown as RunningSubgraph<PhotoTables>;
}

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 11, requests: 30, now: new Date('2026-11-01T15:00:00Z') },
  });
  as = {
    dispatcher: await signInAs(stack.url, 'DISPATCHER'),
    supervisor: await signInAs(stack.url, 'SUPERVISOR'),
    fieldWorker: await signInAs(stack.url, 'FIELD_WORKER'),
    analyst: await signInAs(stack.url, 'ANALYST'),
    admin: await signInAs(stack.url, 'ADMIN'),
  };
  partners = {
    catalogOnly: await partnerKey(['CATALOG_READ']),
    reader: await partnerKey(['REQUESTS_READ']),
    writer: await partnerKey(['REQUESTS_WRITE']),
  };
  const canvas = { width: 640, height: 480, channels: 3 as const, background: '#c83228' };
  // A phone's photo carries where it was taken: the stored copy must not.
  jpeg = await sharp({ create: canvas })
    .withExif({
      IFD0: { Make: 'TestPhone' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '33/1 26/1 0/1' },
    })
    .jpeg()
    .toBuffer();
  png = await sharp({ create: { ...canvas, width: 200, height: 100 } })
    .png()
    .toBuffer();
});

afterAll(async () => {
  await stack?.close();
});

describe('uploading through the gateway', () => {
  it('keeps a JPEG without its metadata, and serves it and a thumbnail back to its uploader', async () => {
    const created = await upload(as.dispatcher, jpeg);
    expect(created.status).toBe(201);
    const photo = created.json() as { id: string; url: string; thumbnailUrl: string };
    expect(photo).toMatchObject({
      url: `/photos/${photo.id}`,
      thumbnailUrl: `/photos/${photo.id}/thumbnail`,
      width: 640,
      height: 480,
      kind: 'REPORTER',
    });

    const image = await call(photo.url, { headers: as.dispatcher });
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(image.headers.get('cache-control')).toMatch(/^private/);
    const sha256 = createHash('sha256').update(image.bytes).digest('hex');
    expect(image.headers.get('etag')).toBe(`"${sha256}"`);
    const stored = await sharp(image.bytes).metadata();
    expect(stored).toMatchObject({ format: 'jpeg', width: 640, height: 480 });
    expect(stored.exif).toBeUndefined();

    const thumbnail = await call(photo.thumbnailUrl, { headers: as.dispatcher });
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers.get('content-type')).toBe('image/webp');
    expect(await sharp(thumbnail.bytes).metadata()).toMatchObject({
      format: 'webp',
      width: 320,
      height: 240,
    });

    const again = await call(photo.url, {
      headers: { ...as.dispatcher, 'if-none-match': `"${sha256}"` },
    });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
  });

  it('takes a PNG from a partner app that may file requests', async () => {
    const created = await upload(partners.writer, png, 'image/png');
    expect(created.status).toBe(201);
    const image = await call(created.json().url as string, { headers: partners.writer });
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(await sharp(image.bytes).metadata()).toMatchObject({ width: 200, height: 100 });
  });

  it('refuses a text file sent as a JPEG (415), whatever its Content-Type says', async () => {
    const text = Buffer.from('not a photo at all, just words in a file named photo.jpg\n');
    const answer = await upload(as.dispatcher, text, 'image/jpeg');
    expect(answer.status).toBe(415);
    expect(codeOf(answer)).toBe('UNSUPPORTED_MEDIA_TYPE');
    // A real PNG labelled as a JPEG is refused too: the label must match the bytes.
    expect((await upload(as.dispatcher, png, 'image/jpeg')).status).toBe(415);
    expect((await upload(as.dispatcher, jpeg, 'application/octet-stream')).status).toBe(415);
  });

  it('refuses a body over 8 MiB with a 413 and a JSON body', async () => {
    const big = Buffer.alloc(8 * 1024 * 1024 + 1, 0x20);
    jpeg.copy(big, 0, 0, 16);
    const answer = await upload(as.dispatcher, big);
    expect(answer.status).toBe(413);
    expect(answer.headers.get('content-type')).toMatch(/application\/json/);
    expect(codeOf(answer)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses anonymous uploads (401) and callers without the permission of the kind (403)', async () => {
    const anonymous = await upload({}, jpeg);
    expect(anonymous.status).toBe(401);
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    for (const headers of [partners.catalogOnly, partners.reader, as.analyst]) {
      const refused = await upload(headers, jpeg);
      expect(refused.status).toBe(403);
      expect(codeOf(refused)).toBe('FORBIDDEN');
    }
    // A completion photo is the work's: field workers and supervisors, not dispatchers.
    expect((await upload(as.dispatcher, jpeg, 'image/jpeg', 'COMPLETION')).status).toBe(403);
    expect((await upload(as.fieldWorker, jpeg, 'image/jpeg', 'COMPLETION')).status).toBe(201);
    expect((await upload(as.dispatcher, jpeg, 'image/jpeg', 'BOGUS' as never)).status).toBe(400);
  });
});

describe('reading photos', () => {
  it('answers 400 with a JSON body for an id that is not one', async () => {
    for (const path of ['/photos/not-an-id', '/photos/123/thumbnail', "/photos/1'%20or%201=1"]) {
      const answer = await call(path, { headers: as.dispatcher });
      expect(answer.status).toBe(400);
      expect(codeOf(answer)).toBe('BAD_REQUEST');
    }
  });

  it("hides another caller's unattached photo (404), and an id never issued alike", async () => {
    const { id } = (await upload(as.dispatcher, jpeg)).json() as { id: string };
    for (const headers of [as.supervisor, as.admin, partners.reader]) {
      expect((await call(`/photos/${id}`, { headers })).status).toBe(404);
      expect((await call(`/photos/${id}/thumbnail`, { headers })).status).toBe(404);
    }
    const neverIssued = await call(`/photos/${crypto.randomUUID()}`, { headers: as.dispatcher });
    expect(neverIssued.status).toBe(404);
    expect(codeOf(neverIssued)).toBe('NOT_FOUND');
    expect((await call(`/photos/${id}`)).status).toBe(401);
  });

  it('serves an attached photo to whoever may read its request, and lists it on the request', async () => {
    const { id } = (await upload(as.dispatcher, jpeg)).json() as { id: string };
    const page = await postGraphQL<{ serviceRequests: { edges: Array<{ node: { id: string } }> } }>(
      `${stack.url}/graphql`,
      '{ serviceRequests(first: 1) { edges { node { id } } } }',
      {},
      { headers: as.analyst },
    );
    const requestId = page.data!.serviceRequests.edges[0]!.node.id;
    await requestsSubgraph()
      .db.updateTable('photos')
      .set({ serviceRequestId: requestId })
      .where('id', '=', id)
      .execute();

    for (const headers of [as.analyst, as.supervisor, partners.reader]) {
      expect((await call(`/photos/${id}`, { headers })).status).toBe(200);
      expect((await call(`/photos/${id}/thumbnail`, { headers })).status).toBe(200);
    }
    expect((await call(`/photos/${id}`, { headers: partners.catalogOnly })).status).toBe(403);
    expect((await call(`/photos/${id}`)).status).toBe(401);

    const listed = await postGraphQL<{
      serviceRequest: { photos: Array<Record<string, unknown>> };
    }>(
      `${stack.url}/graphql`,
      'query ($id: ID) { serviceRequest(id: $id) { photos { id url thumbnailUrl width height kind takenAt } } }',
      { id: requestId },
      { headers: partners.reader },
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.serviceRequest.photos).toEqual([
      {
        id,
        url: `/photos/${id}`,
        thumbnailUrl: `/photos/${id}/thumbnail`,
        width: 640,
        height: 480,
        kind: 'REPORTER',
        takenAt: expect.any(String),
      },
    ]);
  });

  it('never lets a path reach another route of the subgraph', async () => {
    // Sent as written (fetch would resolve the dot segments before sending).
    const raw = (path: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const { hostname, port } = new URL(stack.url);
        const req = httpRequest({ hostname, port, path, headers: as.dispatcher }, (res) => {
          let body = '';
          res.on('data', (chunk) => {
            body += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      });
    for (const path of ['/photos/%2e%2e/graphql', '/photos/../health', '/photos/%2E%2E/health']) {
      const answer = await raw(path);
      expect(answer.status).toBe(404);
      expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });
});

describe('the requests subgraph, called around the gateway', () => {
  const staff: Caller = {
    kind: 'staff',
    id: '00000000-0000-4000-8000-000000000009',
    roles: ['DISPATCHER'],
  };

  async function postSigned(signedFor: Buffer, sent: Buffer) {
    const url = new URL('/photos', requestsSubgraph().url);
    const signature = await signCaller(
      staff,
      { audience: 'requests', method: 'POST', path: '/photos', body: signedFor },
      TEST_SECRETS.callerSigning,
    );
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'image/png', [CALLER_HEADER]: signature },
      body: sent,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('holds its own 8 MiB cap, answered as JSON, for whoever reaches it', async () => {
    const big = Buffer.alloc(8 * 1024 * 1024 + 1);
    png.copy(big);
    const refused = await postSigned(big, big);
    expect(refused.status).toBe(413);
    expect(refused.body).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('takes a photo whose bytes the signature covers, and refuses one tampered with', async () => {
    expect((await postSigned(png, png)).status).toBe(201);
    const tampered = Buffer.from(png);
    const at = tampered.length - 20;
    tampered.writeUInt8(tampered.readUInt8(at) ^ 0xff, at);
    const refused = await postSigned(png, tampered);
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({
      errors: [{ message: 'The signature was made for another request' }],
    });
  });
});
