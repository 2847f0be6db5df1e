import { badUserInput, type GeoPoint } from '@civicgraph/platform';
import { builder } from '../builder';
import { assetsNearPoints, type SearchPoint } from '../db/nearby-assets.repository';
import { AssetRef, GeoPointRef } from './refs';

const MAX_METERS = 1_000;
const DEFAULT_METERS = 100;
const MAX_ASSETS = 50;
/** More codes than there are asset types is a mistake, not a question. */
const MAX_TYPE_CODES = 100;

/** Checked in `resolve`, before the loader runs, so a bad value costs no SQL. */
function checkArguments(
  meters: number | null | undefined,
  types: readonly string[] | null | undefined,
) {
  if (meters != null && !(meters >= 0 && meters <= MAX_METERS)) {
    throw badUserInput(`meters must be between 0 and ${MAX_METERS}`, { field: 'meters' });
  }
  if (types != null && types.length > MAX_TYPE_CODES) {
    throw badUserInput(`at most ${MAX_TYPE_CODES} type codes`, { field: 'types' });
  }
}

// Owned by the requests subgraph, which stores the request's location; the gateway
// sends it along (@requires) and this subgraph finds the assets around it.
builder.externalRef('ServiceRequest', builder.selection<{ id: string }>('id')).implement({
  // The owner's rule, repeated: the gateway reaches this type through `_entities`.
  authScopes: { permission: 'requests.read' },
  externalFields: (t) => ({
    location: t.field({ type: GeoPointRef }),
  }),
  fields: (t) => ({
    id: t.exposeID('id'),
    nearbyAssets: t.loadableList({
      type: AssetRef,
      // Nullable: a partner reading requests without catalog:read gets each request,
      // with this field null and FORBIDDEN.
      nullable: true,
      // In addition to the type's requests.read.
      authScopes: { permission: 'assets.read' },
      description:
        `Assets of these type codes (all types when omitted) within \`meters\` of the ` +
        `request's location, nearest first, at most ${MAX_ASSETS}; null for callers who ` +
        'may not read assets.',
      args: {
        types: t.arg.stringList({ description: 'Asset type codes, e.g. STREETLIGHT.' }),
        meters: t.arg.float({
          defaultValue: DEFAULT_METERS,
          description: `Radius in metres, 0 to ${MAX_METERS}.`,
        }),
      },
      // Loaders per path: each use of the field has its own arguments. Every request
      // of a response is searched around in one statement.
      byPath: true,
      // The federation plugin types `requires` by the loader's key here, not the parent:
      // the parent (the gateway's representation) does carry the location.
      requires: builder.selection<{ location: GeoPoint }>('location { lon lat }') as never,
      load: (points: SearchPoint[], { db }, args) =>
        assetsNearPoints(db, points, {
          meters: args.meters ?? DEFAULT_METERS,
          typeCodes: args.types ?? null,
          limit: MAX_ASSETS,
        }),
      loaderOptions: { cacheKeyFn: (point: SearchPoint) => point.key },
      resolve: (request, { meters, types }) => {
        checkArguments(meters, types);
        const { location } = request as typeof request & { location?: GeoPoint | null };
        // The gateway always sends it; a representation sent some other way may not.
        if (!(Number.isFinite(location?.lon) && Number.isFinite(location?.lat))) {
          throw badUserInput('the request has no location', { field: 'location' });
        }
        return { key: request.id, lon: location!.lon, lat: location!.lat };
      },
    }),
  }),
});
