import { catalogChangedAt } from '../db/open311-catalog.repository';
import { assertCatalogRead } from './catalog-access';
import { contactText, keyServiceText } from './catalog-texts';
import type { Open311Endpoint } from './open311-call';
import { OPEN311_PREFIX } from './open311-path';

const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';

/**
 * The changeset: clients refresh their cached services and definitions when it moves,
 * comparing it as text, so it is written in UTC (`…Z`), which sorts as the instants do
 * whatever the city's daylight saving. Seconds only, as the spec's examples.
 */
function changeset(at: Date | null): string {
  return (at ?? new Date(0)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * GET discovery: where GeoReport v2 is served here (one production endpoint, both
 * formats), when the catalog last changed, whom to ask, and how partners get a key.
 */
export const discovery: Open311Endpoint = async (call) => {
  assertCatalogRead(call);
  const at = changeset(await catalogChangedAt(call.db));
  const cityName = call.city.city.name;
  return {
    root: 'discovery',
    body: {
      changeset: at,
      contact: contactText(call.locale, cityName),
      key_service: keyServiceText(call.locale, cityName),
      endpoints: [
        {
          specification: SPECIFICATION,
          // Root-relative when the gateway did not name its origin: still right for a
          // client that reached this host, and never a guessed host name.
          url: `${call.origin ?? ''}${OPEN311_PREFIX}`,
          changeset: at,
          type: 'production',
          formats: ['text/xml', 'application/json'],
        },
      ],
    },
  };
};
