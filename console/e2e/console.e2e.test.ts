import { postGraphQL } from '@civicgraph/platform/testing';
import type { RunningStack } from '@civicgraph/stack';
import { print } from 'graphql';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkOrderListDocument } from '../src/dispatch/work-order-list.graphql';
import type { WorkOrderListQuery, WorkOrderListQueryVariables } from '../src/generated/graphql';
import {
  LoginDocument,
  type LoginMutation,
  RefreshSessionDocument,
  type RefreshSessionMutation,
} from '../src/session/session.graphql';
import {
  DESKTOP,
  demoLogin,
  expectNoAxeViolations,
  launchChromium,
  openPage,
  PHONE,
  saveScreenshot,
  signIn,
  startConsoleStack,
} from './harness';

// The console against the real stack: signing in, the session across a reload, the
// dispatcher's list agreeing with the graph's own answer, filters in the address, the
// keyboard, axe, and a 390 px phone.

let stack: RunningStack;
let browser: Browser;

beforeAll(async () => {
  stack = await startConsoleStack();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** Signs in through the API, as a script would: the graph's own view to compare with. */
async function loginThroughApi(): Promise<LoginMutation['login']> {
  const response = await postGraphQL<LoginMutation>(
    `${stack.url}/graphql`,
    print(LoginDocument),
    demoLogin('DISPATCHER'),
  );
  expect(response.errors).toBeUndefined();
  return response.data!.login;
}

async function askGraph(
  accessToken: string,
  variables: WorkOrderListQueryVariables,
): Promise<WorkOrderListQuery['workOrders']> {
  const response = await postGraphQL<WorkOrderListQuery>(
    `${stack.url}/graphql`,
    print(WorkOrderListDocument),
    { ...variables },
    { headers: { authorization: `Bearer ${accessToken}` } },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.workOrders;
}

/** Records the variables of every list query the page sends, the last one last. */
function recordListQueries(page: Page): WorkOrderListQueryVariables[] {
  const sent: WorkOrderListQueryVariables[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const body = request.postDataJSON() as {
      operationName?: string;
      variables?: WorkOrderListQueryVariables;
    };
    if (body.operationName === 'WorkOrderList' && body.variables && !body.variables.after) {
      sent.push(body.variables);
    }
  });
  return sent;
}

const listRows = (page: Page) => page.locator('table.wol__grid tbody tr');

/** The numbers the list shows, in order. */
function shownNumbers(page: Page): Promise<string[]> {
  return listRows(page).locator('th').allTextContents();
}

/**
 * Waits for the page's list query that `expected` recognises, then until the list shows
 * what the graph answers to it (rows in order and the total), and returns that answer:
 * what a dispatcher sees is what the graph holds.
 */
async function expectListMatchesGraph(
  page: Page,
  sent: WorkOrderListQueryVariables[],
  accessToken: string,
  expected: (variables: WorkOrderListQueryVariables) => boolean = () => true,
): Promise<WorkOrderListQuery['workOrders']> {
  await expect.poll(() => sent.length > 0 && expected(sent.at(-1)!)).toBe(true);
  const graph = await askGraph(accessToken, sent.at(-1)!);
  const count = graph.totalCount.toLocaleString('en-US');
  const totals = [`${count} in view`, `${count} open work orders`, `${count} open work order`];
  await expect
    .poll(
      async () => ({
        numbers: await shownNumbers(page),
        total: totals.includes(
          (await page.getByTestId('open-work-orders-total').textContent())?.trim() ?? '',
        ),
      }),
      { timeout: 10_000 },
    )
    .toEqual({ numbers: graph.edges.map((edge) => edge.node.number), total: true });
  return graph;
}

describe('the console against the real stack', () => {
  it('shows an anonymous visitor the sign-in page, not an error, on a 390 px phone', async () => {
    const { context, page, errors } = await openPage(browser, { viewport: PHONE });
    try {
      await page.goto(`${stack.url}/`);
      await expect(page.title()).resolves.toBe('Sign in · CivicGraph Console');
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(await page.getByLabel('Email').getAttribute('autocomplete')).toBe('username');
      expect(await page.getByLabel('Password').getAttribute('autocomplete')).toBe(
        'current-password',
      );
      // The city is public: the header names it before anyone signs in.
      await page.getByRole('banner').getByTestId('city-name').waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await page.getByRole('grid').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'sign-in-phone');
      // An anonymous visitor asks for nothing staff-only, so nothing was refused.
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('signs in, lists what the graph lists, filters by text through the address, survives a reload, selects by keyboard, and signs out', async () => {
    const api = await loginThroughApi();
    const { context, page, errors } = await openPage(browser, { viewport: DESKTOP });
    const sent = recordListQueries(page);
    try {
      await signIn(page, stack, 'DISPATCHER');
      const staff = page.getByRole('banner').getByTestId('signed-in-staff');
      expect(await staff.textContent()).toBe(`Signed in as ${api.staff.name}, Dispatcher`);
      await page.getByRole('grid', { name: 'Open work orders' }).waitFor();

      const everything = await expectListMatchesGraph(page, sent, api.accessToken);
      // The seeded city must be big enough for paging to mean something.
      expect(everything.pageInfo.hasNextPage).toBe(true);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'dispatch-list-desktop');

      // Select all in view takes every match, not only the loaded page.
      expect(everything.totalCount).toBeLessThanOrEqual(500);
      await page.getByRole('button', { name: 'Select all in view' }).click();
      const selectedCount = page.locator('.wol__selected');
      await expect
        .poll(() => selectedCount.textContent())
        .toBe(`${everything.totalCount.toLocaleString('en-US')} selected`);
      expect(await page.locator('tbody input[type="checkbox"]:checked').count()).toBe(
        everything.edges.length,
      );
      await page.getByRole('button', { name: 'Clear selection' }).click();
      await expect.poll(() => selectedCount.textContent()).toBe('');

      // A word from the newest work order's summary finds it, through the address.
      const target = everything.edges[0]!.node;
      const word = target.summary.split(/\s+/).find((w) => w.length >= 4) ?? target.summary;
      const search = page.getByRole('searchbox', { name: 'Search' });
      await search.fill(word);
      await page.waitForURL((url) => url.searchParams.get('q') === word);
      const found = await expectListMatchesGraph(
        page,
        sent,
        api.accessToken,
        (variables) => variables.filter.text === word,
      );
      expect(found.edges.map((edge) => edge.node.id)).toContain(target.id);

      // A reload keeps the session (sessionStorage) and the filter (the address).
      const sentBeforeReload = sent.length;
      await page.reload();
      await page.getByRole('grid', { name: 'Open work orders' }).waitFor();
      expect(await page.getByRole('heading', { name: 'Sign in' }).count()).toBe(0);
      expect(await search.inputValue()).toBe(word);
      await expectListMatchesGraph(
        page,
        sent,
        api.accessToken,
        (variables) => sent.length > sentBeforeReload && variables.filter.text === word,
      );

      // The keyboard alone, from the top of the page: Tab reaches the text box before
      // anything else of the workspace, then the grid (one stop); the arrows move in it
      // and Enter opens the work order.
      const index = found.edges.findIndex((edge) => edge.node.id === target.id);
      await page.locator('body').focus();
      const focused = () =>
        page.evaluate(() => {
          const element = document.activeElement;
          if (element?.tagName === 'TR') return 'row';
          return element?.getAttribute('type') === 'search' ? 'search' : 'other';
        });
      const stops: string[] = [];
      for (let tab = 0; tab < 40 && stops.at(-1) !== 'row'; tab++) {
        await page.keyboard.press('Tab');
        const stop = await focused();
        if (stop !== 'other' || stops.at(-1) !== 'other') stops.push(stop);
      }
      expect(stops.filter((stop) => stop !== 'other')).toEqual(['search', 'row']);
      for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('selected') === target.id);
      const row = listRows(page).nth(index);
      expect(await row.getAttribute('aria-selected')).toBe('true');
      expect(await row.locator('th').textContent()).toBe(target.number);

      // Back undoes the selection, then the filter; a shared link would show the same.
      await page.goBack();
      await page.waitForURL((url) => !url.searchParams.has('selected'));

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
      expect(await page.getByRole('grid').count()).toBe(0);
      expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
      const afterLogout = await postGraphQL<RefreshSessionMutation>(
        `${stack.url}/graphql`,
        print(RefreshSessionDocument),
        { refreshToken },
      );
      expect(afterLogout.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('fits the dispatcher workspace on a 390 px phone, filters folded', async () => {
    const api = await loginThroughApi();
    const { context, page, errors } = await openPage(browser, { viewport: PHONE });
    const sent = recordListQueries(page);
    try {
      await signIn(page, stack, 'DISPATCHER', { path: '/dispatch?priority=URGENT&priority=HIGH' });
      await page.getByRole('grid', { name: 'Open work orders' }).waitFor();
      await expectListMatchesGraph(page, sent, api.accessToken, (variables) =>
        ['URGENT', 'HIGH'].every((p) => variables.filter.priorities?.includes(p as 'HIGH')),
      );

      const toggle = page.getByRole('button', { name: 'Filters (2)' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await page.getByLabel('Department').isVisible()).toBe(false);
      await toggle.click();
      expect(await page.getByLabel('Department').isVisible()).toBe(true);
      const box = await page.getByLabel('Department').boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);

      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'dispatch-list-phone');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
