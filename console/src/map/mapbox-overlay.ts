import type {
  LayerSpecification,
  Map as MaplibreMap,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';

/** Fonts Mapbox's glyph server has: the city style names its own. */
const MAPBOX_FONTS = ['DIN Pro Bold', 'Arial Unicode MS Bold'];

/** A root-relative tile template made absolute; `{z}` stays as written (URL would encode it). */
function absolute(template: string, base: string): string {
  return template.startsWith('/') && !template.startsWith('//')
    ? `${new URL(base).origin}${template}`
    : template;
}

/**
 * The city style's layers of `sourceNames`, ready to add over a Mapbox style: their
 * sources with absolute tile URLs, their text in fonts Mapbox serves. Pure, for tests.
 */
export function overlayOf(
  style: Pick<StyleSpecification, 'sources' | 'layers'>,
  sourceNames: readonly string[],
  base: string,
): { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] } {
  const sources: Record<string, SourceSpecification> = {};
  for (const name of sourceNames) {
    const spec = style.sources[name];
    if (!spec) continue;
    sources[name] =
      'tiles' in spec && spec.tiles
        ? { ...spec, tiles: spec.tiles.map((url) => absolute(url, base)) }
        : spec;
  }
  const layers = style.layers
    .filter(
      (layer) => 'source' in layer && typeof layer.source === 'string' && layer.source in sources,
    )
    .map((layer) =>
      layer.type === 'symbol' && layer.layout?.['text-font']
        ? { ...layer, layout: { ...layer.layout, 'text-font': MAPBOX_FONTS } }
        : layer,
    );
  return { sources, layers };
}

/**
 * With mapbox-gl: fetches the city's style (signed) and adds its `sourceNames` sources
 * and their layers over the Mapbox base style. Returns the city style, whose sources'
 * bounds frame the city.
 */
export async function addCityOverlay(
  map: MaplibreMap,
  styleUrl: string,
  sourceNames: readonly string[],
  accessToken: string | null,
): Promise<StyleSpecification> {
  const response = await fetch(styleUrl, {
    headers: accessToken ? { Authorization: `Bearer ${accessToken}` } : {},
  });
  if (!response.ok) throw new Error(`The city's map style answered ${response.status}`);
  const style = (await response.json()) as StyleSpecification;
  const overlay = overlayOf(style, sourceNames, styleUrl);
  for (const [name, spec] of Object.entries(overlay.sources)) map.addSource(name, spec);
  for (const layer of overlay.layers) map.addLayer(layer);
  return style;
}
