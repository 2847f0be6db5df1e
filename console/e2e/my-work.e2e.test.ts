import { postGraphQL } from '@civicgraph/platform/testing';
import type { RunningStack } from '@civicgraph/stack';
import { print } from 'graphql';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  MyWorkOrdersQuery,
  MyWorkOrdersQueryVariables,
  MyWorkStaffQuery,
} from '../src/generated/graphql';
import {
  MY_WORK_PAGE_SIZE,
  type MyWorkOrder,
  MyWorkOrdersDocument,
  type MyWorkStaff,
  MyWorkStaffDocument,
} from '../src/my-work/my-work.graphql';
import { mergeMyWork, orderWork, withDistances } from '../src/my-work/my-work-order';
import { LoginDocument, type LoginMutation } from '../src/session/session.graphql';
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
import { fieldWorkerStartsAndCompletes } from './my-work-steps';

// The field worker's phone: their work and their crew's as the graph has it, one thumb's
// worth of targets, nothing wider than the screen, both languages, nearest first.

let stack: RunningStack;
let browser: Browser;
/** What the graph itself answers the demo field worker. */
let graph: { me: MyWorkStaff; mine: MyWorkOrder[]; crew: MyWorkOrder[] };

async function fieldWorkerToken(): Promise<string> {
  const response = await postGraphQL<LoginMutation>(
    `${stack.url}/graphql`,
    print(LoginDocument),
    demoLogin('FIELD_WORKER'),
  );
  expect(response.errors).toBeUndefined();
  return response.data!.login.accessToken;
}

