import { type Caller, type PeerGraph, PeerUnavailable } from '@civicgraph/platform';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChangeRefused, invalidInput } from '../src/lifecycle/change-refused';
import { placeRequest } from '../src/open311/address-location';
import { open311Refusal } from '../src/open311/intake-refusal';
import { Open311Error } from '../src/open311/open311-error';
import { readRequestForm } from '../src/open311/request-form';
import {
  intersectionNames,
  linesCrossing,
  type StreetLine,
  streetCrossing,
  streetKey,
} from '../src/open311/street-crossing';

// The pure parts of Open311's POST requests, without a database: the form read into
// arguments, intake's refusals named by the form's arguments, intersections placed.

function refused(fn: () => unknown): { status: number; description: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof Open311Error) return { status: error.status, description: error.message };
    throw error;
  }
  throw new Error('expected an Open311Error');
}

describe('readRequestForm', () => {
  it('reads every argument once, the answers single and listed, and ignores the rest', () => {
    const form = readRequestForm(
      new URLSearchParams(
        'service_code=+GRAFFITI+&lat=33.4&long=-112.1&email=a%40b.org&first_name=Ana' +
          '&attribute[SURFACE][]=WALL&attribute[OFFENSIVE]=NO&attribute[SURFACE][]=SIGN' +
          '&api_key=k&jurisdiction_id=phoenix.gov&whatever=1&description=',
      ),
    );
    expect(form).toMatchObject({
      serviceCode: 'GRAFFITI',
      lat: '33.4',
      long: '-112.1',
      email: 'a@b.org',
      firstName: 'Ana',
      lastName: null,
      description: null,
      attributes: [
        { code: 'SURFACE', values: ['WALL', 'SIGN'] },
        { code: 'OFFENSIVE', value: 'NO' },
      ],
    });
  });

  it.each([
    ['', /^service_code is required/],
    ['service_code=%20', /^service_code is required/],
    ['service_code=A&service_code=B', /^service_code is given 2 times/],
    ['service_code=A&lat=1&lat=2', /^lat is given 2 times/],
    ['service_code=A&attribute[X]=1&attribute[X]=2', /^attribute\[X\] is given twice/],
    ['service_code=A&attribute[]=1', /names no attribute code/],
    ['service_code=A&description=a%00b', /^description contains U\+0000/],
    ['service_code=A&x%00=1', /contains U\+0000/],
    [`service_code=A&account_id=${'a'.repeat(201)}`, /^account_id must be at most 200/],
    ['service_code=A&account_id=a%01', /^account_id .*control characters/],
  ])('refuses %s', (body, description) => {
    expect(refused(() => readRequestForm(new URLSearchParams(body)))).toEqual({
      status: 400,
      description: expect.stringMatching(description),
    });
  });

  it('reads any form or refuses it with a 400, never another error', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string())), (pairs) => {
        try {
          readRequestForm(new URLSearchParams(pairs));
        } catch (error) {
          expect(error).toBeInstanceOf(Open311Error);
          expect((error as Open311Error).status).toBe(400);
        }
      }),
    );
  });
});

describe('open311Refusal', () => {
  const context = {
    placedBy: 'address_string' as const,
    attributes: [
      { code: 'SURFACE', value: 'WALL' },
      { code: 'SIZE', values: ['LARGE'] },
    ],
  };
  const described = (refusal: ChangeRefused) => open311Refusal(refusal, context).message;

  it('names the form argument behind each intake field', () => {
    expect(described(invalidInput('reporter.email', 'x is not an email address'))).toBe(
      'email: x is not an email address',
    );
    expect(described(invalidInput('serviceCode', 'No service X exists'))).toBe(
      'service_code: No service X exists',
    );
    expect(described(invalidInput('mediaUrls.0', 'bad'))).toBe('media_url: bad');
    expect(described(invalidInput('attributes.DEPTH', 'must be a number'))).toBe(
      'attribute[DEPTH]: must be a number',
    );
    expect(
      described(new ChangeRefused('OUTSIDE_CITY', 'outside Phoenix', { field: 'location' })),
    ).toBe('address_string: outside Phoenix');
    expect(open311Refusal(invalidInput('description', 'empty'), context).status).toBe(400);
  });

  it("explains a list sent for one value, and one value for a list, in the form's terms", () => {
    expect(
      described(invalidInput('attributes.SURFACE', 'takes a list', { datatype: 'multivaluelist' })),
    ).toBe('attribute[SURFACE] is a list: send each chosen key as attribute[SURFACE][]');
    expect(
      described(
        invalidInput('attributes.SIZE', 'takes one value', { datatype: 'singlevaluelist' }),
      ),
    ).toBe('attribute[SIZE] takes one value: send it as attribute[SIZE]');
  });
});

