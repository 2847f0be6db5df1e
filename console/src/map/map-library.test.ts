import { describe, expect, it } from 'vitest';
import { chooseRenderer } from './map-library';

describe('chooseRenderer', () => {
  it('draws with maplibre-gl without a Mapbox token', () => {
    expect(chooseRenderer({})).toEqual({ kind: 'maplibre' });
    expect(chooseRenderer({ VITE_MAPBOX_TOKEN: '' })).toEqual({ kind: 'maplibre' });
    expect(chooseRenderer({ VITE_MAPBOX_TOKEN: '   ' })).toEqual({ kind: 'maplibre' });
  });

  it('draws with mapbox-gl and the token when one is set', () => {
    expect(chooseRenderer({ VITE_MAPBOX_TOKEN: ' pk.abc ' })).toEqual({
      kind: 'mapbox',
      accessToken: 'pk.abc',
    });
  });
});
