import { describe, expect, it } from 'vitest';
import { isTileUrl, signTileRequests } from './tile-requests';

const origin = 'https://console.example.gov';

describe('signTileRequests', () => {
  it('adds the current token to this origin’s tile and style requests', async () => {
    let token = 'access-1';
    const transform = signTileRequests(origin, async () => token);
    await expect(transform(`${origin}/tiles/work-orders/12/738/1652.mvt`)).resolves.toEqual({
      url: `${origin}/tiles/work-orders/12/738/1652.mvt`,
      headers: { Authorization: 'Bearer access-1' },
    });
    // Asked at request time: a refreshed token is the one sent next.
    token = 'access-2';
    await expect(transform('/tiles/style.json')).resolves.toEqual({
      url: '/tiles/style.json',
      headers: { Authorization: 'Bearer access-2' },
    });
  });

  it.each([
    ['another origin', 'https://tiles.elsewhere.example/tiles/streets/1/0/0.mvt'],
    ['the same host on another port', 'https://console.example.gov:8443/tiles/streets/1/0/0.mvt'],
    ['plain http', 'http://console.example.gov/tiles/streets/1/0/0.mvt'],
    ['another path of this origin', `${origin}/photos/abc`],
    ['a path that only starts like it', `${origin}/tiles-old/streets/1/0/0.mvt`],
    ['a path that climbs out of /tiles', `${origin}/tiles/../graphql`],
    ['a data URL', 'data:image/png;base64,AAAA'],
  ])('never sends the token to %s', async (_name, url) => {
    const transform = signTileRequests(origin, async () => 'access-1');
    await expect(transform(url)).resolves.toEqual({ url });
  });

  it('sends no header when signed out', async () => {
    const transform = signTileRequests(origin, async () => null);
    await expect(transform(`${origin}/tiles/streets/1/0/0.mvt`)).resolves.toEqual({
      url: `${origin}/tiles/streets/1/0/0.mvt`,
    });
  });
});

describe('isTileUrl', () => {
  it('resolves relative URLs against the origin', () => {
    expect(isTileUrl('/tiles/districts/3/1/2.mvt', origin)).toBe(true);
    expect(isTileUrl('tiles/districts/3/1/2.mvt', origin)).toBe(true);
    expect(isTileUrl('//elsewhere.example/tiles/x', origin)).toBe(false);
  });
});
