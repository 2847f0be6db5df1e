import type { LngLatBoundsLike, StyleSpecification } from 'maplibre-gl';

/**
 * The box the style's sources cover (their `bounds`, which the city's style sets to the
 * city's box), or null when none says. The style's centre and zoom frame the city for
 * one size of screen; fitting this box frames it for the map's own size.
 */
export function cityBoundsOf(style: Pick<StyleSpecification, 'sources'>): LngLatBoundsLike | null {
  let box: [number, number, number, number] | null = null;
  for (const source of Object.values(style.sources ?? {})) {
    const bounds = 'bounds' in source ? source.bounds : undefined;
    if (bounds?.length !== 4 || !bounds.every(Number.isFinite)) continue;
    const [west, south, east, north] = bounds;
    box = box
      ? [
          Math.min(box[0], west),
          Math.min(box[1], south),
          Math.max(box[2], east),
          Math.max(box[3], north),
        ]
      : [west, south, east, north];
  }
  return box
    ? [
        [box[0], box[1]],
        [box[2], box[3]],
      ]
    : null;
}
