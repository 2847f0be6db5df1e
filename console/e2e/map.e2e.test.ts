import type { RunningStack } from '@civicgraph/stack';
import type { Browser, Locator, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RenderedWorkOrder } from '../src/map/rendered-work-orders';
import {
  DESKTOP,
  expectNoAxeViolations,
  launchChromium,
  openPage,
  PHONE,
  saveScreenshot,
  signIn,
  startConsoleStack,
} from './harness';

// The dispatcher's map against the real stack: the gateway's style and tiles, drawn by
// maplibre-gl in headless Chromium (WebGL through SwiftShader). What the map drew is
// read back from its element's `data-work-orders` (its rendered features, kept there
// by the map when it goes idle).

let stack: RunningStack | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  stack = await startConsoleStack();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

interface TileRequest {
  url: string;
  status: number | undefined;
  authorization: string | undefined;
}

/** A signed-in dispatcher's page at `path`, every request to /tiles/ recorded (workers' too). */
async function dispatcherPage({
  viewport = DESKTOP,
  spanish = false,
  path = '/dispatch',
}: {
  viewport?: { width: number; height: number };
  spanish?: boolean;
  path?: string;
} = {}) {
  const opened = await openPage(browser!, { viewport, locale: spanish ? 'es-ES' : 'en-US' });
  const tiles: TileRequest[] = [];
  const record = async (request: Request) => {
    if (!new URL(request.url()).pathname.startsWith('/tiles/')) return;
    try {
      const response = await request.response();
      tiles.push({
        url: request.url(),
        status: response?.status(),
        authorization: (await request.allHeaders()).authorization,
      });
    } catch {
      // The test ended and closed the page while a tile was on its way.
    }
  };
  opened.context.on('requestfinished', (request) => void record(request));
  opened.context.on('requestfailed', (request) => void record(request));
  await signIn(opened.page, stack!, 'DISPATCHER', { path, spanish });
  return { ...opened, tiles };
}

function mapRegion(page: Page, spanish = false): Locator {
  return page.getByRole('region', {
    name: spanish ? 'Mapa de órdenes de trabajo' : 'Work orders map',
  });
}

/** What the map has drawn, as it last went idle. */
async function rendered(region: Locator): Promise<RenderedWorkOrder[]> {
  const json = await region.locator('.city-map__map').getAttribute('data-work-orders');
  return json ? (JSON.parse(json) as RenderedWorkOrder[]) : [];
}

/** Waits until the map has drawn something that `test` accepts; returns it. */
async function drawn(
  region: Locator,
  test: (features: RenderedWorkOrder[]) => boolean = (features) => features.length > 0,
  timeout = 30_000,
): Promise<RenderedWorkOrder[]> {
  let last: RenderedWorkOrder[] = [];
  await expect
    .poll(
      async () => {
        last = await rendered(region);
        return test(last);
      },
      { timeout, interval: 200 },
    )
    .toBe(true);
  return last;
}

/** The map has drawn its first view: maplibre's `load`, after which the notice goes. */
async function mapLoaded(region: Locator) {
  await region.locator('canvas.maplibregl-canvas').waitFor();
  await region.getByRole('status').waitFor({ state: 'detached', timeout: 30_000 });
}

async function accessToken(page: Page): Promise<string> {
  const token = await page.evaluate(
    () =>
      (
        JSON.parse(sessionStorage.getItem('civicgraph.console.session') ?? '{}') as {
          accessToken?: string;
        }
      ).accessToken,
  );
  expect(token).toBeTruthy();
  return token!;
}

async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${stack!.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await accessToken(page)}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

/** How many distinct colours a screenshot of `locator` has: a blank canvas has one or two. */
async function distinctColours(page: Page, locator: Locator): Promise<number> {
  const png = (await locator.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4) {
      colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
    }
    return colours.size;
  }, png);
}

const workOrderTiles = (tiles: TileRequest[]) =>
  tiles.filter((tile) => new URL(tile.url).pathname.startsWith('/tiles/work-orders/'));

/** Tile zoom of a work-order tile URL. */
const zoomOf = (url: string) => Number(new URL(url).pathname.split('/')[3]);

