import { Readable } from 'node:stream';
import { CALLER_HEADER, STREAMED_BODY, signCaller } from '@civicgraph/platform';
import { postGraphQL, TEST_SECRETS } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { query } from '../src/outbox-rows';
import { createPartnerKey, signInAs, startSeededStack } from '../src/testing';

// CSV uploads over HTTP through the gateway, as an admin's curl or browser sends a real
// file: the body streams to the datasets subgraph, rows are checked against the
// dataset's columns and written in one transaction; a bad row imports nothing and the
// answer says where; nobody but admins may; every refusal is a 4xx JSON body.

const UPLOAD_LIMIT = 8 * 1024 * 1024;

let stack: RunningStack;
let admin: Record<string, string>;
let departmentId: string;

const HEADER = 'Permit ID,Holder,Fee (USD),Issued On,Longitude,Latitude';

function permitLine(i: number) {
  const lon = (-112 - (i % 1000) / 10_000).toFixed(4);
  return `${i},"Holder ${i}, LLC",${(i % 500) + 0.5},2026-${String((i % 12) + 1).padStart(2, '0')}-15,${lon},33.45`;
}

/** A file of `count` permits, generated as it is sent (never one big string). */
function* permitFile(count: number, from = 1, header = HEADER): Generator<string> {
  let chunk = `${header}\r\n`;
  for (let i = from; i < from + count; i++) {
    chunk += `${permitLine(i)}\r\n`;
    if (chunk.length > 64 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk;
}

interface UploadAnswer {
  status: number;
  headers: Headers;
  body: Record<string, unknown> & {
    errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
  };
}

async function upload(
  slug: string,
  body: Iterable<string> | string | null,
  {
    mode = 'REPLACE' as string | null,
    headers = admin,
    contentType = 'text/csv' as string | null,
  } = {},
): Promise<UploadAnswer> {
  const url = `${stack.url}/datasets/${slug}/rows.csv${mode ? `?mode=${mode}` : ''}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...headers, ...(contentType ? { 'content-type': contentType } : {}) },
    ...(body === null
      ? {}
      : typeof body === 'string'
        ? { body }
        : { body: Readable.from(body) as unknown as RequestInit['body'], duplex: 'half' }),
  } as RequestInit);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: JSON.parse(text) };
}

async function rowCount(slug: string) {
  const { rows } = await query<{ n: number; row_count: string }>(
    stack.databaseUrl,
    `select (select count(*)::int from datasets.dataset_rows r where r.dataset_id = d.id) as n,
            d.row_count from datasets.datasets d where d.slug = $1`,
    [slug],
  );
  expect(Number(rows[0]!.row_count)).toBe(rows[0]!.n);
  return rows[0]!.n;
}

async function row(slug: string, key: string) {
  const { rows } = await query<{ values: Record<string, unknown>; lon: number | null }>(
    stack.databaseUrl,
    `select r.values, r.lon from datasets.dataset_rows r
     join datasets.datasets d on d.id = r.dataset_id where d.slug = $1 and r.row_key = $2`,
    [slug, key],
  );
  return rows[0];
}

/** A dataset created as the README says: createDataset with the header and a sample. */
async function createPermits(slug: string) {
  const sample = [HEADER, ...Array.from({ length: 20 }, (_, i) => permitLine(i + 1))].join('\n');
  const created = await postGraphQL<{ createDataset: { columns: Array<{ type: string }> } }>(
    `${stack.url}/graphql`,
    `mutation ($input: CreateDatasetInput!) { createDataset(input: $input) { columns { name type } } }`,
    {
      input: {
        slug,
        title: `Permits ${slug}`,
        description: 'Permits issued',
        publisherDepartmentId: departmentId,
        contactName: 'Open Data Team',
        contactEmail: 'opendata@example.org',
        csv: sample,
      },
    },
    { headers: admin },
  );
  expect(created.errors).toBeUndefined();
  expect(created.data!.createDataset.columns.map((c) => c.type)).toEqual([
    'INTEGER',
    'TEXT',
    'NUMBER',
    'DATE',
    'NUMBER',
    'NUMBER',
  ]);
}

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 12, requests: 20, now: new Date('2026-11-20T15:00:00Z') },
    access: { limits: { maxUploadBytes: UPLOAD_LIMIT } },
  });
  admin = await signInAs(stack.url, 'ADMIN');
  const departments = await postGraphQL<{ departments: Array<{ id: string }> }>(
    `${stack.url}/graphql`,
    '{ departments { id } }',
    {},
    { headers: admin },
  );
  departmentId = departments.data!.departments[0]!.id;
  await createPermits('permits');
  await createPermits('permits-refusals');
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

describe('a good file', () => {
  it('replaces the sample with 50,000 rows streamed through the gateway', async () => {
    expect(await rowCount('permits')).toBe(20);
    const answer = await upload('permits', permitFile(50_000));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      dataset: 'permits',
      mode: 'REPLACE',
      rowsImported: 50_000,
      rowCount: 50_000,
    });
    expect(await rowCount('permits')).toBe(50_000);
    expect(await row('permits', '50000')).toEqual({
      values: {
        permit_id: 50_000,
        holder: 'Holder 50000, LLC',
        fee_usd: 0.5,
        issued_on: '2026-09-15',
        longitude: -112,
        latitude: 33.45,
      },
      lon: -112,
    });
    // The export reads what was written.
    const exported = await fetch(`${stack.url}/datasets/permits/rows.csv`);
    expect(exported.status).toBe(200);
    expect((await exported.text()).trim().split('\n')).toHaveLength(50_001);
  });

  it('appends after the last row, then replaces everything', async () => {
    const appended = await upload('permits', permitFile(10, 70_001), { mode: 'APPEND' });
    expect(appended.body).toEqual({
      dataset: 'permits',
      mode: 'APPEND',
      rowsImported: 10,
      rowCount: 50_010,
    });
    expect((await row('permits', '50010'))!.values.permit_id).toBe(70_010);
    // Columns in another order are the same columns.
    const reordered = [
      'Latitude,Longitude,Issued On,Fee (USD),Holder,Permit ID',
      '33.5,-112.2,2026-01-02,3,Someone,99',
    ].join('\n');
    const swapped = await upload('permits', reordered, { mode: 'APPEND' });
    expect(swapped.body).toMatchObject({ rowsImported: 1, rowCount: 50_011 });
    expect((await row('permits', '50011'))!.values).toMatchObject({
      permit_id: 99,
      latitude: 33.5,
    });

    const replaced = await upload('permits', permitFile(5, 100));
    expect(replaced.body).toEqual({
      dataset: 'permits',
      mode: 'REPLACE',
      rowsImported: 5,
      rowCount: 5,
    });
    expect(await rowCount('permits')).toBe(5);
    expect((await row('permits', '1'))!.values.permit_id).toBe(100);
  });
});

describe('a file with bad rows', () => {
  it('imports nothing and lists the bad rows by line and column, with their count', async () => {
    function* withBadRows() {
      yield `${HEADER}\n`;
      for (let i = 1; i <= 20_000; i++) {
        if (i === 3) yield '3,Holder,not a fee,2026-01-01,-112,33\n';
        else if (i === 15_000) yield '15000,Holder,1,2026-02-30,-112,33\n';
        else if (i === 15_001) yield '15001,too,few\n';
        else yield `${permitLine(i)}\n`;
      }
    }
    const before = await rowCount('permits');
    const answer = await upload('permits', withBadRows());
    expect(answer.status).toBe(422);
    const error = answer.body.errors![0]!;
    expect(error.message).toMatch(/3 bad row\(s\); nothing was imported\. Line 4, column fee_usd/);
    expect(error.extensions).toMatchObject({ code: 'INVALID_ROWS', errorCount: 3 });
    expect(error.extensions.rowErrors).toEqual([
      { row: 4, line: 4, column: 'fee_usd', message: '"not a fee" is not a number' },
      {
        row: 15_001,
        line: 15_001,
        column: 'issued_on',
        message: '"2026-02-30" is not a date (YYYY-MM-DD)',
      },
      {
        row: 15_002,
        line: 15_002,
        column: null,
        message: 'The row has 3 cells; the header names 6 columns',
      },
    ]);
    // The REPLACE rolled back: the rows before are all there.
    expect(await rowCount('permits')).toBe(before);
  });

  it('tells the first 100 of many bad rows and counts them all', async () => {
    function* allBad() {
      yield `${HEADER}\n`;
      for (let i = 1; i <= 1000; i++) yield `x${i},h,1,2026-01-01,,\n`;
    }
    const answer = await upload('permits', allBad(), { mode: 'APPEND' });
    expect(answer.status).toBe(422);
    const extensions = answer.body.errors![0]!.extensions;
    expect(extensions.errorCount).toBe(1000);
    expect(extensions.rowErrors).toHaveLength(100);
    expect(await rowCount('permits')).toBe(5);
  });
});

describe('refusals', () => {
  const slug = 'permits-refusals';
  const good = () => permitFile(3);

  it('lets only admins upload: anonymous 401, other staff 403, a partner key 403', async () => {
    const anonymous = await upload(slug, good(), { headers: {} });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    const supervisor = await upload(slug, good(), {
      headers: await signInAs(stack.url, 'SUPERVISOR'),
    });
    expect(supervisor.status).toBe(403);
    expect(supervisor.body.errors![0]!.extensions).toMatchObject({
      code: 'FORBIDDEN',
      permission: 'datasets.manage',
    });
    const key = await createPartnerKey(stack.url, ['DATA_READ', 'CATALOG_READ']);
    const partner = await upload(slug, good(), { headers: { 'x-api-key': key } });
    expect(partner.status).toBe(403);
    expect(await rowCount(slug)).toBe(20);
  });

  it.each([
    ['an empty body', '', {}, 400, 'EMPTY_FILE'],
    ['no body', null, {}, 400, 'EMPTY_FILE'],
    [
      'another content type',
      'a,b\n1,2',
      { contentType: 'application/json' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'another charset',
      'a,b\n1,2',
      { contentType: 'text/csv; charset=latin1' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['no mode', [...good()].join(''), { mode: null }, 400, 'BAD_REQUEST'],
    ['a mode of its own', [...good()].join(''), { mode: 'MERGE' }, 400, 'BAD_REQUEST'],
    ['another header', 'Permit ID,Holder,Fee (USD)\n1,a,2\n', {}, 400, 'HEADER_MISMATCH'],
    ['a header with an extra column', `${HEADER},Notes\n`, {}, 400, 'HEADER_MISMATCH'],
    ['broken quoting', `${HEADER}\n1,"unclosed,1,2026-01-01,1,1\n`, {}, 400, 'CSV_UNREADABLE'],
  ])(
    'refuses %s with a 4xx JSON body, keeping the rows',
    async (_name, body, options, status, code) => {
      const answer = await upload(slug, body, options);
      expect(answer.status).toBe(status);
      expect(answer.body.errors![0]!.extensions.code).toBe(code);
      expect(await rowCount(slug)).toBe(20);
    },
  );

  it('says which dataset is unknown (404) and which is not uploaded (409)', async () => {
    const unknown = await upload('no-such-dataset', good());
    expect(unknown.status).toBe(404);
    const { rows } = await query<{ slug: string }>(
      stack.databaseUrl,
      "select slug from datasets.datasets where source <> 'UPLOADED' order by slug limit 1",
    );
    const live = await upload(rows[0]!.slug, good());
    expect(live.status).toBe(409);
    expect(live.body.errors![0]!.extensions.code).toBe('NOT_UPLOADED');
  });

  it('keeps nothing of an upload the client abandons, and frees the dataset at once', async () => {
    const abort = new AbortController();
    async function* stalls() {
      yield* permitFile(5_000);
      await new Promise((resolve) => setTimeout(resolve, 60_000));
    }
    const url = `${stack.url}/datasets/${slug}/rows.csv?mode=REPLACE`;
    const sent = fetch(url, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'text/csv' },
      body: Readable.from(stalls()) as unknown as RequestInit['body'],
      duplex: 'half',
      signal: abort.signal,
    } as RequestInit).catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    abort.abort();
    expect(await sent).toBeInstanceOf(Error);
    // The subgraph sees the body end early, rolls back and lets go of the dataset.
    let next: UploadAnswer | undefined;
    for (let attempt = 0; attempt < 20; attempt++) {
      next = await upload(slug, permitFile(20));
      if (next.status !== 409) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(next!.status).toBe(200);
    expect(await rowCount(slug)).toBe(20);
  });

  it('keeps GraphQL bodies to their own limit', async () => {
    const big = await postGraphQL(`${stack.url}/graphql`, '{ __typename }', {
      pad: 'x'.repeat(200_000),
    });
    expect(big.errors![0]!.extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('keeps nothing of a body the gateway did not sign (no trailer)', async () => {
    const datasets = stack.subgraphs.find((s) => s.name === 'datasets')!;
    const path = `/datasets/${slug}/rows.csv?mode=REPLACE`;
    const admin = { kind: 'staff' as const, id: 'someone', roles: ['ADMIN' as const] };
    const header = await signCaller(
      admin,
      { audience: 'datasets', method: 'POST', path, body: STREAMED_BODY },
      TEST_SECRETS.callerSigning,
    );
    const response = await fetch(new URL(path, datasets.url), {
      method: 'POST',
      headers: { [CALLER_HEADER]: header, 'content-type': 'text/csv' },
      body: [...permitFile(3)].join(''),
    });
    expect(response.status).toBe(401);
    expect(await rowCount(slug)).toBe(20);
  });

  it('stops a body over the upload limit with a 413, importing nothing', async () => {
    // Sent chunked (no length said up front): the gateway counts it on the way.
    function* large() {
      yield* permitFile(200_000);
    }
    const answer = await upload(slug, large());
    expect(answer.status).toBe(413);
    expect(answer.body.errors![0]!.extensions).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      limit: UPLOAD_LIMIT,
    });
    // Said up front, it is refused before a byte is relayed.
    const declared = await upload(slug, 'x'.repeat(UPLOAD_LIMIT + 1));
    expect(declared.status).toBe(413);
    expect(await rowCount(slug)).toBe(20);
  });
});
