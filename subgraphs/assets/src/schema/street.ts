import { builder } from '../builder';
import { listStreets } from '../db/street.repository';
import { streetAxes } from '../db/street.table';
import { GeoJSONRef } from './geojson';
import { StreetRef } from './refs';

export const StreetAxisEnum = builder.enumType('StreetAxis', {
  description: 'The direction a grid street runs in.',
  values: streetAxes,
});

StreetRef.implement({
  description: 'An arterial of the city street grid.',
  authScopes: { permission: 'geography.read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    axis: t.expose('axis', { type: StreetAxisEnum }),
    geometry: t.field({
      type: GeoJSONRef,
      description: 'The street, a GeoJSON LineString.',
      resolve: (street) => street.geometry,
    }),
    lengthMeters: t.exposeFloat('lengthM', {
      description: 'Length of the street along the surface of the Earth, in metres.',
    }),
  }),
});

builder.queryFields((t) => ({
  streets: t.field({
    type: [StreetRef],
    args: {
      name: t.arg.string({
        description: 'Only streets of this name, compared case-insensitively.',
      }),
    },
    description: 'The street grid: east-west streets, then north-south ones, each by name.',
    authScopes: { permission: 'geography.read' },
    resolve: (_root, { name }, ctx) => listStreets(ctx.db, { name }),
  }),
}));
