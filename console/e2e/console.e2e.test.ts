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
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workOrdersPageSize } from '../src/config';
import type { OpenWorkOrdersQuery, OpenWorkOrdersQueryVariables } from '../src/generated/graphql';
import {
  LoginDocument,
  type LoginMutation,
  RefreshSessionDocument,
  type RefreshSessionMutation,
} from '../src/session/session.graphql';
import { OpenWorkOrdersDocument } from '../src/work-orders/open-work-orders.graphql';

const consoleDir = fileURLToPath(new URL('..', import.meta.url));
const distDir = path.join(consoleDir, 'dist');
const screenshotPath = path.join(consoleDir, 'test-results', 'console.png');
const signInScreenshotPath = path.join(consoleDir, 'test-results', 'sign-in-390.png');

// A demo login the seed gives every city (platform/demo-city), with its documented password.
const dispatcher = { email: 'dispatcher@demo.phoenix.az.us', password: 'civicgraph-demo' };

let stack: RunningStack | undefined;
let browser: Browser | undefined;

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

/** Signs in through the API, as a script would: the graph's own view to compare with. */
async function loginThroughApi(): Promise<LoginMutation['login']> {
  const response = await postGraphQL<LoginMutation>(
    `${stack!.url}/graphql`,
    print(LoginDocument),
    dispatcher,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.login;
}

async function queryGraph(
  accessToken: string,
  variables: OpenWorkOrdersQueryVariables,
): Promise<OpenWorkOrdersQuery> {
  const response = await postGraphQL<OpenWorkOrdersQuery>(
    `${stack!.url}/graphql`,
    print(OpenWorkOrdersDocument),
    { ...variables },
    { headers: { authorization: `Bearer ${accessToken}` } },
  );
  expect(response.errors).toBeUndefined();
  return response.data!;
}

/** A fresh browser context (nothing stored) in English, with its console errors. */
async function openPage(viewport: { width: number; height: number }) {
  const context: BrowserContext = await browser!.newContext({ locale: 'en-US', viewport });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).analyze();
  return axe.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help}`);
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
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('the console against the real stack', () => {
  it('shows an anonymous visitor the sign-in page, not an error, on a 390 px phone', async () => {
    const { context, page, errors } = await openPage({ width: 390, height: 844 });
    try {
      await page.goto(`${stack!.url}/`);
      await expect(page.title()).resolves.toBe('Sign in · CivicGraph Console');
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(await page.getByLabel('Email').getAttribute('autocomplete')).toBe('username');
      expect(await page.getByLabel('Password').getAttribute('autocomplete')).toBe(
        'current-password',
      );
      // The city is public: the header names it before anyone signs in.
      await page.getByRole('banner').getByTestId('city-name').waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await page.locator('table').count()).toBe(0);
      // Nothing wider than the phone: no sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      expect(await seriousAccessibilityViolations(page), 'serious or critical violations').toEqual(
        [],
      );
      await mkdir(path.dirname(signInScreenshotPath), { recursive: true });
      await page.screenshot({ path: signInScreenshotPath });
      // An anonymous visitor asks for nothing staff-only, so nothing was refused.
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('signs in through the page, lists the open work orders, pages with Load more, survives a reload, signs out, and is accessible', async () => {
    const api = await loginThroughApi();
    const graph = (await queryGraph(api.accessToken, { first: workOrdersPageSize, locale: 'EN' }))
      .workOrders;
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

    const { context, page, errors } = await openPage({ width: 1440, height: 900 });
    try {
      await page.goto(`${stack!.url}/`);
      await page.getByLabel('Email').fill(dispatcher.email);
      await page.getByLabel('Password').fill(dispatcher.password);
      await page.getByRole('button', { name: 'Sign in' }).click();

      const banner = page.getByRole('banner');
      const staff = banner.getByTestId('signed-in-staff');
      await staff.waitFor();
      expect(await staff.textContent()).toBe(`Signed in as ${api.staff.name}, Dispatcher`);
      const cityName = banner.getByTestId('city-name');
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
      expect(await seriousAccessibilityViolations(page), 'serious or critical violations').toEqual(
        [],
      );

      await page.getByRole('button', { name: 'Load more' }).click();
      const second = (
        await queryGraph(api.accessToken, {
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

      // A reload keeps the session (sessionStorage): the list again, no sign-in page.
      await page.reload();
      await total.waitFor();
      expect(await page.getByRole('heading', { name: 'Sign in' }).count()).toBe(0);

      // What the tab holds, to check afterwards that signing out revoked it.
      const refreshToken = await page.evaluate(
        () =>
          (
            JSON.parse(sessionStorage.getItem('civicgraph.console.session') ?? '{}') as {
              refreshToken?: string;
            }
          ).refreshToken,
      );
      expect(refreshToken).toBeTruthy();

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(await page.getByRole('status').first().textContent()).toBe('You have signed out.');
      expect(await page.locator('table').count()).toBe(0);
      expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
      const afterLogout = await postGraphQL<RefreshSessionMutation>(
        `${stack!.url}/graphql`,
        print(RefreshSessionDocument),
        { refreshToken },
      );
      expect(afterLogout.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
