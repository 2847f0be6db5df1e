/**
 * The map style's layers, bottom to top, by source. Colours are dark enough to read on
 * the light background (text and status colours at least 4.5:1 against it, lines and
 * circles at least 3:1), and circles have a white stroke to stand apart from each other.
 */

/** A style layer (MapLibre style spec v8), as JSON. */
export type StyleLayer = Record<string, unknown> & { id: string; type: string; source?: string };

/** The sources the style may have, by tile layer name. */
export type StyleSourceName = 'streets' | 'districts' | 'assets' | 'requests' | 'work-orders';

/**
 * Fonts for labels. The style has no `glyphs` URL (nothing leaves the city's origin):
 * MapLibre GL JS (5.11 and later) then draws text itself with the browser's fonts,
 * reading `text-font` as a CSS font-family fallback list and taking the weight from the
 * first name ("Bold"). The generic `sans-serif` comes last, so any machine has one.
 */
const REGULAR_FONT = ['Noto Sans Regular', 'sans-serif'];
const BOLD_FONT = ['Noto Sans Bold', 'sans-serif'];

export const COLORS = {
  background: '#f5f4f0',
  districtFills: ['#dbe4f0', '#e4ecd9', '#f0e2d4', '#e6dcef'],
  districtOutline: '#5a6b8a',
  districtLabel: '#24385e',
  cityOutline: '#2f2f2f',
  street: '#8f98a3',
  streetLabel: '#3b3f45',
  halo: '#ffffff',
  clusterStroke: '#ffffff',
  /** Requests: open ones warm, closed ones neutral. */
  requestOpen: '#c2410c',
  requestClosed: '#5c636a',
  requestCluster: '#9a3412',
  /** Assets: in use green, out of service red, poor condition amber, retired grey. */
  assetActive: '#2b7a3b',
  assetOutOfService: '#c0262d',
  assetPoor: '#a85d00',
  assetRetired: '#6b7178',
  assetCluster: '#276749',
  /** Work orders by status; overdue ones get a red ring. */
  workOrderStatus: {
    NEW: '#1d4ed8',
    ASSIGNED: '#6d28d9',
    IN_PROGRESS: '#b45309',
    ON_HOLD: '#9d174d',
    COMPLETED: '#15803d',
    CLOSED: '#4b5563',
    CANCELLED: '#6b7280',
  },
  workOrderCluster: '#4c1d95',
  overdue: '#dc2626',
} as const;

const isCluster = ['==', ['get', 'cluster'], true];
const isIndividual = ['!=', ['get', 'cluster'], true];

/** A cluster's radius in pixels, growing with the log of its count. */
function clusterRadius(countProperty = 'count') {
  return [
    'interpolate',
    ['linear'],
    ['get', countProperty],
    1,
    7,
    10,
    11,
    100,
    16,
    1000,
    22,
    10000,
    28,
  ];
}

function clusterCircle(id: string, source: StyleSourceName, color: string): StyleLayer {
  return {
    id,
    type: 'circle',
    source,
    'source-layer': source,
    filter: isCluster,
    paint: {
      'circle-color': color,
      'circle-opacity': 0.85,
      'circle-radius': clusterRadius(),
      'circle-stroke-color': COLORS.clusterStroke,
      'circle-stroke-width': 1.5,
    },
  };
}

function clusterCount(id: string, source: StyleSourceName): StyleLayer {
  return {
    id,
    type: 'symbol',
    source,
    'source-layer': source,
    filter: isCluster,
    layout: {
      'text-field': ['to-string', ['get', 'count']],
      'text-font': BOLD_FONT,
      'text-size': 11,
      'text-allow-overlap': true,
    },
    paint: { 'text-color': '#ffffff' },
  };
}

