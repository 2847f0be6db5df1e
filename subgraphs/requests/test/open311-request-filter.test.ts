import { RouteRefused } from '@civicgraph/platform';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_WINDOW_MS, parseOpen311RequestQuery } from '../src/open311/request-filter';
import { OPEN311_REQUEST_PARAMETERS } from './open311-parameters';

const NOW = new Date('2026-11-28T12:00:00Z');
const parse = (query: Record<string, string | string[]>) => parseOpen311RequestQuery(query, NOW);

/** The parameter a 400 names: RouteRefused carries it, the message must start with it. */
function refusal(query: Record<string, string | string[]>) {
  try {
    parse(query);
  } catch (error) {
    expect(error).toBeInstanceOf(RouteRefused);
    const refused = error as RouteRefused;
    expect(refused.status).toBe(400);
    return refused.message;
  }
  throw new Error(`${JSON.stringify(query)} was accepted`);
}

describe('GET requests parameters', () => {
  it('default to the last 90 days of requests, the first 1,000', () => {
    expect(parse({})).toMatchObject({
      numbers: null,
      serviceCodes: null,
      statuses: null,
      requestedFrom: new Date(NOW.getTime() - DATE_WINDOW_MS),
      requestedBefore: null,
      updatedAfter: null,
      page: 1,
      pageSize: 1000,
    });
  });

  it('read comma-separated and repeated lists', () => {
    const query = parse({
      service_request_id: 'PHX-26-000001,PHX-26-000002',
      service_code: ['POTHOLE', 'GRAFFITI,POTHOLE'],
      status: 'open,CLOSED',
    });
    expect(query.numbers).toEqual(['PHX-26-000001', 'PHX-26-000002']);
    expect(query.serviceCodes).toEqual(['POTHOLE', 'GRAFFITI']);
    expect(query.statuses).toEqual(['OPEN', 'CLOSED']);
  });

  it('take start_date and end_date up to 90 days apart, either alone opening 90 days', () => {
    expect(
      parse({ start_date: '2026-09-01T00:00:00-07:00', end_date: '2026-11-01' }),
    ).toMatchObject({
      requestedFrom: new Date('2026-09-01T07:00:00Z'),
      requestedBefore: new Date('2026-11-01T00:00:00Z'),
    });
    expect(parse({ start_date: '2026-09-01' }).requestedBefore).toEqual(
      new Date(Date.parse('2026-09-01') + DATE_WINDOW_MS),
    );
    expect(parse({ end_date: '2026-09-01' }).requestedFrom).toEqual(
      new Date(Date.parse('2026-09-01') - DATE_WINDOW_MS),
    );
    expect(refusal({ start_date: '2026-01-01', end_date: '2026-11-01' })).toMatch(
      /^start_date and end_date/,
    );
    expect(refusal({ start_date: '2026-11-01', end_date: '2026-10-01' })).toMatch(/^end_date/);
  });

  it('walk by update time without the default window, resuming after a request', () => {
    const query = parse({
      updated_after: '2026-01-01T00:00:00.123Z',
      after_service_request_id: 'PHX-26-000010',
    });
    expect(query).toMatchObject({
      requestedFrom: null,
      updatedAfter: new Date('2026-01-01T00:00:00.123Z'),
      afterNumber: 'PHX-26-000010',
    });
    expect(refusal({ after_service_request_id: 'PHX-26-000010' })).toMatch(
      /^after_service_request_id/,
    );
    expect(refusal({ updated_after: '2026-02-01', updated_before: '2026-01-01' })).toMatch(
      /^updated_before/,
    );
  });

  it('take lat, long and radius together, bounded', () => {
    expect(parse({ lat: '33.45', long: '-112.07', radius: '500' }).near).toEqual({
      lat: 33.45,
      lon: -112.07,
      radiusMeters: 500,
    });
    expect(refusal({ lat: '33.45', long: '-112.07' })).toMatch(/^lat, long and radius/);
    expect(refusal({ lat: '33.45', long: '-112.07', radius: '20000' })).toMatch(/^radius/);
    expect(refusal({ lat: '91', long: '0', radius: '5' })).toMatch(/^lat/);
    expect(refusal({ lat: '1', long: 'east', radius: '5' })).toMatch(/^long/);
  });

  it('name each bad value', () => {
    const cases: Array<[Record<string, string | string[]>, string]> = [
      [{ service_request_id: "PHX'; drop" }, 'service_request_id'],
      [{ service_code: 'no spaces' }, 'service_code'],
      [{ status: 'pending' }, 'status'],
      [{ start_date: 'yesterday' }, 'start_date'],
      [{ end_date: '2026-02-30' }, 'end_date'],
      [{ updated_after: '2026-11-01T10:00' }, 'updated_after'],
      [{ updated_before: ['2026-11-01', '2026-11-02'] }, 'updated_before'],
      [{ page: '0' }, 'page'],
      [{ page: '1.5' }, 'page'],
      [{ page_size: '1001' }, 'page_size'],
      [{ page_size: ['10', '20'] }, 'page_size'],
      [{ radius: 'NaN', lat: '1', long: '1' }, 'radius'],
    ];
    for (const [query, name] of cases) expect(refusal(query)).toMatch(new RegExp(`^${name}`));
  });

  it('answer any query string with a filter or a 400, never another error', () => {
    const names = fc.constantFrom(...OPEN311_REQUEST_PARAMETERS);
    const value = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom('', ' ', '%00', '\u0000', '1e309', '-0', 'NaN', '2026-11-01', 'open'),
      fc.string({ minLength: 5000, maxLength: 6000 }),
    );
    const query = fc.dictionary(names, fc.oneof(value, fc.array(value, { maxLength: 3 })));
    fc.assert(
      fc.property(query, (given) => {
        try {
          parse(given);
        } catch (error) {
          expect(error).toBeInstanceOf(RouteRefused);
          expect((error as RouteRefused).status).toBe(400);
        }
      }),
      { numRuns: 500 },
    );
  });
});
