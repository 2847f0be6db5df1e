import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { decodeTile } from '@civicgraph/platform/testing';
import type { RunningStack } from '@civicgraph/stack';
import { startSeededStack } from '@civicgraph/stack/testing';
import type { StyleSpecification } from 'maplibre-gl';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
  type Request,
} from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityBoundsOf } from '../src/map/city-bounds';

// The city map against the real stack: the gateway's style and tiles, drawn by
// maplibre-gl in headless Chromium (WebGL through SwiftShader).

const consoleDir = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = path.join(consoleDir, 'test-results');
const dispatcher = { email: 'dispatcher@demo.phoenix.az.us', password: 'civicgraph-demo' };

let stack: RunningStack | undefined;
let browser: Browser | undefined;
let distDir: string | undefined;

/**
 * As console.e2e.test.ts: a production build, in a child process (vitest sets
 * NODE_ENV=test). Into a folder of its own: that test builds into console/dist at the
 * same time, and two builds emptying one folder would break each other.
 */
async function buildConsole(outDir: string) {
  const viteBin = path.join(
    path.dirname(createRequire(import.meta.url).resolve('vite/package.json')),
    'bin',
    'vite.js',
  );
  await promisify(execFile)(
    process.execPath,
    [viteBin, 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
    { cwd: consoleDir, env: { ...process.env, NODE_ENV: 'production' } },
  );
}

beforeAll(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'civicgraph-console-map-'));
  await buildConsole(distDir);
  stack = await startSeededStack({
    city: { seed: 7, requests: 1000, now: new Date('2026-11-01T12:00:00Z') },
    consoleDir: distDir,
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  if (distDir) await rm(distDir, { recursive: true, force: true });
});

interface TileRequest {
  url: string;
  status: number | undefined;
  authorization: string | undefined;
}

/**
 * A signed-in page (through the sign-in form) with every request to /tiles/ recorded,
 * the ones maplibre-gl's workers make included (they are the context's too).
 */
async function signedInPage(viewport: { width: number; height: number }, locale = 'en-US') {
  const context: BrowserContext = await browser!.newContext({ locale, viewport });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const tiles: TileRequest[] = [];
  const record = async (request: Request) => {
    if (!new URL(request.url()).pathname.startsWith('/tiles/')) return;
    const response = await request.response();
    tiles.push({
      url: request.url(),
      status: response?.status(),
      authorization: (await request.allHeaders()).authorization,
    });
  };
  context.on('requestfinished', (request) => void record(request));
  context.on('requestfailed', (request) => void record(request));

  await page.goto(`${stack!.url}/`);
  const spanish = locale.startsWith('es');
  await page.getByLabel(spanish ? 'Correo electrónico' : 'Email').fill(dispatcher.email);
  await page.getByLabel(spanish ? 'Contraseña' : 'Password').fill(dispatcher.password);
  await page.getByRole('button', { name: spanish ? 'Iniciar sesión' : 'Sign in' }).click();
  await page.getByTestId('open-work-orders-total').waitFor();
  return { context, page, errors, tiles };
}

