import {
  type Bbox,
  type Caller,
  isPermission,
  type Permission,
  permits,
} from '@civicgraph/platform';
import type { CityFrame } from './geography-tiles';
import {
  assetLayers,
  COLORS,
  districtAreaLayers,
  districtLabelLayers,
  requestLayers,
  type StyleLayer,
  type StyleSourceName,
  streetLayers,
  workOrderLayers,
} from './style-layers';

/** Deepest zoom a point layer's tiles are fetched at; the map overzooms beyond. */
const DATA_MAX_ZOOM = 16;
/** Streets and districts are straight lines and big polygons: z14 tiles hold all their detail. */
const GEOGRAPHY_MAX_ZOOM = 14;
/** The viewport the initial zoom frames the city in (CSS pixels; maps use 512-pixel tiles). */
const FRAME = { width: 1024, height: 768, tileSize: 512 };

/**
 * The requests layer's permission, public: added to the permission table beside the
 * requests tiles. Until that table has it, the layer counts as public, as the tile
 * contract says it is.
 */
const REQUESTS_MAP_READ = 'requests.map.read';

function mayReadRequestsMap(caller: Caller): boolean {
  return isPermission(REQUESTS_MAP_READ) ? permits(caller, REQUESTS_MAP_READ) : true;
}

interface SourcePlan {
  name: StyleSourceName;
  readable: (caller: Caller) => boolean;
  maxzoom: number;
  /** Point layers: feature state and queries by the `id` property. */
  promoteId?: string;
}

const can = (permission: Permission) => (caller: Caller) => permits(caller, permission);

const SOURCES: SourcePlan[] = [
  { name: 'streets', readable: can('geography.read'), maxzoom: GEOGRAPHY_MAX_ZOOM },
  { name: 'districts', readable: can('geography.read'), maxzoom: GEOGRAPHY_MAX_ZOOM },
  { name: 'assets', readable: can('assets.read'), maxzoom: DATA_MAX_ZOOM, promoteId: 'id' },
  { name: 'requests', readable: mayReadRequestsMap, maxzoom: DATA_MAX_ZOOM, promoteId: 'id' },
  {
    name: 'work-orders',
    readable: can('work-orders.read'),
    maxzoom: DATA_MAX_ZOOM,
    promoteId: 'id',
  },
];

/** Layers bottom to top, each with the source it needs. */
const LAYER_GROUPS: Array<{ source: StyleSourceName; layers: () => StyleLayer[] }> = [
  { source: 'districts', layers: districtAreaLayers },
  { source: 'streets', layers: streetLayers },
  { source: 'districts', layers: districtLabelLayers },
  { source: 'assets', layers: assetLayers },
  { source: 'requests', layers: requestLayers },
  { source: 'work-orders', layers: workOrderLayers },
];

/** Web Mercator y of a latitude, 0 (north edge) … 1 (south edge) across the world. */
function mercatorY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

/** The zoom at which the box fills the frame, one decimal, rounded down so it fits. */
export function zoomToFit(box: Bbox): number {
  const width = (box.east - box.west) / 360;
  const height = mercatorY(box.south) - mercatorY(box.north);
  const fit = Math.min(
    FRAME.width / (Math.max(width, 1e-9) * FRAME.tileSize),
    FRAME.height / (Math.max(height, 1e-9) * FRAME.tileSize),
  );
  return Math.max(0, Math.min(DATA_MAX_ZOOM, Math.floor(Math.log2(fit) * 10) / 10));
}

export interface StyleInput {
  city: CityFrame | null;
  caller: Caller;
  /** The public origin (`https://city.example`), or null for root-relative URLs. */
  origin: string | null;
}

/**
 * The console's map style (MapLibre style spec v8), from the city's own data: named
 * after the city, framed on its box, with a source per tile layer the caller may read
 * (and only those, with their layers), tile URLs on the origin the caller reached.
 */
export function buildStyle({ city, caller, origin }: StyleInput): Record<string, unknown> {
  const base = origin ?? '';
  const bounds = city ? [city.bbox.west, city.bbox.south, city.bbox.east, city.bbox.north] : null;
  const readable = SOURCES.filter((source) => source.readable(caller));
  const sources: Record<string, unknown> = {};
  for (const source of readable) {
    sources[source.name] = {
      type: 'vector',
      tiles: [`${base}/tiles/${source.name}/{z}/{x}/{y}.mvt`],
      minzoom: 0,
      maxzoom: source.maxzoom,
      ...(bounds ? { bounds } : {}),
      ...(source.promoteId ? { promoteId: source.promoteId } : {}),
    };
  }
  const layers: StyleLayer[] = [
    { id: 'background', type: 'background', paint: { 'background-color': COLORS.background } },
    ...LAYER_GROUPS.filter((group) => group.source in sources).flatMap((group) => group.layers()),
  ];
  const centre = city
    ? [(city.bbox.west + city.bbox.east) / 2, (city.bbox.south + city.bbox.north) / 2]
    : [0, 0];
  return {
    version: 8,
    name: city?.name ?? 'CivicGraph',
    metadata: { 'civicgraph:city': city?.id ?? null },
    center: centre,
    zoom: city ? zoomToFit(city.bbox) : 1,
    sources,
    layers,
  };
}
