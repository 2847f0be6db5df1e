import { type Caller, type PeerGraph, PeerUnavailable } from '@civicgraph/platform';
import { badOpen311Argument, Open311Error } from './open311-error';
import type { Open311RequestForm } from './request-form';
import { type StreetLine, streetCrossing } from './street-crossing';

/** Where a request is, its address in words, and which arguments placed it (for errors). */
export interface PlacedRequest {
  location: { lon: number; lat: number };
  address: string;
  placedBy: 'lat/long' | 'address_string';
}

// What a person types as degrees: no exponents, no hex, no "Infinity".
const DEGREES = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/;

function degrees(name: 'lat' | 'long', text: string, limit: number): number {
  const value = Number(text);
  if (!DEGREES.test(text) || !Number.isFinite(value) || Math.abs(value) > limit) {
    throw badOpen311Argument(`${name} must be decimal degrees from -${limit} to ${limit} (WGS84)`);
  }
  return value;
}

const STREETS = 'query { streets { name geometry } }';

/** The city's streets, read from assets through the graph as the caller (public data). */
async function cityStreets(peers: PeerGraph, caller: Caller): Promise<StreetLine[]> {
  try {
    const { streets } = await peers.query<{
      streets: Array<{ name: string; geometry: { type: string; coordinates: unknown } }>;
    }>('assets', STREETS, {}, caller);
    return streets
      .filter((s) => s.geometry.type === 'LineString')
      .map((s) => ({
        name: s.name,
        coordinates: s.geometry.coordinates as StreetLine['coordinates'],
      }));
  } catch (error) {
    if (!(error instanceof PeerUnavailable)) throw error;
    // Nothing was written: the address is placed before the request's write.
    throw new Open311Error(
      503,
      'The city’s streets could not be read to place address_string: try again, or send lat and long',
    );
  }
}

/**
 * The request's location, from what the spec lets a client send: `lat` and `long`
 * (then `address_string`, if any, is its address, and `address_id` is not needed), or
 * `address_string` alone naming a crossing of two of the city's streets, placed where
 * their lines cross. This city keeps no master address list, so `address_id` alone
 * places nothing. A point without words is described by its coordinates: exact, and
 * needing no other subgraph to answer.
 */
export async function placeRequest(
  form: Open311RequestForm,
  peers: PeerGraph,
  caller: Caller,
): Promise<PlacedRequest> {
  if (form.lat !== null || form.long !== null) {
    if (form.lat === null) throw badOpen311Argument('long is given without lat: send both');
    if (form.long === null) throw badOpen311Argument('lat is given without long: send both');
    const lat = degrees('lat', form.lat, 90);
    const lon = degrees('long', form.long, 180);
    return {
      location: { lon, lat },
      address: form.addressString ?? `${form.lat.trim()}, ${form.long.trim()}`,
      placedBy: 'lat/long',
    };
  }
  if (form.addressString !== null) {
    const crossing = streetCrossing(form.addressString, await cityStreets(peers, caller));
    if (!crossing) {
      throw badOpen311Argument(
        `address_string could not be placed: name a crossing of two of the city's streets ` +
          `(e.g. "Central Ave & Van Buren St"), or send lat and long`,
      );
    }
    return { location: crossing, address: form.addressString, placedBy: 'address_string' };
  }
  if (form.addressId !== null) {
    throw badOpen311Argument(
      'address_id cannot be used: this city has no master address repository; send lat and long, or address_string',
    );
  }
  throw badOpen311Argument('A location is required: send lat and long, or address_string');
}