describe('the dispatcher’s map', () => {
  it('draws the open work orders from signed tiles, grouped at city zoom, beside the list, with a legend, and is accessible', async () => {
    const { context, page, errors, tiles } = await dispatcherPage();
    try {
      const region = mapRegion(page);
      await mapLoaded(region);
      // Read back from the map's rendered features: groups at city zoom, with counts.
      const features = await drawn(region);
      expect(features.some((feature) => feature.cluster && feature.count > 0)).toBe(true);

      // Beside the list on a wide screen.
      const mapBox = (await region.boundingBox())!;
      const listBox = (await page.locator('.dispatch__list').boundingBox())!;
      expect(mapBox.width).toBeGreaterThan(350);
      expect(mapBox.height).toBeGreaterThan(350);
      expect(mapBox.x + mapBox.width).toBeLessThanOrEqual(listBox.x);

      expect(await distinctColours(page, region.locator('canvas'))).toBeGreaterThan(50);
      expect(await region.getByRole('button', { name: 'Zoom in' }).count()).toBe(1);
      expect(await region.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/^\d+\s+mi$/);
      expect(await region.locator('.maplibregl-ctrl-attrib').textContent()).toContain('Map data:');

      // Every tile and the style went to this origin with the session's token, were
      // served, and the work-order tiles are the open ones; requests and assets never load.
      const token = await accessToken(page);
      expect(workOrderTiles(tiles).length).toBeGreaterThan(0);
      expect(tiles.some((tile) => new URL(tile.url).pathname === '/tiles/style.json')).toBe(true);
      for (const tile of tiles) {
        expect(new URL(tile.url).origin, tile.url).toBe(stack!.url);
        expect(tile.status, tile.url).toBe(200);
        expect(tile.authorization, tile.url).toBe(`Bearer ${token}`);
        expect(new URL(tile.url).pathname, tile.url).not.toMatch(/^\/tiles\/(requests|assets)\//);
      }
      for (const tile of workOrderTiles(tiles)) {
        expect(new URL(tile.url).searchParams.get('open'), tile.url).toBe('true');
      }

      // Status is never told by colour alone: the legend names each colour's letter.
      const legend = region.locator('.map-legend');
      expect(await legend.getAttribute('open')).not.toBeNull();
      for (const status of ['New', 'Assigned', 'In progress', 'On hold', 'Overdue (red ring)']) {
        expect(await legend.getByText(status).count(), status).toBe(1);
      }
      // The region says the list is its alternative; the draw button, the keyboard's.
      const describedBy = (await region.getAttribute('aria-describedby'))!;
      expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain(
        'keyboard and screen-reader alternative',
      );
      const draw = region.getByRole('button', { name: 'Draw area' });
      const drawHelp = (await draw.getAttribute('aria-describedby'))!;
      expect(await page.locator(`[id="${drawHelp}"]`).textContent()).toContain(
        'Select all in view',
      );

      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'dispatch-map-desktop');

      // The keyboard gets into the map and out again: no trap.
      const canvas = region.locator('canvas');
      await canvas.focus();
      expect(await canvas.getAttribute('aria-label')).toBe(
        'Map: arrow keys move it, plus and minus zoom',
      );
      let left = false;
      for (let i = 0; i < 10 && !left; i++) {
        await page.keyboard.press('Tab');
        left = await page.evaluate(
          () => !document.querySelector('.city-map')!.contains(document.activeElement),
        );
      }
      expect(left, 'Tab leaves the map').toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('carries the filters in its tile URLs, and changes them without rebuilding the map', async () => {
    const { context, page, errors, tiles } = await dispatcherPage({
      path: '/dispatch?status=NEW&overdue=true',
    });
    try {
      const region = mapRegion(page);
      await mapLoaded(region);
      await drawn(region);
      const first = workOrderTiles(tiles);
      expect(first.length).toBeGreaterThan(0);
      for (const tile of first) {
        const search = new URL(tile.url).searchParams;
        expect(search.getAll('status'), tile.url).toEqual(['NEW']);
        expect(search.get('overdue'), tile.url).toBe('true');
      }

      // Other filters (the filters bar writes the address): new tiles, the same map.
      await page.evaluate(() => {
        (
          document.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement & {
            marked?: boolean;
          }
        ).marked = true;
        history.pushState(null, '', '/dispatch?priority=URGENT&priority=HIGH');
        dispatchEvent(new PopStateEvent('popstate'));
      });
      const seen = tiles.length;
      await expect
        .poll(() => workOrderTiles(tiles.slice(seen)).length, { timeout: 15_000 })
        .toBeGreaterThan(0);
      for (const tile of workOrderTiles(tiles.slice(seen))) {
        const search = new URL(tile.url).searchParams;
        expect(search.getAll('priority'), tile.url).toEqual(['URGENT', 'HIGH']);
        expect(search.has('status'), tile.url).toBe(false);
        expect(search.get('open'), tile.url).toBe('true');
      }
      expect(
        await page.evaluate(
          () =>
            (
              document.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement & {
                marked?: boolean;
              }
            ).marked,
        ),
      ).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('zooms into a group on click', async () => {
    const { context, page, errors, tiles } = await dispatcherPage();
    try {
      const region = mapRegion(page);
      await mapLoaded(region);
      const features = await drawn(region, (f) => f.some((feature) => feature.cluster));
      const canvasBox = (await region.locator('canvas').boundingBox())!;
      const biggest = features
        .filter((feature) => feature.cluster)
        .reduce((best, feature) => (feature.count > best.count ? feature : best));
      const deepest = Math.max(...workOrderTiles(tiles).map((tile) => zoomOf(tile.url)));
      await page.mouse.click(canvasBox.x + biggest.x, canvasBox.y + biggest.y);
      await expect
        .poll(() => Math.max(...workOrderTiles(tiles).map((tile) => zoomOf(tile.url))), {
          timeout: 15_000,
        })
        .toBeGreaterThan(deepest);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('selects on click, selects the work inside a drawn area, and follows a selection made elsewhere', async () => {
    const { context, page, errors } = await dispatcherPage();
    try {
      const region = mapRegion(page);
      await mapLoaded(region);
      // Groups clicked open, the biggest each time, until work orders are drawn one by one.
      let canvasBox = (await region.locator('canvas').boundingBox())!;
      let around = await drawn(region);
      for (let step = 0; step < 6 && !around.some((f) => !f.cluster); step++) {
        const biggest = around
          .filter((f) => f.cluster)
          .reduce((best, f) => (f.count > best.count ? f : best));
        const before = JSON.stringify(around);
        await page.mouse.click(canvasBox.x + biggest.x, canvasBox.y + biggest.y);
        around = await drawn(region, (f) => f.length > 0 && JSON.stringify(f) !== before);
      }
      around = await drawn(region, (f) => f.some((g) => !g.cluster));
      // A click on a work order selects it (the address says so) and rings it.
      canvasBox = (await region.locator('canvas').boundingBox())!;
      const inside = (f: RenderedWorkOrder, margin: number) =>
        f.x > margin &&
        f.y > margin &&
        f.x < canvasBox.width - margin &&
        f.y < canvasBox.height - margin;
      const others = around.filter((f) => !f.cluster && inside(f, 40));
      // The one farthest from any other point: the click cannot land on a neighbour.
      const isolation = (f: RenderedWorkOrder) =>
        Math.min(
          ...around
            .filter((g) => g !== f && !g.cluster)
            .map((g) => Math.hypot(g.x - f.x, g.y - f.y)),
        );
      const other = others.reduce((best, f) => (isolation(f) > isolation(best) ? f : best));
      await page.mouse.click(canvasBox.x + other.x, canvasBox.y + other.y);
      await expect
        .poll(() => new URL(page.url()).searchParams.get('selected'), { timeout: 5_000 })
        .toBe(other.id);
      await drawn(region, (features) =>
        features.some((feature) => feature.id === other.id && feature.selected),
      );

      // Draw area: four corners around the middle of the map (above the legend, which
      // lies over the map's lower left), Enter closes it.
      const draw = region.getByRole('button', { name: 'Draw area' });
      await draw.click();
      expect(await draw.getAttribute('aria-pressed')).toBe('true');
      const box = {
        left: canvasBox.width / 2 - 140,
        right: canvasBox.width / 2 + 140,
        top: canvasBox.height / 2 - 170,
        bottom: canvasBox.height / 2 + 40,
      };
      for (const [x, y] of [
        [box.left, box.top],
        [box.right, box.top],
        [box.right, box.bottom],
        [box.left, box.bottom],
      ] as const) {
        await page.mouse.click(canvasBox.x + x, canvasBox.y + y);
        await page.waitForTimeout(350);
      }
      // Clicking put the focus on the map's canvas: Enter closes the area there.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CANVAS');
      await page.keyboard.press('Enter');
      const result = region.getByTestId('draw-area-result');
      await result.waitFor();
      const count = Number((await result.textContent())!.match(/\d+/)![0]);
      expect(await draw.getAttribute('aria-pressed')).toBe('false');

      const within = (f: RenderedWorkOrder, margin: number) =>
        f.x > box.left + margin &&
        f.x < box.right - margin &&
        f.y > box.top + margin &&
        f.y < box.bottom - margin;
      const outside = (f: RenderedWorkOrder, margin: number) =>
        f.x < box.left - margin ||
        f.x > box.right + margin ||
        f.y < box.top - margin ||
        f.y > box.bottom + margin;
      const after = await drawn(region, (features) => features.some((feature) => feature.bulk));
      const points = after.filter((f) => !f.cluster);
      const clearlyIn = points.filter((f) => within(f, 4));
      expect(clearlyIn.length).toBeGreaterThan(0);
      for (const f of clearlyIn) expect(f.bulk, `inside: ${f.number}`).toBe(true);
      for (const f of points.filter((f) => outside(f, 4))) {
        expect(f.bulk, `outside: ${f.number}`).toBe(false);
      }
      expect(count).toBeGreaterThanOrEqual(clearlyIn.length);
      expect(count).toBeLessThanOrEqual(points.filter((f) => !outside(f, 4)).length);
      await saveScreenshot(page, 'dispatch-map-area-desktop');

      // Escape cancels a drawing.
      await draw.click();
      await page.mouse.click(canvasBox.x + box.left, canvasBox.y + box.top);
      await page.keyboard.press('Escape');
      expect(await draw.getAttribute('aria-pressed')).toBe('false');

      // A selection from elsewhere (here the address) out of view: the map goes there
      // and rings it. The farthest open work order from what is shown is out of view.
      const { workOrders } = await graphql<{
        workOrders: { edges: { node: { id: string; location: { lon: number; lat: number } } }[] };
      }>(
        page,
        'query { workOrders(filter: { open: true }, first: 300) { edges { node { id location { lon lat } } } } }',
      );
      const shown = await graphql<{
        workOrder: { location: { lon: number; lat: number } };
      }>(page, 'query($id: ID!) { workOrder(id: $id) { location { lon lat } } }', {
        id: other.id,
      });
      const here = shown.workOrder.location;
      const far = workOrders.edges
        .map((edge) => edge.node)
        .reduce((best, node) =>
          Math.hypot(node.location.lon - here.lon, node.location.lat - here.lat) >
          Math.hypot(best.location.lon - here.lon, best.location.lat - here.lat)
            ? node
            : best,
        );
      expect((await rendered(region)).some((f) => f.id === far.id)).toBe(false);
      await page.evaluate((id) => {
        history.pushState(null, '', `/dispatch?selected=${id}`);
        dispatchEvent(new PopStateEvent('popstate'));
      }, far.id);
      await drawn(region, (features) =>
        features.some((feature) => feature.id === far.id && feature.selected),
      );
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('fits a 390 px phone above the list without sideways scrolling, in Spanish', async () => {
    const { context, page, errors, tiles } = await dispatcherPage({
      viewport: PHONE,
      spanish: true,
    });
    try {
      const region = mapRegion(page, true);
      await mapLoaded(region);
      await drawn(region);
      const mapBox = (await region.boundingBox())!;
      const listBox = (await page.locator('.dispatch__list').boundingBox())!;
      expect(mapBox.y + mapBox.height).toBeLessThanOrEqual(listBox.y);
      expect(mapBox.width).toBeLessThanOrEqual(390);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      expect(await region.getByRole('button', { name: 'Acercar' }).count()).toBe(1);
      expect(await region.locator('.maplibregl-ctrl-attrib').textContent()).toContain(
        'Datos del mapa:',
      );
      const draw = region.getByRole('button', { name: 'Dibujar zona' });
      expect((await draw.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      expect(
        (await region.locator('.map-legend summary').boundingBox())!.height,
      ).toBeGreaterThanOrEqual(44);
      expect(await distinctColours(page, region.locator('canvas'))).toBeGreaterThan(50);
      expect(workOrderTiles(tiles).length).toBeGreaterThan(0);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'dispatch-map-phone');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('says the map could not be loaded when the style fails, and Retry loads it', async () => {
    const { context, page } = await openPage(browser!);
    try {
      let refuse = true;
      await page.route('**/tiles/style.json', (route) =>
        refuse
          ? route.fulfill({ status: 503, contentType: 'application/json', body: '{}' })
          : route.continue(),
      );
      await signIn(page, stack!, 'DISPATCHER', { path: '/dispatch' });
      const region = mapRegion(page);
      const alert = region.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('The map could not be loaded.');

      refuse = false;
      await alert.getByRole('button', { name: 'Retry' }).click();
      await mapLoaded(region);
      expect(await region.getByRole('alert').count()).toBe(0);
      await drawn(region);
    } finally {
      await context.close();
    }
  });
});
