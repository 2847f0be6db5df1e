import { type PeerGraph, PeerUnavailable } from '@civicgraph/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CityTimeZone } from '../src/publishers/city-time-zone';
import { type LiveDatasetIds, prepareLiveDatasets } from '../src/publishers/live-datasets';
import { performanceColumns, recomputePerformance } from '../src/publishers/performance';
import { writeRows } from '../src/rows/row-writer';
import { type DatasetsHarness, startDatasetsHarness } from './harness';

// "311 performance" counts the city's calendar months: what a supervisor in Phoenix
// calls October, not UTC's. The zone comes from the graph, read once.

let h: DatasetsHarness;
let ids: LiveDatasetIds;

beforeAll(async () => {
  h = await startDatasetsHarness();
  ids = (await prepareLiveDatasets(h.db))!;
  expect(ids).toBeTruthy();
});

afterAll(async () => {
  await h?.close();
});

/** A published 311 row, as the publisher writes it (only what performance reads matters). */
function published(number: string, requestedAt: string, closedAt: string | null) {
  return {
    key: number,
    values: {
      request_number: number,
      service_code: 'POTHOLE',
      department: 'Street Transportation',
      district: 7,
      requested_at: requestedAt,
      closed_at: closedAt,
      due_at: '2026-11-04T00:00:00.000Z',
    },
  };
}

/** The performance rows by SERVICE, by month, after a recompute in `timeZone`. */
async function serviceMonths(timeZone: string) {
  await h.db
    .transaction()
    .execute((trx) =>
      recomputePerformance(trx, ids.serviceRequests, ids.performance, new Date(), timeZone),
    );
  const rows = await h.db
    .selectFrom('datasetRows')
    .select('values')
    .where('datasetId', '=', ids.performance)
    .execute();
  return Object.fromEntries(
    rows
      .map((r) => r.values as Record<string, unknown>)
      .filter((v) => v.dimension === 'SERVICE')
      .map((v) => [v.month, { requests: v.requests, closed: v.closed }]),
  );
}

describe('311 performance months', () => {
  it('count a request filed and closed on the evening of October 31 in Phoenix in October', async () => {
    await h.db.transaction().execute((trx) =>
      writeRows(
        trx,
        ids.serviceRequests,
        {
          upsert: [
            // 18:00 and 20:00 on October 31 in Phoenix (UTC-7, no daylight saving).
            published('PHX-26-900001', '2026-11-01T01:00:00.000Z', '2026-11-01T03:00:00.000Z'),
            // 01:00 on November 1 in Phoenix.
            published('PHX-26-900002', '2026-11-01T08:00:00.000Z', null),
          ],
          replaceAll: true,
        },
        new Date(),
      ),
    );
    expect(await serviceMonths('America/Phoenix')).toEqual({
      '2026-10-01': { requests: 1, closed: 1 },
      '2026-11-01': { requests: 1, closed: 0 },
    });
    // In UTC both are November: the zone is what moved the first one.
    expect(await serviceMonths('UTC')).toEqual({ '2026-11-01': { requests: 2, closed: 1 } });
  });

  it('say in the data dictionary that they are the city’s months', () => {
    const month = performanceColumns.find((c) => c.name === 'month')!;
    expect(month.type).toBe('date');
    expect(month.description).toMatch(/city's time zone/);
    expect(month.description).not.toMatch(/UTC/);
  });
});

describe('the city time zone', () => {
  /** Assets that fail `failures` times, then name `zone`. */
  function assets(failures: number, zone: string) {
    const calls: string[] = [];
    const peers: PeerGraph = {
      async query<T>(peer: string, document: string) {
        calls.push(`${peer} ${document}`);
        if (calls.length <= failures) throw new PeerUnavailable('assets is starting');
        return { city: { timeZone: zone } } as T;
      },
    };
    return { peers, calls };
  }

  it('is read from the graph once, and asked again after a failed read', async () => {
    const { peers, calls } = assets(1, 'America/Phoenix');
    const zone = new CityTimeZone(peers);
    await expect(zone.get()).rejects.toThrow(PeerUnavailable);
    expect(await zone.get()).toBe('America/Phoenix');
    expect(await zone.get()).toBe('America/Phoenix');
    expect(calls).toEqual(['assets { city { timeZone } }', 'assets { city { timeZone } }']);
  });

  it('is refused, not kept, when it is no IANA zone', async () => {
    const { peers, calls } = assets(0, 'Mars/Olympus_Mons');
    const zone = new CityTimeZone(peers);
    await expect(zone.get()).rejects.toThrow(/not an IANA time zone/);
    await expect(zone.get()).rejects.toThrow(/not an IANA time zone/);
    expect(calls).toHaveLength(2);
  });
});
