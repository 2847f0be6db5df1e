import { type Bbox, badUserInput, bboxInputRef, bboxProblems } from '@civicgraph/platform';
import { builder } from '../builder';
import { checkedFilterText, type Near, type PlaceTimeTextFilter } from '../db/list-conditions';

/** Wider than any city: a larger circle is a city-wide list, which needs no radius. */
export const MAX_RADIUS_METERS = 50_000;

export const BBoxInput = bboxInputRef(builder);

export const NearInput = builder.inputType('NearInput', {
  description: `Within radiusMeters (at most ${MAX_RADIUS_METERS}) of a point.`,
  fields: (t) => ({
    lon: t.float({ required: true }),
    lat: t.float({ required: true }),
    radiusMeters: t.float({ required: true }),
  }),
});

interface PlaceTimeTextInput {
  bbox?: Bbox | null;
  near?: Near | null;
  updatedAfter?: Date | null;
  updatedBefore?: Date | null;
  text?: string | null;
}

function refuse(field: string, message: string): never {
  throw badUserInput(`${field}: ${message}`, { field });
}

function checkBbox(box: Bbox): Bbox {
  if (![box.west, box.south, box.east, box.north].every(Number.isFinite)) {
    refuse('filter.bbox', 'coordinates must be numbers');
  }
  const problems = bboxProblems(box);
  if (problems.length > 0) refuse('filter.bbox', problems.join('; '));
  return box;
}

function checkNear(near: Near): Near {
  const field = 'filter.near';
  if (near.lon < -180 || near.lon > 180 || near.lat < -90 || near.lat > 90) {
    refuse(field, 'lon must lie within -180..180 and lat within -90..90');
  }
  if (!(near.radiusMeters > 0) || near.radiusMeters > MAX_RADIUS_METERS) {
    refuse(`${field}.radiusMeters`, `must be above 0 and at most ${MAX_RADIUS_METERS}`);
  }
  return near;
}

function checkText(text: string): string {
  const checked = checkedFilterText(text);
  if ('problem' in checked) refuse('filter.text', checked.problem);
  return checked.text;
}

/** A half-open range [after, before) must not be empty the wrong way round. */
export function checkRange(name: string, after?: Date | null, before?: Date | null) {
  if (after && before && after > before) {
    refuse(`filter.${name}Before`, `must not be earlier than ${name}After`);
  }
}

/** Checks the filters both lists share and returns them for the repository. */
export function checkedPlaceTimeText(input: PlaceTimeTextInput | null | undefined) {
  checkRange('updated', input?.updatedAfter, input?.updatedBefore);
  const filter: PlaceTimeTextFilter = {
    bbox: input?.bbox ? checkBbox(input.bbox) : null,
    near: input?.near ? checkNear(input.near) : null,
    updatedAfter: input?.updatedAfter ?? null,
    updatedBefore: input?.updatedBefore ?? null,
    text: input?.text != null ? checkText(input.text) : null,
  };
  return filter;
}

/** A council district, numbered from 1. */
export function checkDistrict(district: number | null | undefined) {
  if (district != null && district < 1) refuse('filter.district', 'districts are numbered from 1');
  return district ?? null;
}
