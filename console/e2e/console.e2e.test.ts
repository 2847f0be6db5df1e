import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { postGraphQL } from '@civicgraph/platform/testing';
import type { RunningStack } from '@civicgraph/stack';
import { startSeededStack } from '@civicgraph/stack/testing';
import { print } from 'graphql';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workOrdersPageSize } from '../src/config';
import type { OpenWorkOrdersQuery, OpenWorkOrdersQueryVariables } from '../src/generated/graphql';
import { OpenWorkOrdersDocument } from '../src/work-orders/open-work-orders.graphql';

const consoleDir = fileURLToPath(new URL('..', import.meta.url));
const distDir = path.join(consoleDir, 'dist');
const screenshotPath = path.join(consoleDir, 'test-results', 'console.png');

let stack: RunningStack | undefined;
let browser: Browser | undefined;
let page: Page;
const consoleErrors: string[] = [];

/**
 * Builds the console every run, so the test never passes against a stale `dist`.
 * In a child process because vitest sets NODE_ENV=test, which would make Vite bundle
 * React's development build instead of the one the gateway really serves.
 */
async function buildConsole() {
  const viteBin = path.join(
    path.dirname(createRequire(import.meta.url).resolve('vite/package.json')),
    'bin',
    'vite.js',
  );
  await promisify(execFile)(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], {
    cwd: consoleDir,
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

async function queryGraph(variables: OpenWorkOrdersQueryVariables): Promise<OpenWorkOrdersQuery> {
  const response = await postGraphQL<OpenWorkOrdersQuery>(
    `${stack!.url}/graphql`,
    print(OpenWorkOrdersDocument),
    { ...variables },
  );
  expect(response.errors).toBeUndefined();
  return response.data!;
}

beforeAll(async () => {
  await buildConsole();
  // Most of a 90-day window's requests are closed: 1,000 leave a few pages of open
  // work orders, enough for Load more to have something to load.
  stack = await startSeededStack({
    city: { seed: 7, requests: 1000, now: new Date('2026-11-01T12:00:00Z') },
    consoleDir: distDir,
  });
  browser = await chromium.launch({
    // Debian's Chromium (tools/ensure-chromium.mjs installs it); browser downloads
    // are not possible on our machines.
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
  // English explicitly: the strings asserted below are the `en` dictionary's.
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1440, height: 900 },
  });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('the console against the real stack', () => {
  it('lists the open work orders the graph returns, pages with Load more, and is accessible', async () => {
    const graph = (await queryGraph({ first: workOrdersPageSize, locale: 'EN' })).workOrders;
    // The seeded city must be big enough for the assertions below to mean something.
    expect(graph.totalCount).toBeGreaterThan(workOrdersPageSize);
    expect(graph.pageInfo.hasNextPage).toBe(true);

    // The console names no city itself: the header shows the one the graph serves.
    const city = await postGraphQL<{ city: { name: string } }>(
      `${stack!.url}/graphql`,
      '{ city { name } }',
    );
    expect(city.errors).toBeUndefined();
    expect(city.data!.city.name).toBeTruthy();

    await page.goto(`${stack!.url}/`);
    await expect(page.title()).resolves.toBe('CivicGraph Console');
    const cityName = page.getByRole('banner').getByTestId('city-name');
    await cityName.waitFor();
    expect(await cityName.textContent()).toBe(city.data!.city.name);

    const total = page.getByTestId('open-work-orders-total');
    await total.waitFor();
    expect(await total.textContent()).toBe(
      `${graph.totalCount.toLocaleString('en-US')} open work orders`,
    );

    const rows = page.locator('table.work-orders tbody tr');
    expect(await rows.count()).toBe(graph.edges.length);

    const first = graph.edges[0]!.node;
    const firstRow = rows.first();
    const cells = firstRow.locator('th, td');
    expect(await firstRow.locator('th[scope="row"]').textContent()).toBe(String(first.number));
    expect(await cells.nth(6).textContent()).toBe(first.assignee?.name ?? 'Unassigned');
    expect(await cells.nth(7).textContent()).toBe(
      first.asset ? `${first.asset.assetType.name} ${first.asset.tag}` : '—',
    );

    // Axe before paging so that the loaded table is what gets checked.
    const axe = await new AxeBuilder({ page }).analyze();
    const serious = axe.violations.filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical',
    );
    expect(
      serious.map((violation) => `${violation.id}: ${violation.help}`),
      'serious or critical accessibility violations',
    ).toEqual([]);

    await page.getByRole('button', { name: 'Load more' }).click();
    const second = (
      await queryGraph({
        first: workOrdersPageSize,
        after: graph.pageInfo.endCursor,
        locale: 'EN',
      })
    ).workOrders;
    const expectedRows = graph.edges.length + second.edges.length;
    await page.waitForFunction(
      (expected) => document.querySelectorAll('table.work-orders tbody tr').length === expected,
      expectedRows,
    );
    expect(await rows.nth(graph.edges.length).locator('th[scope="row"]').textContent()).toBe(
      String(second.edges[0]!.node.number),
    );

    // The top of the page, without the hover highlight the click left behind.
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await mkdir(path.dirname(screenshotPath), { recursive: true });
    await page.screenshot({ path: screenshotPath });

    expect(consoleErrors).toEqual([]);
  });
});
