import {
  badArgument,
  codeListParam,
  enumListParam,
  instantParam,
  type QueryParams,
} from '@civicgraph/platform';

/** The spec's default and largest answer; also the extension's largest page. */
export const MAX_PAGE_SIZE = 1000;
/** Deep pages are a walk better done with `updated_after`: offsets stay cheap. */
export const MAX_PAGE = 10_000;
/** The spec's window: without dates, the last 90 days; with both, at most 90 days apart. */
export const DATE_WINDOW_MS = 90 * 24 * 3600 * 1000;
export const MAX_RADIUS_METERS = 10_000;
export const MAX_REQUEST_IDS = 1000;

/** `service_request_id`: the public numbers (PHX-26-000123), never anything that needs escaping. */
const REQUEST_NUMBER = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;

/**
 * What `GET requests` asks for, checked. `numbers` overrides every other filter (the
 * spec: "This overrides all other arguments"); the rest still have to be well-formed.
 */
export interface Open311RequestQuery {
  numbers: string[] | null;
  serviceCodes: string[] | null;
  statuses: Array<'OPEN' | 'CLOSED'> | null;
  /** Inclusive lower and exclusive upper bounds of `requested_datetime`; null: none. */
  requestedFrom: Date | null;
  requestedBefore: Date | null;
  /**
   * Exclusive lower bound of `updated_datetime`; with `afterNumber`, of the pair
   * (updated_datetime, service_request_id): the last request a walking client saw.
   */
  updatedAfter: Date | null;
  afterNumber: string | null;
  /** Exclusive upper bound of `updated_datetime`. */
  updatedBefore: Date | null;
  near: { lon: number; lat: number; radiusMeters: number } | null;
  page: number;
  pageSize: number;
}

/** Only one value of a parameter: `a=1&a=2` is a 400, not the first or the last. */
function single(query: QueryParams, name: string): string | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  if (Array.isArray(raw)) {
    if (raw.length !== 1) throw badArgument(name, `${name} may be given once`);
    return raw[0]?.trim() || undefined;
  }
  return raw.trim() || undefined;
}

function integerParam(query: QueryParams, name: string, min: number, max: number) {
  const value = single(query, name);
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw badArgument(name, `${name} must be a whole number from ${min} to ${max}`);
  }
  return Number(value);
}

function numberParam(query: QueryParams, name: string, min: number, max: number) {
  const value = single(query, name);
  if (value === undefined) return undefined;
  const number = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isFinite(number) || number < min || number > max) {
    throw badArgument(name, `${name} must be a number from ${min} to ${max}`);
  }
  return number;
}

function numbersParam(query: QueryParams): string[] | null {
  const raw = query.service_request_id;
  if (raw === undefined) return null;
  const given = (Array.isArray(raw) ? raw : [raw])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  if (given.length === 0) return null;
  if (given.length > MAX_REQUEST_IDS) {
    throw badArgument(
      'service_request_id',
      `service_request_id takes at most ${MAX_REQUEST_IDS} ids`,
    );
  }
  for (const value of given) {
    if (!REQUEST_NUMBER.test(value)) {
      throw badArgument(
        'service_request_id',
        'service_request_id must be request numbers such as PHX-26-000123, comma-separated',
      );
    }
  }
  return [...new Set(given)];
}

function nearParam(query: QueryParams): Open311RequestQuery['near'] {
  const lat = numberParam(query, 'lat', -90, 90);
  const lon = numberParam(query, 'long', -180, 180);
  const radius = numberParam(query, 'radius', 1, MAX_RADIUS_METERS);
  const given = [lat, lon, radius].filter((value) => value !== undefined).length;
  if (given === 0) return null;
  if (lat === undefined || lon === undefined || radius === undefined) {
    throw badArgument('lat', 'lat, long and radius (metres) go together: give all three or none');
  }
  return { lon, lat, radiusMeters: radius };
}

/**
 * `start_date` / `end_date` on `requested_datetime`: one alone opens a 90-day window
 * from (or up to) it; both must be in order and at most 90 days apart.
 */
function requestedWindow(query: QueryParams, now: Date, anyDateFilter: boolean) {
  const start = instantParam(query, 'start_date') ?? null;
  const end = instantParam(query, 'end_date') ?? null;
  if (start && end) {
    if (end.getTime() < start.getTime()) {
      throw badArgument('end_date', 'end_date must not be before start_date');
    }
    if (end.getTime() - start.getTime() > DATE_WINDOW_MS) {
      throw badArgument('start_date', 'start_date and end_date may be at most 90 days apart');
    }
    return { from: start, before: end };
  }
  if (start) return { from: start, before: new Date(start.getTime() + DATE_WINDOW_MS) };
  if (end) return { from: new Date(end.getTime() - DATE_WINDOW_MS), before: end };
  // A walk by update time reaches requests of any age; otherwise the spec's default.
  if (anyDateFilter) return { from: null, before: null };
  return { from: new Date(now.getTime() - DATE_WINDOW_MS), before: null };
}

/** Every parameter of `GET requests`, each bad value a 400 naming it. */
export function parseOpen311RequestQuery(
  query: QueryParams,
  now = new Date(),
): Open311RequestQuery {
  const numbers = numbersParam(query);
  const serviceCodes = codeListParam(query, 'service_code', 100) ?? null;
  const statuses = enumListParam(query, 'status', ['open', 'closed'] as const) ?? null;
  const updatedAfter = instantParam(query, 'updated_after') ?? null;
  const updatedBefore = instantParam(query, 'updated_before') ?? null;
  const afterNumberValue = single(query, 'after_service_request_id');
  if (afterNumberValue !== undefined) {
    if (!REQUEST_NUMBER.test(afterNumberValue)) {
      throw badArgument(
        'after_service_request_id',
        'after_service_request_id must be a request number such as PHX-26-000123',
      );
    }
    if (!updatedAfter) {
      throw badArgument(
        'after_service_request_id',
        'after_service_request_id resumes an updated_after walk: give updated_after too',
      );
    }
  }
  if (updatedAfter && updatedBefore && updatedBefore.getTime() <= updatedAfter.getTime()) {
    throw badArgument('updated_before', 'updated_before must be after updated_after');
  }
  const window = requestedWindow(query, now, Boolean(updatedAfter || updatedBefore));
  return {
    numbers,
    serviceCodes,
    statuses: statuses?.map((status) => (status === 'open' ? 'OPEN' : 'CLOSED')) ?? null,
    requestedFrom: window.from,
    requestedBefore: window.before,
    updatedAfter,
    afterNumber: afterNumberValue ?? null,
    updatedBefore,
    near: nearParam(query),
    page: integerParam(query, 'page', 1, MAX_PAGE) ?? 1,
    pageSize: integerParam(query, 'page_size', 1, MAX_PAGE_SIZE) ?? MAX_PAGE_SIZE,
  };
}
