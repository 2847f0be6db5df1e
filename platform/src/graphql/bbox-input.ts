import type { InputObjectRef, SchemaTypes } from '@pothos/core';
import type { Bbox } from '../geo';
import type { AnySubgraphTypes } from './subgraph-builder';

/**
 * The `BBoxInput` type, defined once for every subgraph that filters by a box: the
 * supergraph holds one input type, so its shape and wording must agree everywhere.
 */
export function bboxInputRef<Types extends SchemaTypes>(
  builder: PothosSchemaTypes.SchemaBuilder<Types>,
) {
  const shared = builder as unknown as PothosSchemaTypes.SchemaBuilder<AnySubgraphTypes>;
  const ref = shared.inputType('BBoxInput', {
    description: 'A longitude/latitude box in WGS84 degrees; edges are included.',
    fields: (t) => ({
      west: t.float({ required: true }),
      south: t.float({ required: true }),
      east: t.float({ required: true }),
      north: t.float({ required: true }),
    }),
  });
  return ref as unknown as InputObjectRef<Types, Bbox>;
}

/** What is wrong with a box a client sent, in words; empty when nothing is. */
export function bboxProblems({ west, south, east, north }: Bbox): string[] {
  const problems: string[] = [];
  if ([west, east].some((lon) => lon < -180 || lon > 180)) {
    problems.push('west and east must lie within -180..180');
  }
  if ([south, north].some((lat) => lat < -90 || lat > 90)) {
    problems.push('south and north must lie within -90..90');
  }
  // A box across the antimeridian would need two ranges; no city needs one.
  if (west > east) problems.push('west must not be greater than east');
  if (south > north) problems.push('south must not be greater than north');
  return problems;
}