async function askGraph<T>(token: string, document: Parameters<typeof print>[0], variables = {}) {
  const response = await postGraphQL<T>(`${stack.url}/graphql`, print(document), variables, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

beforeAll(async () => {
  stack = await startConsoleStack();
  browser = await launchChromium();
  const token = await fieldWorkerToken();
  const { me } = await askGraph<MyWorkStaffQuery>(token, MyWorkStaffDocument);
  expect(me?.crew, 'the demo field worker belongs to a crew').toBeTruthy();
  const variables: MyWorkOrdersQueryVariables = {
    assigneeId: me!.id,
    crewId: me!.crew!.id,
    withCrew: true,
    first: MY_WORK_PAGE_SIZE,
    locale: 'EN',
  };
  const lists = await askGraph<MyWorkOrdersQuery>(token, MyWorkOrdersDocument, variables);
  graph = {
    me: me!,
    mine: lists.mine.edges.map((edge) => edge.node),
    crew: lists.crew!.edges.map((edge) => edge.node),
  };
  // The page shows what fits on one request's page; the demo city stays well inside it.
  expect(lists.mine.totalCount).toBe(graph.mine.length);
  expect(lists.crew!.totalCount).toBe(graph.crew.length);
  // Otherwise there is nothing to look at: the seed gives every crew open work.
  expect(graph.crew.length).toBeGreaterThan(0);
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** The numbers on the cards, top to bottom. */
async function cardNumbers(page: Page): Promise<string[]> {
  return page
    .getByTestId('my-work-card')
    .locator('.mw-card__number [aria-hidden="true"]')
    .allTextContents();
}

async function waitForMyWork(page: Page, heading = 'My work') {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.getByTestId('my-work-count').waitFor();
}

/** Every visible button, link and field in the main region smaller than 44 × 44 px. */
async function smallTargets(page: Page): Promise<string[]> {
  return page
    .locator('main')
    .locator('a[href], button, select, input, textarea, [role="button"]')
    .evaluateAll((elements) =>
      elements.flatMap((element) => {
        const box = element.getBoundingClientRect();
        // Not rendered (hidden list under an open work order, a collapsed part).
        if (box.width === 0 && box.height === 0) return [];
        if (box.width >= 44 && box.height >= 44) return [];
        const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
        return [`${element.tagName} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`];
      }),
    );
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe('My work on the field worker’s phone', () => {
  it('lands a signed-in field worker on their work and their crew’s, as the graph has it', async () => {
    const { context, page, errors } = await openPage(browser, { viewport: PHONE });
    try {
      await signIn(page, stack, 'FIELD_WORKER');
      await waitForMyWork(page);
      expect(new URL(page.url()).pathname).toMatch(/^\/(my-work)?$/);

      const expected = orderWork(mergeMyWork(graph.me.id, graph.mine, graph.crew), 'due');
      expect(await cardNumbers(page)).toEqual(expected.map((item) => item.workOrder.number));
      expect(await page.getByTestId('my-work-count').textContent()).toBe(
        `${expected.length} open work ${expected.length === 1 ? 'order' : 'orders'}`,
      );
      const mine = expected.filter((item) => item.relation === 'mine').length;
      expect(
        await page
          .getByTestId('my-work-card')
          .getByText('Assigned to you', { exact: true })
          .count(),
      ).toBe(mine);
      expect(
        await page
          .getByTestId('my-work-card')
          .getByText(/^Your crew: /)
          .count(),
      ).toBe(expected.length - mine);

      // Crew only, then back to all.
      await page.getByRole('button', { name: /^Crew \d+$/ }).click();
      expect(await cardNumbers(page)).toEqual(
        expected.filter((item) => item.relation === 'crew').map((item) => item.workOrder.number),
      );
      await page.getByRole('button', { name: /^All \d+$/ }).click();

      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(PHONE.width);
      expect(await smallTargets(page)).toEqual([]);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'my-work-phone-en');

      // One work order, full screen: where it is, how to get there, the way back.
      const first = expected[0]!.workOrder;
      await page.getByRole('link', { name: new RegExp(first.number) }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(first.number) }).waitFor();
      expect(new URL(page.url()).searchParams.get('workOrder')).toBe(first.id);
      expect(await page.getByTestId('my-work-status-line').textContent()).toContain('Status: ');
      expect(
        await page
          .locator('.mw-view')
          .getByText(first.serviceRequest.address, { exact: true })
          .count(),
      ).toBe(1);
      const directions = await page.getByRole('link', { name: /^Directions/ }).getAttribute('href');
      expect(directions).toBe(
        `https://www.openstreetmap.org/directions?to=${first.location.lat.toFixed(6)}%2C${first.location.lon.toFixed(6)}`,
      );
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(PHONE.width);
      expect(await smallTargets(page)).toEqual([]);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'my-work-order-phone-en');

      // The phone's back gesture returns to the list.
      await page.goBack();
      await waitForMyWork(page);
      expect(new URL(page.url()).searchParams.get('workOrder')).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('sorts nearest first once location is allowed, and says so politely when it is not', async () => {
    const allowed = await openPage(browser, { viewport: PHONE });
    const refused = await openPage(browser, { viewport: PHONE });
    try {
      const items = mergeMyWork(graph.me.id, graph.mine, graph.crew);
      // Stand at the last work order in due order: the distance order differs from it.
      const standAt = orderWork(items, 'due').at(-1)!.workOrder.location;
      await allowed.context.grantPermissions(['geolocation'], { origin: stack.url });
      await allowed.context.setGeolocation({
        longitude: standAt.lon,
        latitude: standAt.lat,
        accuracy: 20,
      });
      await signIn(allowed.page, stack, 'FIELD_WORKER', { path: '/my-work' });
      await waitForMyWork(allowed.page);
      expect(await allowed.page.getByTestId('my-work-distance').count()).toBe(0);

      await allowed.page.getByRole('button', { name: 'Sort by distance' }).click();
      await allowed.page.getByText(/^Nearest first, from where you are/).waitFor();
      const nearest = orderWork(withDistances(items, standAt), 'distance');
      expect(await cardNumbers(allowed.page)).toEqual(nearest.map((item) => item.workOrder.number));
      const distances = await allowed.page.getByTestId('my-work-distance').allTextContents();
      expect(distances).toHaveLength(nearest.length);
      expect(distances[0]).toBe('0 m away');
      for (const distance of distances) expect(distance).toMatch(/^[\d,.]+ (m|km) away$/);
      await saveScreenshot(allowed.page, 'my-work-nearest-phone-en');

      // No permission granted: the browser refuses, the page explains and keeps its order.
      await signIn(refused.page, stack, 'FIELD_WORKER', { path: '/my-work' });
      await waitForMyWork(refused.page);
      const before = await cardNumbers(refused.page);
      await refused.page.getByRole('button', { name: 'Sort by distance' }).click();
      await refused.page.getByText(/^Location is not allowed for this site/).waitFor();
      expect(await cardNumbers(refused.page)).toEqual(before);
      expect(await refused.page.getByTestId('my-work-distance').count()).toBe(0);
      await expectNoAxeViolations(refused.page);
      expect([...allowed.errors, ...refused.errors]).toEqual([]);
    } finally {
      await allowed.context.close();
      await refused.context.close();
    }
  });

  it('speaks Spanish on the phone, and fits a desktop', async () => {
    const spanish = await openPage(browser, { viewport: PHONE, locale: 'es-ES' });
    const desktop = await openPage(browser, { viewport: DESKTOP });
    try {
      await signIn(spanish.page, stack, 'FIELD_WORKER', { spanish: true });
      await waitForMyWork(spanish.page, 'Mi trabajo');
      expect(await spanish.page.getByTestId('my-work-count').textContent()).toMatch(
        /^\d+ órdenes? de trabajo abiertas?$/,
      );
      expect(
        await spanish.page.getByRole('button', { name: 'Ordenar por distancia' }).count(),
      ).toBe(1);
      expect(await spanish.page.getByText(/^Su cuadrilla: /).count()).toBeGreaterThan(0);
      expect(await spanish.page.getByText(/^Vence el /).count()).toBeGreaterThan(0);
      expect(await horizontalOverflow(spanish.page)).toBeLessThanOrEqual(PHONE.width);
      expect(await smallTargets(spanish.page)).toEqual([]);
      await expectNoAxeViolations(spanish.page);
      await saveScreenshot(spanish.page, 'my-work-phone-es');

      await spanish.page.getByTestId('my-work-card').first().getByRole('link').click();
      await spanish.page.getByRole('button', { name: 'Volver a mi trabajo' }).waitFor();
      await spanish.page
        .getByTestId('my-work-status-line')
        .getByText(/^Estado: /)
        .waitFor();
      await expectNoAxeViolations(spanish.page);
      await saveScreenshot(spanish.page, 'my-work-order-phone-es');

      await signIn(desktop.page, stack, 'FIELD_WORKER', { path: '/my-work' });
      await waitForMyWork(desktop.page);
      expect(await horizontalOverflow(desktop.page)).toBeLessThanOrEqual(DESKTOP.width);
      await expectNoAxeViolations(desktop.page);
      await saveScreenshot(desktop.page, 'my-work-desktop-en');
      expect([...spanish.errors, ...desktop.errors]).toEqual([]);
    } finally {
      await spanish.context.close();
      await desktop.context.close();
    }
  });

  it('starts and completes a work order from the phone', () =>
    fieldWorkerStartsAndCompletes(browser, stack));
});
