import { snapToBlock } from '@civicgraph/platform';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Catalog,
  type RequestFacts,
  requestRow,
  serviceRequestColumns,
  workOrderRow,
} from '../src/publishers/service-request-row';

// What one outbox event makes of a published 311 row: public fields only, the text
// scrubbed, the address at its block, sensitive places snapped.

const catalog: Catalog = {
  services: new Map([
    [
      'svc-pothole',
      { code: 'POTHOLE', name: 'Pothole', locationSensitive: false, departmentId: 'd1' },
    ],
    ['svc-camp', { code: 'CAMP', name: 'Encampment', locationSensitive: true, departmentId: 'd2' }],
  ]),
  departments: new Map([
    ['d1', 'Street Transportation'],
    ['d2', 'Human Services'],
  ]),
};

function facts(overrides: Partial<RequestFacts> = {}): RequestFacts {
  return {
    number: 'PHX-26-000001',
    status: 'OPEN',
    serviceId: 'svc-pothole',
    channel: 'WEB',
    district: 7,
    lon: -112.0741,
    lat: 33.4484,
    requestedAt: '2026-11-20T15:00:00.000Z',
    closedAt: null,
    description: 'Deep hole',
    address: '1234 W Washington St',
    updatedAt: '2026-11-20T15:00:00.000Z',
    ...overrides,
  };
}

describe('requestRow', () => {
  it('publishes every dictionary column, the address at its block', () => {
    const row = requestRow(facts(), '2026-11-20T15:00:01Z', catalog, undefined);
    expect(Object.keys(row).sort()).toEqual(serviceRequestColumns.map((c) => c.name).sort());
    expect(row).toMatchObject({
      request_number: 'PHX-26-000001',
      service_code: 'POTHOLE',
      service_name: 'Pothole',
      department: 'Street Transportation',
      address: '1200 block of W Washington St',
      longitude: -112.0741,
      // The request's own update time, not when its event was written.
      updated_at: '2026-11-20T15:00:00.000Z',
    });
  });

  it("dates a row by the entity's own update time; by the event's time when facts lack it", () => {
    // An event written a week after the change (the demo seed's, say).
    const late = '2026-11-27T09:00:00Z';
    const opened = requestRow(facts(), late, catalog, undefined);
    expect(opened.updated_at).toBe('2026-11-20T15:00:00.000Z');
    const worked = workOrderRow(
      opened,
      { departmentId: 'd1', dueAt: '2026-11-22T15:00:00Z', updatedAt: '2026-11-20T17:30:00Z' },
      late,
      catalog,
    );
    expect(worked.updated_at).toBe('2026-11-20T17:30:00.000Z');
    // Events from before facts carried it: the event's time.
    const { updatedAt: _, ...older } = facts();
    expect(requestRow(older, late, catalog, undefined).updated_at).toBe('2026-11-27T09:00:00.000Z');
    expect(
      workOrderRow(opened, { departmentId: 'd1', dueAt: '2026-11-22T15:00:00Z' }, late, catalog)
        .updated_at,
    ).toBe('2026-11-27T09:00:00.000Z');
  });

  it('keeps the work order columns a later request event does not carry', () => {
    const opened = requestRow(facts(), '2026-11-20T15:00:00Z', catalog, undefined);
    const assigned = workOrderRow(
      opened,
      { departmentId: 'd2', dueAt: '2026-11-22T15:00:00Z' },
      '2026-11-20T16:00:00Z',
      catalog,
    );
    const closed = requestRow(
      facts({
        status: 'CLOSED',
        closedAt: '2026-11-21T10:00:00Z',
        updatedAt: '2026-11-21T10:00:00Z',
      }),
      '2026-11-21T10:00:00Z',
      catalog,
      assigned,
    );
    expect(closed).toMatchObject({
      status: 'CLOSED',
      department: 'Human Services',
      due_at: '2026-11-22T15:00:00.000Z',
      closed_at: '2026-11-21T10:00:00.000Z',
      updated_at: '2026-11-21T10:00:00.000Z',
    });
  });

  it('treats a service missing from the catalog as location-sensitive', () => {
    const row = requestRow(
      facts({ serviceId: 'unknown' }),
      '2026-11-20T15:00:00Z',
      catalog,
      undefined,
    );
    expect([row.longitude, row.latitude]).toEqual(snapToBlock(-112.0741, 33.4484));
  });

  it('never publishes a contact or a house number, and snaps sensitive places', () => {
    const word = fc.stringMatching(/^[a-z]{2,10}$/);
    fc.assert(
      fc.property(
        fc.record({
          email: fc.tuple(word, word).map(([a, b]) => `${a}@${b}.org`),
          phone: fc
            .tuple(fc.integer({ min: 200, max: 999 }), fc.integer({ min: 1000, max: 9999 }))
            .chain(([area, line]) =>
              fc.constantFrom(
                `${area}-555-${line}`,
                `(${area}) 555-${line}`,
                `+1 ${area} 555 ${line}`,
              ),
            ),
          house: fc.integer({ min: 1, max: 99999 }),
          street: fc.constantFrom('W Main St', 'N 7th Ave', 'E Roosevelt St'),
          words: fc.array(word, { maxLength: 6 }).map((w) => w.join(' ')),
          sensitive: fc.boolean(),
          lon: fc.double({ min: -112.3, max: -111.9, noNaN: true }),
          lat: fc.double({ min: 33.3, max: 33.7, noNaN: true }),
        }),
        (t) => {
          const row = requestRow(
            facts({
              serviceId: t.sensitive ? 'svc-camp' : 'svc-pothole',
              description: `${t.words} at ${t.house} ${t.street}; ${t.phone} ${t.email} ${t.words}`,
              address: `${t.house} ${t.street}`,
              lon: t.lon,
              lat: t.lat,
            }),
            '2026-11-20T15:00:00Z',
            catalog,
            undefined,
          );
          const text = JSON.stringify(row);
          expect(text).not.toContain(t.email);
          expect(text).not.toContain(t.phone);
          expect(String(row.description)).not.toContain(`${t.house} ${t.street}`);
          expect(row.address).toBe(`${Math.floor(t.house / 100) * 100} block of ${t.street}`);
          const [lon, lat] = t.sensitive ? snapToBlock(t.lon, t.lat) : [t.lon, t.lat];
          expect(row.longitude).toBe(lon);
          expect(row.latitude).toBe(lat);
        },
      ),
    );
  });
});