describe('street crossings', () => {
  const central: StreetLine = {
    name: 'Central Ave',
    coordinates: [
      [-112.074, 33.2],
      [-112.074, 33.8],
    ],
  };
  const vanBuren: StreetLine = {
    name: 'Van Buren St',
    coordinates: [
      [-112.4, 33.451],
      [-111.9, 33.451],
    ],
  };
  const shortStreet: StreetLine = {
    name: 'Short St',
    coordinates: [
      [-112.0, 33.3],
      [-111.95, 33.3],
    ],
  };
  const streets = [central, vanBuren, shortStreet];

  it('reads the separators people write', () => {
    for (const text of ['A & B', 'A and B', 'A AND B', 'A at B', 'A / B', 'A @ B', 'A+B']) {
      expect(intersectionNames(text)).toEqual(['A', 'B']);
    }
    expect(intersectionNames('A')).toBeNull();
    expect(intersectionNames('A & B & C')).toBeNull();
    expect(intersectionNames(' & B')).toBeNull();
  });

  it('compares names without case, dots or long suffixes', () => {
    expect(streetKey('Central  Avenue')).toBe(streetKey('central ave.'));
    expect(streetKey('Van Buren Street')).toBe('van buren st');
    expect(streetKey('Union Hills Drive')).toBe(streetKey('Union Hills Dr'));
  });

  it('places a crossing where the lines meet, in either order', () => {
    for (const text of ['Central Ave & Van Buren St', 'van buren street and central avenue']) {
      const point = streetCrossing(text, streets);
      expect(point?.lon).toBeCloseTo(-112.074, 12);
      expect(point?.lat).toBeCloseTo(33.451, 12);
    }
  });

  it('places nothing for streets that do not cross, are unknown, or are the same', () => {
    expect(streetCrossing('Central Ave & Short St', streets)).toBeNull();
    expect(streetCrossing('Central Ave & Nowhere Rd', streets)).toBeNull();
    expect(streetCrossing('Central Ave & Central Avenue', streets)).toBeNull();
    expect(streetCrossing('1234 N Central Ave', streets)).toBeNull();
    expect(linesCrossing(vanBuren, { ...vanBuren, name: 'Parallel' })).toBeNull();
  });

  it('finds the crossing of any two lines that cross, on both of them', () => {
    const coordinate = fc.double({ min: -10, max: 10, noNaN: true });
    const point = fc.tuple(coordinate, coordinate);
    fc.assert(
      fc.property(point, point, point, point, (a1, a2, b1, b2) => {
        const found = linesCrossing(
          { name: 'a', coordinates: [a1, a2] },
          { name: 'b', coordinates: [b1, b2] },
        );
        if (!found) return;
        // On segment a: its distances to the ends add up to the segment's length.
        const on = (p: readonly number[], q: readonly number[]) => {
          const d = (x: readonly number[], y: readonly number[]) =>
            Math.hypot(x[0]! - y[0]!, x[1]! - y[1]!);
          const here = [found.lon, found.lat];
          return Math.abs(d(p, here) + d(here, q) - d(p, q)) < 1e-6;
        };
        expect(on(a1, a2)).toBe(true);
        expect(on(b1, b2)).toBe(true);
      }),
    );
  });
});

describe('placeRequest', () => {
  const caller: Caller = { kind: 'anonymous' };
  const form = (fields: string) => readRequestForm(new URLSearchParams(`service_code=X&${fields}`));
  /** A peer graph that answers assets' streets, and records who asked what. */
  function streetsPeer(answer: () => unknown) {
    const asked: Array<{ peer: string; caller: Caller }> = [];
    const peers: PeerGraph = {
      async query<T>(peer: string, _document: string, _variables: unknown, by: Caller) {
        asked.push({ peer, caller: by });
        return answer() as T;
      },
    };
    return { peers, asked };
  }
  const grid = () => ({
    streets: [
      {
        name: 'Central Ave',
        geometry: {
          type: 'LineString',
          coordinates: [
            [-112, 33],
            [-112, 34],
          ],
        },
      },
      {
        name: 'Van Buren St',
        geometry: {
          type: 'LineString',
          coordinates: [
            [-113, 33.5],
            [-111, 33.5],
          ],
        },
      },
    ],
  });

  it('takes lat and long as they are, with the coordinates as the address when none is given', async () => {
    const { peers, asked } = streetsPeer(grid);
    expect(await placeRequest(form('lat=33.5&long=-112.07'), peers, caller)).toEqual({
      location: { lon: -112.07, lat: 33.5 },
      address: '33.5, -112.07',
      placedBy: 'lat/long',
    });
    expect(asked).toEqual([]);
  });

  it("places a crossing through assets' streets, asked as the caller", async () => {
    const { peers, asked } = streetsPeer(grid);
    const placed = await placeRequest(
      form('address_string=Central+Ave+%26+Van+Buren+St'),
      peers,
      caller,
    );
    expect(placed).toEqual({
      location: { lon: -112, lat: 33.5 },
      address: 'Central Ave & Van Buren St',
      placedBy: 'address_string',
    });
    expect(asked).toEqual([{ peer: 'assets', caller }]);
  });

  it('answers 503 when the streets cannot be read, and writes nothing meanwhile', async () => {
    const { peers } = streetsPeer(() => {
      throw new PeerUnavailable('the assets subgraph cannot be reached');
    });
    await expect(
      placeRequest(form('address_string=Central+Ave+%26+Van+Buren+St'), peers, caller),
    ).rejects.toMatchObject({ status: 503, message: expect.stringMatching(/lat and long/) });
  });
});