/** The map has drawn its first view: maplibre's `load`, after which the notice goes. */
async function mapLoaded(region: Locator) {
  await region.locator('canvas.maplibregl-canvas').waitFor();
  await region.getByRole('status').waitFor({ state: 'detached', timeout: 30_000 });
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

// Web Mercator in world units (0..1 across the world), as maplibre-gl places things.
function mercator(lon: number, lat: number): { x: number; y: number } {
  const phi = (lat * Math.PI) / 180;
  return {
    x: (lon + 180) / 360,
    y: (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2,
  };
}

/** maplibre-gl's world is 512 px wide at zoom 0. */
const WORLD_PX = 512;
const TILE_EXTENT = 4096;

interface MapFeature {
  properties: Record<string, string | number | boolean>;
  /** World units. */
  at: { x: number; y: number };
}

/** The open work orders (as the map asks for them) in the tiles around `center` at zoom `z`. */
async function workOrdersNear(token: string, center: { x: number; y: number }, z: number) {
  const n = 2 ** z;
  const tx = Math.floor(center.x * n);
  const ty = Math.floor(center.y * n);
  const features: MapFeature[] = [];
  for (let x = tx - 1; x <= tx + 1; x++) {
    for (let y = ty - 1; y <= ty + 1; y++) {
      const response = await fetch(`${stack!.url}/tiles/work-orders/${z}/${x}/${y}.mvt?open=true`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      const layers = decodeTile(new Uint8Array(await response.arrayBuffer()));
      for (const feature of layers['work-orders'] ?? []) {
        const point = feature.geometry[0]![0]!;
        features.push({
          properties: feature.properties,
          at: { x: (x + point.x / TILE_EXTENT) / n, y: (y + point.y / TILE_EXTENT) / n },
        });
      }
    }
  }
  return features;
}

describe('the city map', () => {
  it('draws the city from the gateway’s style with signed tile requests, beside the list, and is accessible', async () => {
    const { context, page, errors, tiles } = await signedInPage({ width: 1280, height: 800 });
    try {
      const region = page.getByRole('region', { name: 'City map' });
      await mapLoaded(region);

      // Beside the list on a wide screen: the map on the left, the list on the right.
      const mapBox = (await region.boundingBox())!;
      const listBox = (await page.locator('.dispatch-layout__list').boundingBox())!;
      expect(mapBox.width).toBeGreaterThan(350);
      expect(mapBox.height).toBeGreaterThan(350);
      expect(mapBox.x + mapBox.width).toBeLessThanOrEqual(listBox.x);

      // The canvas drew something: streets, districts and clusters, not a flat box.
      expect(await distinctColours(page, region.locator('canvas'))).toBeGreaterThan(50);
      await expect(region.getByRole('button', { name: 'Zoom in' }).count()).resolves.toBe(1);
      expect(await region.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/^\d+\s+mi$/);
      const cityName = await page.getByTestId('city-name').textContent();
      expect(await region.locator('.maplibregl-ctrl-attrib').textContent()).toContain(
        `Map data: ${cityName}`,
      );

      // Every tile and the style went to this origin with the session's token, and were
      // served; the work-order tiles as the list filters (open ones only).
      const token = await accessToken(page);
      const workOrderTiles = tiles.filter((tile) =>
        new URL(tile.url).pathname.startsWith('/tiles/work-orders/'),
      );
      expect(workOrderTiles.length).toBeGreaterThan(0);
      expect(tiles.some((tile) => new URL(tile.url).pathname === '/tiles/style.json')).toBe(true);
      for (const tile of tiles) {
        expect(new URL(tile.url).origin, tile.url).toBe(stack!.url);
        expect(tile.status, tile.url).toBe(200);
        expect(tile.authorization, tile.url).toBe(`Bearer ${token}`);
      }
      for (const tile of workOrderTiles) {
        expect(new URL(tile.url).searchParams.get('open'), tile.url).toBe('true');
      }

      expect(
        (await new AxeBuilder({ page }).analyze()).violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id}: ${violation.help}`),
      ).toEqual([]);

      await mkdir(resultsDir, { recursive: true });
      await page.screenshot({ path: path.join(resultsDir, 'map-1280.png') });

      // The keyboard gets into the map and out again: no trap.
      const canvas = region.locator('canvas');
      await canvas.focus();
      expect(await canvas.getAttribute('aria-label')).toBe(
        'Map: arrow keys move it, plus and minus zoom',
      );
      let left = false;
      for (let i = 0; i < 8 && !left; i++) {
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

  it('zooms into clusters on click down to single work orders, whose popup gives number and status', async () => {
    const { context, page, errors, tiles } = await signedInPage({ width: 1280, height: 800 });
    try {
      const region = page.getByRole('region', { name: 'City map' });
      await mapLoaded(region);
      const token = await accessToken(page);

      // Where the map starts: the city's box fitted in the canvas (CityMap's fitBounds,
      // 8 px of padding), from the style's own sources.
      const style = (await (
        await fetch(`${stack!.url}/tiles/style.json`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).json()) as StyleSpecification;
      const [[west, south], [east, north]] = cityBoundsOf(style) as [
        [number, number],
        [number, number],
      ];
      const canvasBox = (await region.locator('canvas').boundingBox())!;
      const nw = mercator(west, north);
      const se = mercator(east, south);
      let center = { x: (nw.x + se.x) / 2, y: (nw.y + se.y) / 2 };
      let zoom = Math.log2(
        Math.min(
          (canvasBox.width - 16) / ((se.x - nw.x) * WORLD_PX),
          (canvasBox.height - 16) / ((se.y - nw.y) * WORLD_PX),
        ),
      );

      // Click the feature nearest the centre (least sensitive to rounding): clusters take
      // the map two levels in, centred on them, until the tiles carry single work orders.
      for (let step = 0; step < 6; step++) {
        const features = await workOrdersNear(token, center, Math.floor(zoom));
        expect(features.length, `work orders near the centre at zoom ${zoom}`).toBeGreaterThan(0);
        const scale = WORLD_PX * 2 ** zoom;
        const offset = (feature: MapFeature) => ({
          x: (feature.at.x - center.x) * scale,
          y: (feature.at.y - center.y) * scale,
        });
        const nearest = features.reduce((best, feature) =>
          Math.hypot(offset(feature).x, offset(feature).y) <
          Math.hypot(offset(best).x, offset(best).y)
            ? feature
            : best,
        );
        const { x, y } = offset(nearest);
        const target = {
          x: canvasBox.x + canvasBox.width / 2 + x,
          y: canvasBox.y + canvasBox.height / 2 + y,
        };
        const popup = page.getByTestId('work-order-popup');
        const scaleBar = region.locator('.maplibregl-ctrl-scale');
        const scaleBefore = await scaleBar.textContent();
        const isCluster = nearest.properties.cluster === true;
        // A cluster's click starts the zoom at once (the scale bar changes); a work order's
        // opens its popup. A click that came before the tile was drawn did nothing (a click
        // beside the points only closes a popup): click again.
        const answered = async () =>
          isCluster ? (await scaleBar.textContent()) !== scaleBefore : await popup.isVisible();
        for (let attempt = 0; attempt < 5 && !(await answered()); attempt++) {
          await page.mouse.click(target.x, target.y);
          await expect
            .poll(answered, { timeout: 2_000 })
            .toBe(true)
            .catch(() => {});
        }
        expect(await answered(), `the click on ${JSON.stringify(nearest.properties)}`).toBe(true);

        if (!isCluster) {
          expect(await popup.locator('.work-order-popup__title').textContent()).toBe(
            `Work order ${nearest.properties.number}`,
          );
          const status = String(nearest.properties.status);
          expect(
            await popup.locator(`.badge--status-${status.toLowerCase().replace('_', '-')}`).count(),
          ).toBe(1);
          await mkdir(resultsDir, { recursive: true });
          await page.screenshot({ path: path.join(resultsDir, 'map-popup-1280.png') });
          // Its close button closes it.
          await page.locator('.maplibregl-popup-close-button').click();
          await popup.waitFor({ state: 'detached' });
          expect(errors).toEqual([]);
          return;
        }
        // The map eases in (maplibre's default 500 ms) and asks for the tiles of its new
        // zoom; the next click waits for them.
        center = nearest.at;
        zoom = Math.min(22, zoom + 2);
        const tileZoom = `/tiles/work-orders/${Math.floor(zoom)}/`;
        await expect
          .poll(() => tiles.some((tile) => tile.url.includes(tileZoom)), { timeout: 15_000 })
          .toBe(true);
        await page.waitForTimeout(600);
      }
      throw new Error('no single work order after six cluster clicks');
    } finally {
      await context.close();
    }
  });

  it('fits a 390 px phone above the list without sideways scrolling, in Spanish', async () => {
    const { context, page, errors, tiles } = await signedInPage(
      { width: 390, height: 844 },
      'es-ES',
    );
    try {
      const region = page.getByRole('region', { name: 'Mapa de la ciudad' });
      await mapLoaded(region);
      const mapBox = (await region.boundingBox())!;
      const listBox = (await page.locator('.dispatch-layout__list').boundingBox())!;
      expect(mapBox.y + mapBox.height).toBeLessThanOrEqual(listBox.y);
      expect(mapBox.width).toBeLessThanOrEqual(390);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      expect(await region.getByRole('button', { name: 'Acercar' }).count()).toBe(1);
      expect(await region.locator('.maplibregl-ctrl-attrib').textContent()).toContain(
        'Datos del mapa:',
      );
      expect(await distinctColours(page, region.locator('canvas'))).toBeGreaterThan(50);
      expect(
        tiles.filter((tile) => tile.url.includes('/tiles/work-orders/')).length,
      ).toBeGreaterThan(0);
      await mkdir(resultsDir, { recursive: true });
      await page.screenshot({ path: path.join(resultsDir, 'map-390.png') });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('says the map could not be loaded when the style fails, and Retry loads it', async () => {
    const context = await browser!.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    try {
      let refuse = true;
      await page.route('**/tiles/style.json', (route) =>
        refuse
          ? route.fulfill({ status: 503, contentType: 'application/json', body: '{}' })
          : route.continue(),
      );
      await page.goto(`${stack!.url}/`);
      await page.getByLabel('Email').fill(dispatcher.email);
      await page.getByLabel('Password').fill(dispatcher.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const region = page.getByRole('region', { name: 'City map' });
      const alert = region.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('The map could not be loaded.');
      // The list beside it is unaffected.
      await page.getByTestId('open-work-orders-total').waitFor();

      refuse = false;
      await alert.getByRole('button', { name: 'Retry' }).click();
      await mapLoaded(region);
      expect(await region.getByRole('alert').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