/** District fills, outlines and the city limits: under everything else. */
export function districtAreaLayers(): StyleLayer[] {
  const fills = COLORS.districtFills;
  return [
    {
      id: 'district-fills',
      type: 'fill',
      source: 'districts',
      'source-layer': 'districts',
      paint: {
        'fill-color': [
          'match',
          ['%', ['to-number', ['get', 'number'], 0], fills.length],
          0,
          fills[0],
          1,
          fills[1],
          2,
          fills[2],
          fills[3],
        ],
        'fill-opacity': 0.55,
      },
    },
    {
      id: 'district-outlines',
      type: 'line',
      source: 'districts',
      'source-layer': 'districts',
      paint: {
        'line-color': COLORS.districtOutline,
        'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1, 14, 2],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'city-outline',
      type: 'line',
      source: 'districts',
      'source-layer': 'city',
      paint: {
        'line-color': COLORS.cityOutline,
        'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1.5, 14, 3],
      },
    },
  ];
}

export function streetLayers(): StyleLayer[] {
  return [
    {
      id: 'streets',
      type: 'line',
      source: 'streets',
      'source-layer': 'streets',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': COLORS.street,
        'line-width': ['interpolate', ['exponential', 1.6], ['zoom'], 9, 0.8, 13, 2.5, 17, 9],
      },
    },
    {
      id: 'street-names',
      type: 'symbol',
      source: 'streets',
      'source-layer': 'streets',
      minzoom: 12,
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', 'name'],
        'text-font': REGULAR_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 12, 11, 17, 14],
      },
      paint: {
        'text-color': COLORS.streetLabel,
        'text-halo-color': COLORS.halo,
        'text-halo-width': 1.5,
      },
    },
  ];
}

/** District names: above the streets, below the data. */
export function districtLabelLayers(): StyleLayer[] {
  return [
    {
      id: 'district-labels',
      type: 'symbol',
      source: 'districts',
      'source-layer': 'district-labels',
      maxzoom: 14,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': BOLD_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 9, 12, 13, 16],
      },
      paint: {
        'text-color': COLORS.districtLabel,
        'text-halo-color': COLORS.halo,
        'text-halo-width': 2,
      },
    },
  ];
}

export function requestLayers(): StyleLayer[] {
  return [
    clusterCircle('request-clusters', 'requests', COLORS.requestCluster),
    clusterCount('request-cluster-counts', 'requests'),
    {
      id: 'requests',
      type: 'circle',
      source: 'requests',
      'source-layer': 'requests',
      filter: isIndividual,
      paint: {
        'circle-color': [
          'match',
          ['get', 'status'],
          'OPEN',
          COLORS.requestOpen,
          COLORS.requestClosed,
        ],
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 14, 4, 18, 7],
        'circle-stroke-color': COLORS.halo,
        'circle-stroke-width': 1,
      },
    },
  ];
}

export function assetLayers(): StyleLayer[] {
  const assetColor = [
    'case',
    ['==', ['get', 'status'], 'OUT_OF_SERVICE'],
    COLORS.assetOutOfService,
    ['==', ['get', 'status'], 'RETIRED'],
    COLORS.assetRetired,
    ['<=', ['to-number', ['coalesce', ['get', 'conditionScore'], 5]], 2],
    COLORS.assetPoor,
    COLORS.assetActive,
  ];
  return [
    {
      id: 'asset-lines',
      type: 'line',
      source: 'assets',
      'source-layer': 'assets',
      filter: ['==', ['geometry-type'], 'LineString'],
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': assetColor,
        'line-width': ['interpolate', ['linear'], ['zoom'], 14, 3, 18, 7],
      },
    },
    clusterCircle('asset-clusters', 'assets', COLORS.assetCluster),
    clusterCount('asset-cluster-counts', 'assets'),
    {
      id: 'assets',
      type: 'circle',
      source: 'assets',
      'source-layer': 'assets',
      filter: ['all', ['==', ['geometry-type'], 'Point'], isIndividual],
      paint: {
        'circle-color': assetColor,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 14, 3.5, 18, 6],
        'circle-stroke-color': COLORS.halo,
        'circle-stroke-width': 1,
      },
    },
  ];
}

export function workOrderLayers(): StyleLayer[] {
  const status = COLORS.workOrderStatus;
  return [
    clusterCircle('work-order-clusters', 'work-orders', COLORS.workOrderCluster),
    clusterCount('work-order-cluster-counts', 'work-orders'),
    {
      id: 'work-orders',
      type: 'circle',
      source: 'work-orders',
      'source-layer': 'work-orders',
      filter: isIndividual,
      paint: {
        'circle-color': ['match', ['get', 'status'], ...Object.entries(status).flat(), status.NEW],
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 14, 5, 18, 8],
        'circle-stroke-color': [
          'case',
          ['==', ['get', 'overdue'], true],
          COLORS.overdue,
          COLORS.halo,
        ],
        'circle-stroke-width': ['case', ['==', ['get', 'overdue'], true], 3, 1],
      },
    },
  ];
}
