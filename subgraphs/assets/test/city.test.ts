import type { Geometry } from '@civicgraph/platform';
import { errorCodes } from '@civicgraph/platform/testing';
import { GraphQLError, type GraphQLScalarType, parseValue } from 'graphql';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAssetsSchema } from '../src/schema';
import { type AssetsHarness, startAssetsHarness } from './harness';

let h: AssetsHarness;

beforeAll(async () => {
  h = await startAssetsHarness();
});

afterAll(async () => {
  await h?.close();
});

interface District {
  number: number;
  name: string;
  boundary: Geometry;
  assetCount: number;
}

interface Street {
  id: string;
  name: string;
  axis: string;
  geometry: Geometry;
  lengthMeters: number;
}

const STREETS = /* GraphQL */ `
  query ($name: String) { streets(name: $name) { id name axis geometry lengthMeters } }
`;

describe('the city', () => {
  it('serves the profile it was seeded from', async () => {
    const result = await h.query<{ city: Record<string, unknown> }>(`{
      city {
        id name state timeZone jurisdictionId locales
        bbox { west south east north } center { lon lat } boundary
      }
    }`);
    expect(result.errors).toBeUndefined();
    const profile = h.city.profile;
    const [west, south, east, north] = profile.bbox;
    expect(result.data!.city).toEqual({
      id: profile.id,
      name: profile.name,
      state: profile.state,
      timeZone: profile.timeZone,
      jurisdictionId: profile.jurisdictionId,
      locales: profile.locales.map((locale) => locale.toUpperCase()),
      bbox: { west, south, east, north },
      center: { lon: (west + east) / 2, lat: (south + north) / 2 },
      boundary: profile.boundary.geometry,
    });
  });

  it('lists every council district with its name and polygon, by number', async () => {
    const result = await h.query<{ city: { districts: District[] } }>(
      `{ city { districts { number name boundary } } }`,
    );
    expect(result.errors).toBeUndefined();
    const expected = h.city.profile.districts.features
      .map((feature) => ({
        number: feature.properties.number,
        name: feature.properties.name,
        boundary: feature.geometry,
      }))
      .sort((a, b) => a.number - b.number);
    expect(expected).toHaveLength(8);
    expect(result.data!.city.districts).toEqual(expected);
  });

  it('counts the assets of each district as the generator placed them', async () => {
    const result = await h.query<{ city: { districts: District[] } }>(
      `{ city { districts { number assetCount } } }`,
    );
    const districts = result.data!.city.districts;
    for (const district of districts) {
      expect(district.assetCount).toBe(
        h.assets.filter((a) => a.district === district.number).length,
      );
    }
    // Most assets lie in some district; the sum is checked against the raw data too.
    const inDistricts = h.assets.filter((a) => a.district !== null).length;
    expect(inDistricts).toBeGreaterThan(0);
    expect(districts.reduce((sum, d) => sum + d.assetCount, 0)).toBe(inDistricts);
  });

  it('reads districts and their asset counts in a constant number of statements', async () => {
    h.resetStatements();
    const result = await h.query(`{ city { districts { assetCount } } }`);
    expect(result.errors).toBeUndefined();
    // The city, the districts, and one grouped count for all of them.
    expect(h.statements).toHaveLength(3);
    expect(h.statements.filter((s) => /count\(\*\)/i.test(s))).toHaveLength(1);
  });

  it('answers NOT_FOUND while no city is seeded', async () => {
    const db = h.db;
    const row = await db.selectFrom('city').selectAll().executeTakeFirstOrThrow();
    await db.deleteFrom('city').execute();
    try {
      const result = await h.query(`{ city { name } }`);
      expect(result.data).toBeNull();
      expect(errorCodes(result)).toEqual(['NOT_FOUND']);
      expect(result.errors?.[0]?.message).toMatch(/no city/i);
    } finally {
      await db
        .insertInto('city')
        .values({ ...row, boundary: JSON.stringify(row.boundary) })
        .execute();
    }
    expect((await h.query(`{ city { name } }`)).data).toEqual({
      city: { name: h.city.profile.name },
    });
  });

  it('keeps to a single city row', async () => {
    const row = await h.db.selectFrom('city').selectAll().executeTakeFirstOrThrow();
    await expect(
      h.db
        .insertInto('city')
        .values({ ...row, id: 'elsewhere', boundary: JSON.stringify(row.boundary) })
        .execute(),
    ).rejects.toThrow(/city_single_row/);
  });
});

describe('council districts', () => {
  it('finds a district by number, and answers null for one the city does not have', async () => {
    const feature = h.city.profile.districts.features.find((f) => f.properties.number === 3)!;
    const result = await h.query<{ three: District | null; missing: District | null }>(
      `{ three: councilDistrict(number: 3) { number name boundary }
         missing: councilDistrict(number: 99) { number } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      three: { number: 3, name: feature.properties.name, boundary: feature.geometry },
      missing: null,
    });
  });

  it('resolves CouncilDistrict references by number in one statement', async () => {
    h.resetStatements();
    const result = await h.query<{ _entities: Array<{ name: string } | null> }>(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on CouncilDistrict { name } }
      }`,
      {
        representations: [2, 99, 5].map((number) => ({ __typename: 'CouncilDistrict', number })),
      },
    );
    expect(result.errors).toBeUndefined();
    const name = (n: number) =>
      h.city.profile.districts.features.find((f) => f.properties.number === n)!.properties.name;
    expect(result.data!._entities).toEqual([{ name: name(2) }, null, { name: name(5) }]);
    expect(h.statements).toHaveLength(1);
  });

  it('answers null for a district number Postgres could not take, without failing the batch', async () => {
    const districts = (representations: unknown[]) =>
      h.query<{ _entities: Array<{ name: string } | null> }>(
        `query ($representations: [_Any!]!) {
          _entities(representations: $representations) { ... on CouncilDistrict { name } }
        }`,
        { representations },
      );
    const name = (n: number) =>
      h.city.profile.districts.features.find((f) => f.properties.number === n)!.properties.name;

    h.resetStatements();
    const mixed = await districts([
      { __typename: 'CouncilDistrict', number: 'two' },
      { __typename: 'CouncilDistrict', number: 2 ** 40 },
      { __typename: 'CouncilDistrict', number: 3 },
    ]);
    expect(mixed.errors).toBeUndefined();
    expect(mixed.data!._entities).toEqual([null, null, { name: name(3) }]);
    expect(h.statements).toHaveLength(1);

    h.resetStatements();
    const bad = await districts([{ __typename: 'CouncilDistrict', number: 1.5 }]);
    expect(bad.errors).toBeUndefined();
    expect(bad.data!._entities).toEqual([null]);
    expect(h.statements).toHaveLength(0);
  });
});

