import type { Geometry } from '@civicgraph/platform';
import { GraphQLError, GraphQLScalarType } from 'graphql';
import { builder } from '../builder';

function rejectInput(): never {
  throw new GraphQLError('GeoJSON is output-only: no argument or input field accepts it yet', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * A GeoJSON geometry served as the JSON object itself, so that map libraries take it
 * as it comes. Output-only: nothing accepts geometry from clients yet, and accepting
 * it would need validation (closed rings, coordinate ranges) that nothing needs now.
 */
export const GeoJSONScalar = new GraphQLScalarType<never, Geometry>({
  name: 'GeoJSON',
  description:
    'A GeoJSON geometry (RFC 7946: Point, LineString, Polygon or MultiPolygon) in WGS84 ' +
    '[lon, lat] positions, as a JSON object. Output-only: it is never accepted as input.',
  serialize(value) {
    if (
      typeof value !== 'object' ||
      value === null ||
      typeof (value as { type?: unknown }).type !== 'string' ||
      !Array.isArray((value as { coordinates?: unknown }).coordinates)
    ) {
      throw new GraphQLError('GeoJSON cannot represent a value that is not a geometry');
    }
    return value as Geometry;
  },
  parseValue: rejectInput,
  parseLiteral: rejectInput,
});

export const GeoJSONRef = builder.addScalarType('GeoJSON', GeoJSONScalar);
