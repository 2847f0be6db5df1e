import { dataOf, errorCodes } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RequestsHarness, startRequestsHarness } from './harness';

interface RequestNode {
  id: string;
  number: string;
  status: string;
  channel: string;
  district: number | null;
  requestedAt: string;
}

interface Page {
  serviceRequests: {
    totalCount: number;
    edges: Array<{ node: RequestNode }>;
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

const LIST = /* GraphQL */ `
  query List($first: Int, $after: String, $filter: ServiceRequestFilter) {
    serviceRequests(first: $first, after: $after, filter: $filter) {
      totalCount
      edges { node { id number status channel district requestedAt } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

let h: RequestsHarness;

beforeAll(async () => {
  h = await startRequestsHarness();
});

afterAll(async () => {
  await h?.close();
});

async function walk(filter: Record<string, unknown>, first = 45) {
  const nodes: RequestNode[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const page: Page = dataOf(await h.query<Page>(LIST, { first, after, filter }));
    nodes.push(...page.serviceRequests.edges.map((e) => e.node));
    if (!page.serviceRequests.pageInfo.hasNextPage) return nodes;
    after = page.serviceRequests.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

describe('serviceRequests', () => {
  it('walks all requests newest first without duplicates or gaps', async () => {
    const expected = await h.db
      .selectFrom('serviceRequests')
      .select('id')
      .orderBy('requestedAt', 'desc')
      .orderBy('id', 'desc')
      .execute();
    expect(expected).toHaveLength(h.city.requestCount);
    const nodes = await walk({});
    expect(nodes.map((n) => n.id)).toEqual(expected.map((r) => r.id));
  });

  it('filters by status, district and channel, with a matching totalCount', async () => {
    const filter = { status: 'OPEN', district: 5, channel: 'PHONE' };
    const expected = await h.db
      .selectFrom('serviceRequests')
      .select('id')
      .where('status', '=', 'OPEN')
      .where('district', '=', 5)
      .where('channel', '=', 'PHONE')
      .execute();
    const nodes = await walk(filter, 3);
    expect(new Set(nodes.map((n) => n.id))).toEqual(new Set(expected.map((r) => r.id)));
    for (const node of nodes) expect(node).toMatchObject({ ...filter });
    const page = dataOf(await h.query<Page>(LIST, { first: 1, filter }));
    expect(page.serviceRequests.totalCount).toBe(expected.length);
  });

  it('filters by service and by a requestedAt window (after inclusive, before exclusive)', async () => {
    const all = await walk({}, 500);
    const from = all[200]!.requestedAt;
    const to = all[100]!.requestedAt;
    const serviceId = h.city.services[1]!.id;
    const expected = await h.db
      .selectFrom('serviceRequests')
      .select('id')
      .where('serviceId', '=', serviceId)
      .where('requestedAt', '>=', new Date(from))
      .where('requestedAt', '<', new Date(to))
      .execute();
    const nodes = await walk({ serviceId, requestedAfter: from, requestedBefore: to });
    expect(new Set(nodes.map((n) => n.id))).toEqual(new Set(expected.map((r) => r.id)));
    for (const node of nodes) {
      expect(node.requestedAt >= from && node.requestedAt < to).toBe(true);
    }
  });

  it('rejects a malformed serviceId, an oversized page and a bad cursor', async () => {
    for (const variables of [
      { filter: { serviceId: 'POTHOLE' } },
      { first: 501 },
      { first: 5, after: 'eyJub3QiOiJhIGN1cnNvciJ9' },
    ]) {
      expect(errorCodes(await h.query(LIST, variables))).toEqual(['BAD_USER_INPUT']);
    }
  });
});

describe('serviceRequest', () => {
  const ONE = /* GraphQL */ `
    query One($id: ID, $number: String) {
      serviceRequest(id: $id, number: $number) {
        id number status channel description locale address district
        location { lon lat }
        requestedAt closedAt
        service { id name(locale: ES) }
        workOrders { id number serviceRequest { id } }
      }
    }
  `;

  it('returns the seeded request with its work order, by number', async () => {
    const [batch] = [...h.city.requestBatches()];
    const request =
      batch!.serviceRequests.find((r) => r.locale === 'es') ?? batch!.serviceRequests[0]!;
    const workOrder = batch!.workOrders.find((w) => w.serviceRequestId === request.id)!;
    const service = h.city.services.find((s) => s.id === request.serviceId)!;
    const data = dataOf(
      await h.query<{ serviceRequest: unknown }>(ONE, { number: request.number }),
    );
    expect(data.serviceRequest).toEqual({
      id: request.id,
      number: request.number,
      status: request.status,
      channel: request.channel,
      description: request.description,
      locale: request.locale.toUpperCase(),
      address: request.address,
      district: request.district,
      location: { lon: request.lon, lat: request.lat },
      requestedAt: request.requestedAt.toISOString(),
      closedAt: request.closedAt?.toISOString() ?? null,
      service: { id: service.id, name: service.name.es },
      workOrders: [
        { id: workOrder.id, number: workOrder.number, serviceRequest: { id: request.id } },
      ],
    });
  });

  it('is null for an unknown number or id; BAD_USER_INPUT for a malformed id', async () => {
    expect(dataOf(await h.query<{ serviceRequest: null }>(ONE, { number: 'NOPE-1' }))).toEqual({
      serviceRequest: null,
    });
    expect(
      dataOf(
        await h.query<{ serviceRequest: null }>(ONE, {
          id: 'ffffffff-ffff-4fff-8fff-ffffffffffff',
        }),
      ),
    ).toEqual({ serviceRequest: null });
    expect(errorCodes(await h.query(ONE, { id: "1' or 1=1" }))).toEqual(['BAD_USER_INPUT']);
  });
});
