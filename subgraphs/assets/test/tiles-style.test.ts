import { ANONYMOUS, type Caller } from '@civicgraph/platform';
import { partnerCaller, staffCaller } from '@civicgraph/platform/testing';
import { type StyleSpecification, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLORS } from '../src/tiles/style-layers';
import { type AssetsHarness, startAssetsHarness } from './harness';
import { getAs } from './tile-client';

let h: AssetsHarness;

beforeAll(async () => {
  h = await startAssetsHarness();
});

afterAll(async () => {
  await h?.close();
});

interface VectorSource {
  type: string;
  tiles: string[];
  minzoom: number;
  maxzoom: number;
  bounds: number[];
  promoteId?: string;
}

async function styleFor(caller: Caller, headers: Record<string, string> = {}) {
  const answer = await getAs(h.running.url, caller, '/tiles/style.json', headers);
  expect(answer.status).toBe(200);
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  return {
    answer,
    style: answer.json as StyleSpecification & { sources: Record<string, VectorSource> },
  };
}

const ORIGIN = 'https://city.example:8443';

describe('/tiles/style.json', () => {
  it.each([
    ['anonymous', ANONYMOUS, ['districts', 'requests', 'streets']],
    ['a partner without scopes', partnerCaller([]), ['districts', 'requests', 'streets']],
    [
      'a catalog partner',
      partnerCaller(['catalog:read']),
      ['assets', 'districts', 'requests', 'streets'],
    ],
    [
      'staff',
      staffCaller('DISPATCHER'),
      ['assets', 'districts', 'requests', 'streets', 'work-orders'],
    ],
  ])('validates, for %s, with only the sources it may read', async (_name, caller, sources) => {
    const { style } = await styleFor(caller, { 'x-civicgraph-origin': ORIGIN });
    expect(validateStyleMin(style)).toEqual([]);
    // The validator does find faults: a layer on a source the style lacks is one.
    const broken = { id: 'broken', type: 'circle', source: 'nowhere' } as const;
    expect(validateStyleMin({ ...style, layers: [...style.layers, broken] })).not.toEqual([]);
    expect(style).not.toHaveProperty('glyphs');
    expect(Object.keys(style.sources).sort()).toEqual(sources);
    // Every layer draws from a source the style has.
    for (const layer of style.layers) {
      if ('source' in layer) expect(sources).toContain(layer.source);
    }
    expect(style.layers[0]).toMatchObject({ id: 'background', type: 'background' });
  });

  it("is the city's: named after it, framed on its box", async () => {
    const { style } = await styleFor(staffCaller('ADMIN'));
    const [west, south, east, north] = h.city.profile.bbox;
    expect(style.name).toBe(h.city.profile.name);
    const [lon, lat] = style.center as [number, number];
    expect(lon).toBeCloseTo((west + east) / 2, 6);
    expect(lat).toBeCloseTo((south + north) / 2, 6);
    // About 40 by 50 km in 1024 by 768 pixels: zoom 10 or so.
    expect(style.zoom).toBeGreaterThan(9);
    expect(style.zoom).toBeLessThan(11.5);
    for (const [name, source] of Object.entries(style.sources)) {
      expect(source).toMatchObject({
        type: 'vector',
        minzoom: 0,
        bounds: [west, south, east, north],
      });
      expect(source.maxzoom).toBeLessThanOrEqual(16);
      const isPointLayer = ['assets', 'requests', 'work-orders'].includes(name);
      expect(source.promoteId).toBe(isPointLayer ? 'id' : undefined);
    }
    const ids = style.layers.map((layer) => layer.id);
    for (const id of [
      'district-fills',
      'district-outlines',
      'city-outline',
      'streets',
      'street-names',
      'district-labels',
      'request-clusters',
      'requests',
      'asset-lines',
      'assets',
      'work-order-clusters',
      'work-order-cluster-counts',
      'work-orders',
    ]) {
      expect(ids).toContain(id);
    }
    const streetNames = style.layers.find((layer) => layer.id === 'street-names');
    expect(streetNames).toMatchObject({
      type: 'symbol',
      layout: { 'symbol-placement': 'line', 'text-field': ['get', 'name'] },
    });
  });

  it('has absolute tile URLs on the origin the gateway names, root-relative without one', async () => {
    const absolute = (await styleFor(ANONYMOUS, { 'x-civicgraph-origin': ORIGIN })).style;
    expect(absolute.sources.streets?.tiles).toEqual([`${ORIGIN}/tiles/streets/{z}/{x}/{y}.mvt`]);
    const relative = (await styleFor(ANONYMOUS)).style;
    expect(relative.sources.streets?.tiles).toEqual(['/tiles/streets/{z}/{x}/{y}.mvt']);
    expect(relative.sources.requests?.tiles).toEqual(['/tiles/requests/{z}/{x}/{y}.mvt']);
    expect(validateStyleMin(relative)).toEqual([]);
    // Not an origin: ignored, as if none were given.
    const bogus = (await styleFor(ANONYMOUS, { 'x-civicgraph-origin': 'javascript:alert(1)' }))
      .style;
    expect(bogus.sources.streets?.tiles).toEqual(['/tiles/streets/{z}/{x}/{y}.mvt']);
  });

  it('answers 304 to a current copy, privately, and differs by caller', async () => {
    const { answer } = await styleFor(ANONYMOUS);
    const etag = answer.headers.get('etag') as string;
    expect(answer.headers.get('cache-control')).toBe('private, no-cache');
    const again = await getAs(h.running.url, ANONYMOUS, '/tiles/style.json', {
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
    const staff = await getAs(h.running.url, staffCaller('ADMIN'), '/tiles/style.json', {
      'if-none-match': etag,
    });
    expect(staff.status).toBe(200);
    expect(staff.headers.get('etag')).not.toBe(etag);
  });
});

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('the style colours', () => {
  it('stand out on the background: text 4.5:1, marks 3:1', () => {
    const background = COLORS.background;
    for (const text of [COLORS.districtLabel, COLORS.streetLabel]) {
      expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
    }
    const marks = [
      COLORS.districtOutline,
      COLORS.cityOutline,
      COLORS.requestOpen,
      COLORS.requestClosed,
      COLORS.requestCluster,
      COLORS.assetActive,
      COLORS.assetOutOfService,
      COLORS.assetPoor,
      COLORS.assetRetired,
      COLORS.assetCluster,
      COLORS.workOrderCluster,
      COLORS.overdue,
      ...Object.values(COLORS.workOrderStatus),
    ];
    for (const mark of marks) {
      expect(contrast(mark, background), mark).toBeGreaterThanOrEqual(3);
    }
    // Cluster counts are white on the cluster colour.
    for (const cluster of [COLORS.requestCluster, COLORS.assetCluster, COLORS.workOrderCluster]) {
      expect(contrast('#ffffff', cluster), cluster).toBeGreaterThanOrEqual(4.5);
    }
  });
});