describe('streets', () => {
  it('returns every generated street, east-west first, each axis by name, in one statement', async () => {
    h.resetStatements();
    const result = await h.query<{ streets: Street[] }>(STREETS);
    expect(result.errors).toBeUndefined();
    expect(h.statements).toHaveLength(1);
    const streets = result.data!.streets;
    expect(streets).toHaveLength(h.city.streets.length);
    for (const street of streets) {
      const seed = h.city.streets.find((s) => s.id === street.id)!;
      expect(street).toMatchObject({ name: seed.name, axis: seed.axis, geometry: seed.geometry });
    }
    // Byte order, as the query sorts, so the test does not depend on the server's locale.
    const key = (s: Street) => `${s.axis}\u0000${s.name}`;
    const sorted = [...streets].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    expect(streets.map((s) => s.id)).toEqual(sorted.map((s) => s.id));
    expect(streets[0]!.axis).toBe('EAST_WEST');
    expect(streets.at(-1)!.axis).toBe('NORTH_SOUTH');
  });

  it('filters by name whatever its case', async () => {
    const seed = h.city.streets.find((s) => /[a-z]/.test(s.name))!;
    const expected = h.city.streets.filter((s) => s.name === seed.name).map((s) => s.id);
    for (const name of [seed.name, seed.name.toUpperCase(), seed.name.toLowerCase()]) {
      const result = await h.query<{ streets: Street[] }>(STREETS, { name });
      expect(result.data!.streets.map((s) => s.id).sort()).toEqual([...expected].sort());
    }
    const none = await h.query<{ streets: Street[] }>(STREETS, { name: 'No Such Street' });
    expect(none.data!.streets).toEqual([]);
  });

  it('measures each street: positive, plausible, and as long as its span of latitude or longitude', async () => {
    const result = await h.query<{ streets: Street[] }>(STREETS);
    const [, south, , north] = h.city.profile.bbox;
    const midLat = ((south + north) / 2) * (Math.PI / 180);
    const metersPerDegreeLat = 111_195;
    for (const street of result.data!.streets) {
      // One-mile grid arterials inside a city some 45 km across.
      expect(street.lengthMeters).toBeGreaterThan(1_000);
      expect(street.lengthMeters).toBeLessThan(60_000);
      // A grid street runs straight along its axis: its length is its span in metres
      // (to well under 1 % at city scale), an estimate independent of the haversine.
      const positions = (street.geometry as { coordinates: number[][] }).coordinates;
      const first = positions[0]!;
      const last = positions.at(-1)!;
      const span =
        street.axis === 'NORTH_SOUTH'
          ? Math.abs(last[1]! - first[1]!) * metersPerDegreeLat
          : Math.abs(last[0]! - first[0]!) * metersPerDegreeLat * Math.cos(midLat);
      expect(Math.abs(street.lengthMeters - span) / span).toBeLessThan(0.01);
    }
  });
});

describe('the GeoJSON scalar', () => {
  const scalar = () => buildAssetsSchema().getType('GeoJSON') as GraphQLScalarType;

  it('is published as an output-only scalar', async () => {
    const result = await h.query<{ _service: { sdl: string } }>(`{ _service { sdl } }`);
    expect(result.data!._service.sdl).toMatch(/Output-only[^"]*"""\s*scalar GeoJSON/);
  });

  it('rejects input, as a variable or a literal, with BAD_USER_INPUT', () => {
    const point = { type: 'Point', coordinates: [-112, 33.5] };
    const attempts = [
      () => scalar().parseValue(point),
      () => scalar().parseLiteral(parseValue('{ type: "Point", coordinates: [-112, 33.5] }')),
    ];
    for (const attempt of attempts) {
      let caught: unknown;
      try {
        attempt();
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(GraphQLError);
      expect((caught as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses to serialize something that is not a geometry', () => {
    expect(() => scalar().serialize('POINT(-112 33.5)')).toThrow(/not a geometry/);
    expect(scalar().serialize({ type: 'Point', coordinates: [1, 2] })).toEqual({
      type: 'Point',
      coordinates: [1, 2],
    });
  });
});

describe('the schema', () => {
  it('checks the stored bbox is complete and ordered', async () => {
    const db = h.db;
    await expect(sql`update city set north = null`.execute(db)).rejects.toThrow(/not-null/);
    await expect(sql`update city set west = east + 1`.execute(db)).rejects.toThrow(
      /city_bbox_ordered/,
    );
    await expect(sql`update city set south = north`.execute(db)).rejects.toThrow(
      /city_bbox_ordered/,
    );
  });
});
