import {
  blockAddress,
  type Locale,
  type Open311Item,
  type Open311Value,
  scrubPersonalText,
  snapToBlock,
  zonedIsoString,
} from '@civicgraph/platform';
import type { Open311RequestRow } from '../db/open311.repository';
import { PHOTOS_PATH, photoUrl } from '../photos/photo-urls';

/** What a request document needs beyond its row: the caller's language, zone and origin. */
export interface RequestDocumentContext {
  locale: Locale;
  timeZone: string;
  /** The public origin, to make /photos paths absolute; null: left relative. */
  origin: string | null;
  /**
   * Whether the caller may open the city's stored photos (`requests.read`: staff, a
   * partner with requests:read). Others get only a link the reporter gave: a /photos
   * link would answer them 401.
   */
  storedPhotos: boolean;
  /** `agency_responsible` by department id; a missing one is null. */
  agencies: ReadonlyMap<string, string | null>;
}

// Kept here for its callers; the rule itself is platform's (open data uses it too).
export { blockAddress };

/**
 * The first link the reporter gave, else — for a caller who may open it — their first
 * stored photo (absolute on the public origin). None for a location-sensitive request:
 * a picture shows the very door that snapping hides.
 */
function mediaUrl(row: Open311RequestRow, context: RequestDocumentContext): string | null {
  if (row.locationSensitive) return null;
  const stored = context.storedPhotos && row.photoId ? photoUrl(row.photoId) : null;
  const link = row.mediaUrls[0] ?? stored;
  if (link && context.origin && link.startsWith(`${PHOTOS_PATH}/`))
    return `${context.origin}${link}`;
  return link;
}

function attributeList(row: Open311RequestRow, scrub: (text: string) => string): Open311Value[] {
  // By code, as the graph lists them: jsonb keeps its keys in an order of its own.
  return Object.entries(row.attributes)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, answer]): Open311Item => {
      if (Array.isArray(answer)) return { code, values: answer.map(scrub) };
      // Text, as POST takes answers: a number is written as the reporter gave it.
      return { code, value: scrub(String(answer)) };
    });
}

/**
 * One request as GeoReport v2 lists it, fields in the spec's order, `attributes` (our
 * extension: `{code, value}`, or `{code, values}` for a multi-value list) last. Nothing
 * about the reporter; the free text scrubbed of contacts; a location-sensitive request
 * at its block.
 */
export function open311RequestDocument(
  row: Open311RequestRow,
  context: RequestDocumentContext,
): Open311Item {
  const sensitive = row.locationSensitive;
  const scrub = (text: string) => scrubPersonalText(text, { houseNumbers: sensitive });
  const [lon, lat] = sensitive ? snapToBlock(row.lon, row.lat) : [row.lon, row.lat];
  const closed = row.status === 'CLOSED';
  const at = (instant: Date) => zonedIsoString(instant, context.timeZone);
  return {
    service_request_id: row.number,
    status: closed ? 'closed' : 'open',
    status_notes: row.statusNote === null ? null : scrub(row.statusNote),
    service_name: context.locale === 'es' ? row.serviceNameEs : row.serviceNameEn,
    service_code: row.serviceCode,
    description: scrub(row.description),
    agency_responsible: context.agencies.get(row.departmentId) ?? null,
    // No source of per-request notices exists yet.
    service_notice: null,
    requested_datetime: at(row.requestedAt),
    updated_datetime: at(row.updatedAt),
    expected_datetime: closed || !row.expectedAt ? null : at(row.expectedAt),
    address: sensitive ? blockAddress(row.address) : row.address,
    address_id: null,
    zipcode: null,
    lat,
    long: lon,
    media_url: mediaUrl(row, context),
    attributes: attributeList(row, scrub),
  };
}
