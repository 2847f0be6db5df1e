import { decodeTile, staffCaller } from '@civicgraph/platform/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RequestsHarness, startRequestsHarness } from './harness';
import { getAsCaller, type RefusalBody, tileAt, tilePath } from './tiles-client';

// The work-orders tiles' `text`: the list's `filter.text`, same rule, same rows.

const dispatcher = staffCaller('DISPATCHER');
let h: RequestsHarness;
let word: string;
let matching: Set<string>;
let all: Array<{ id: string; lon: number; lat: number }>;

beforeAll(async () => {
  h = await startRequestsHarness(150);
  all = await h.db.selectFrom('workOrders').select(['id', 'lon', 'lat']).execute();
  // A street word some work orders' addresses hold, and most do not.
  const { rows } = await sql<{ word: string; n: number }>`
    select word, count(*)::int as n
    from service_requests r
    join work_orders w on w.service_request_id = r.id,
    regexp_split_to_table(r.address, '\\s+') as word
    where length(word) >= 6 and word ~ '^[A-Za-z]+$'
    group by word having count(*) between 3 and ${Math.floor(all.length / 3)}
    order by n desc, word limit 1`.execute(h.db);
  word = rows[0]!.word;
  const list = await h.queryAs<{
    workOrders: { totalCount: number; edges: Array<{ node: { id: string } }> };
  }>(
    dispatcher,
    `query ($text: String!) { workOrders(first: 100, filter: { text: $text }) { totalCount edges { node { id } } } }`,
    // Another case than the data's: the match ignores it, in both.
    { text: word.toUpperCase() },
  );
  matching = new Set(list.data!.workOrders.edges.map((e) => e.node.id));
  expect(list.data!.workOrders.totalCount).toBe(matching.size);
});
afterAll(() => h?.close());

async function tile(path: string) {
  const reply = await getAsCaller(h.running.url, dispatcher, path);
  return reply;
}

describe('work-orders tiles with text', () => {
  it('draw the work orders the list finds for the same text, and no others', async () => {
    expect(matching.size).toBeGreaterThanOrEqual(3);
    expect(matching.size).toBeLessThan(all.length);
    const tiles = new Map(
      all.map((w) => {
        const address = tileAt(16, w.lon, w.lat);
        return [`${address.x}/${address.y}`, address];
      }),
    );
    let drawn = 0;
    let left = 0;
    for (const address of tiles.values()) {
      const reply = await tile(
        tilePath('work-orders', address, `text=${encodeURIComponent(word.toUpperCase())}`),
      );
      expect(reply.status).toBe(200);
      const ids = (decodeTile(reply.bytes)['work-orders'] ?? []).map(
        (f) => f.properties.id as string,
      );
      for (const id of ids) expect(matching.has(id), id).toBe(true);
      const here = all.filter((w) => {
        const t = tileAt(16, w.lon, w.lat);
        return t.x === address.x && t.y === address.y;
      });
      for (const w of here) {
        if (matching.has(w.id)) {
          expect(ids, w.id).toContain(w.id);
          drawn++;
        } else {
          left++;
        }
      }
    }
    expect(drawn).toBe(matching.size);
    expect(left).toBeGreaterThan(0);
  });

  it('count at z10 only the work orders the text matches', async () => {
    const first = all.find((w) => matching.has(w.id))!;
    const address = tileAt(10, first.lon, first.lat);
    const cells = async (query: string) => {
      const reply = await tile(tilePath('work-orders', address, query));
      expect(reply.status).toBe(200);
      return (decodeTile(reply.bytes)['work-orders'] ?? []).reduce(
        (sum, f) => sum + Number(f.properties.count),
        0,
      );
    };
    const inTile = (ids: Iterable<string>) =>
      [...ids].filter((id) => {
        const w = all.find((row) => row.id === id)!;
        const t = tileAt(10, w.lon, w.lat);
        return t.x === address.x && t.y === address.y;
      }).length;
    expect(await cells(`text=${word}`)).toBe(inTile(matching));
    expect(await cells('')).toBe(inTile(all.map((w) => w.id)));
  });

  it('tag each text with its own ETag', async () => {
    const first = all.find((w) => matching.has(w.id))!;
    const path = (query: string) =>
      tilePath('work-orders', tileAt(16, first.lon, first.lat), query);
    const etag = async (query: string) => (await tile(path(query))).headers.get('etag');
    const withText = await etag(`text=${word}`);
    expect(withText).toBeTruthy();
    expect(await etag(`text=${word}`)).toBe(withText);
    expect(await etag('')).not.toBe(withText);
    expect(await etag(`text=${word}x`)).not.toBe(withText);
    // Trimmed as the list trims it: the same search, the same tile.
    expect(await etag(`text=%20${word}%20`)).toBe(withText);
  });

  it('take the text whole: commas are part of it', async () => {
    const first = all[0]!;
    const reply = await tile(
      tilePath('work-orders', tileAt(16, first.lon, first.lat), 'text=Washington%2C%20Phoenix'),
    );
    expect(reply.status).toBe(200);
  });

  it.each([
    ['text=ab', 'text'],
    ['text=%20%20ab%20', 'text'],
    [`text=${'x'.repeat(201)}`, 'text'],
    ['text=pothole&text=lamp', 'text'],
    ['text=pot%00hole', 'text'],
  ])('refuse %s with a 400 naming %s', async (query, argument) => {
    const first = all[0]!;
    const reply = await tile(tilePath('work-orders', tileAt(16, first.lon, first.lat), query));
    expect(reply.status).toBe(400);
    expect((reply.json as RefusalBody).errors[0]!.extensions).toMatchObject({
      code: 'BAD_REQUEST',
      argument,
    });
  });
});
