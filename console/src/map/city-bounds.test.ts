import type { SourceSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { cityBoundsOf } from './city-bounds';

const tiles = (bounds?: number[]): SourceSpecification =>
  ({
    type: 'vector',
    tiles: ['/tiles/x/{z}/{x}/{y}.mvt'],
    ...(bounds ? { bounds } : {}),
  }) as SourceSpecification;

describe('cityBoundsOf', () => {
  it('joins the boxes of the sources that have one', () => {
    expect(
      cityBoundsOf({
        sources: {
          streets: tiles([-112.32, 33.29, -111.92, 33.75]),
          districts: tiles([-112.4, 33.3, -112.0, 33.8]),
          other: tiles(),
          background: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
        },
      }),
    ).toEqual([
      [-112.4, 33.29],
      [-111.92, 33.8],
    ]);
  });

  it('is null when no source says where it is', () => {
    expect(cityBoundsOf({ sources: { streets: tiles() } })).toBeNull();
    expect(cityBoundsOf({ sources: {} })).toBeNull();
  });
});
