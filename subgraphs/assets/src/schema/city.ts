import { GraphQLError } from 'graphql';
import { builder, LocaleEnum } from '../builder';
import { theCity } from '../db/city.repository';
import { listDistricts } from '../db/district.repository';
import { GeoJSONRef } from './geojson';
import { BBoxRef, CityRef, CouncilDistrictRef, GeoPointRef } from './refs';

CityRef.implement({
  description:
    'The city this deployment serves. Clients read its settings (time zone, languages, ' +
    'extent) from here instead of assuming a city.',
  // Public: clients need the city's settings before anyone signs in.
  authScopes: { permission: 'geography.read' },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id of the city profile, e.g. phoenix.' }),
    name: t.exposeString('name'),
    state: t.exposeString('state', { description: 'State or province, e.g. AZ.' }),
    timeZone: t.exposeString('timeZone', {
      description: 'IANA time zone in which the city keeps time, e.g. America/Phoenix.',
    }),
    jurisdictionId: t.exposeString('jurisdictionId', {
      description: 'The Open311 GeoReport v2 jurisdiction_id of the city.',
    }),
    locales: t.field({
      type: [LocaleEnum],
      description: 'Languages the city serves residents in, the main one first.',
      resolve: (city) => city.locales,
    }),
    bbox: t.field({
      type: BBoxRef,
      description: 'The box the city limits fit in.',
      resolve: ({ west, south, east, north }) => ({ west, south, east, north }),
    }),
    center: t.field({
      type: GeoPointRef,
      description: 'The centre of the bbox: where a city-wide map opens.',
      resolve: ({ west, south, east, north }) => ({
        lon: (west + east) / 2,
        lat: (south + north) / 2,
      }),
    }),
    boundary: t.field({
      type: GeoJSONRef,
      description: 'The city limits, a GeoJSON Polygon or MultiPolygon.',
      resolve: (city) => city.boundary,
    }),
    districts: t.field({
      type: [CouncilDistrictRef],
      description: 'The council districts, by number.',
      resolve: (_city, _args, ctx) => listDistricts(ctx.db),
    }),
  }),
});

builder.queryFields((t) => ({
  city: t.field({
    type: CityRef,
    description: 'The one city this deployment serves.',
    authScopes: { permission: 'geography.read' },
    resolve: async (_root, _args, ctx) => {
      const city = await theCity(ctx.db);
      if (!city) {
        throw new GraphQLError(
          'No city is configured: the assets database has no city profile yet (seed it).',
          { extensions: { code: 'NOT_FOUND' } },
        );
      }
      return city;
    },
  }),
}));
