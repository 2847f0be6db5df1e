import AxeBuilder from '@axe-core/playwright';
import { postGraphQL } from '@civicgraph/platform/testing';
import type { RunningStack } from '@civicgraph/stack';
import { signInAs } from '@civicgraph/stack/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  launchChromium,
  openPage,
  PHONE,
  saveScreenshot,
  signIn,
  startConsoleStack,
} from './harness';

// The detail panel against the real stack: a request a dispatcher takes by phone, with
// the caller's contact, an uploaded photo and the service's answers, opened from a link
// (/dispatch?selected=<id>) by a dispatcher, who may read the reporter, and by an
// analyst, for whom the graph answers null and FORBIDDEN there.

let stack: RunningStack;
let browser: Browser;
let created: { id: string; number: string; requestNumber: string; nearNumber: string };

const description = `E2E detail: the streetlight flickers all night (${Date.now()})`;
const reporter = { name: 'Rosa Vega', email: 'rosa.vega@example.org', phone: '+16025550100' };
// A 1 × 1 PNG: the smallest photo the gateway stores and thumbnails.
const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

interface OpenWork {
  workOrders: {
    edges: {
      node: {
        id: string;
        serviceRequest: { number: string };
        location: { lon: number; lat: number };
        service: {
          code: string;
          attributes: {
            code: string;
            datatype: string;
            required: boolean;
            variable: boolean;
            values: { key: string }[];
          }[];
        };
      };
    }[];
  };
}

/** An answer of the right type for each required question of the service. */
function answers(
  attributes: OpenWork['workOrders']['edges'][number]['node']['service']['attributes'],
) {
  return attributes
    .filter((a) => a.variable && a.required)
    .map((a) => {
      switch (a.datatype) {
        case 'MULTIVALUELIST':
          return { code: a.code, values: [a.values[0]!.key] };
        case 'SINGLEVALUELIST':
          return { code: a.code, value: a.values[0]!.key };
        case 'NUMBER':
          return { code: a.code, value: '1' };
        case 'DATETIME':
          return { code: a.code, value: '2026-11-01T10:00:00Z' };
        default:
          return { code: a.code, value: 'Seen from the bus stop' };
      }
    });
}

beforeAll(async () => {
  stack = await startConsoleStack();
  browser = await launchChromium();
  const dispatcher = await signInAs(stack.url, 'DISPATCHER');
  const graph = `${stack.url}/graphql`;

  // A real open work order: the new request goes where it is, so that it is a likely duplicate.
  const open = await postGraphQL<OpenWork>(
    graph,
    `query { workOrders(first: 1, filter: { open: true }) { edges { node {
        id serviceRequest { number } location { lon lat }
        service { code attributes { code datatype required variable values { key } } }
     } } } }`,
    {},
    { headers: dispatcher },
  );
  expect(open.errors).toBeUndefined();
  const near = open.data!.workOrders.edges[0]!.node;

  const upload = await fetch(`${stack.url}/photos`, {
    method: 'POST',
    headers: { ...dispatcher, 'content-type': 'image/png' },
    body: onePixelPng,
  });
  expect(upload.status).toBe(201);
  const photo = (await upload.json()) as { id: string };

  const filed = await postGraphQL<{
    createServiceRequest: { number: string; workOrder: { id: string; number: string } | null };
  }>(
    graph,
    `mutation File($input: CreateServiceRequestInput!) {
       createServiceRequest(input: $input) { number workOrder { id number } }
     }`,
    {
      input: {
        serviceCode: near.service.code,
        location: near.location,
        address: '1st Ave & Van Buren St',
        description,
        channel: 'PHONE',
        attributes: answers(near.service.attributes),
        photoIds: [photo.id],
        reporter,
      },
    },
    { headers: dispatcher },
  );
  expect(filed.errors).toBeUndefined();
  const workOrder = filed.data!.createServiceRequest.workOrder!;
  created = {
    id: workOrder.id,
    number: workOrder.number,
    requestNumber: filed.data!.createServiceRequest.number,
    nearNumber: near.serviceRequest.number,
  };
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** axe on the panel alone (WCAG 2.0/2.1 A and AA): the rest of the page is others' to check. */
async function expectPanelPassesAxe(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .include('[data-testid="detail-panel"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

describe('the work order detail panel', () => {
  it('shows a dispatcher the request, reporter, photo, duplicates and history from a link', async () => {
    const { context, page, errors } = await openPage(browser, { viewport: DESKTOP });
    try {
      await signIn(page, stack, 'DISPATCHER', { path: `/dispatch?selected=${created.id}` });
      const panel = page.getByRole('region', { name: `Work order ${created.number}` });
      await panel.waitFor();

      await panel.getByText(description).waitFor();
      const request = panel.getByRole('region', { name: `Request ${created.requestNumber}` });
      expect(await request.locator('.detail__fact', { hasText: 'Channel' }).textContent()).toBe(
        'ChannelPhone',
      );
      await request.getByText(reporter.name).waitFor();
      await request.getByRole('link', { name: reporter.email }).waitFor();

      // The thumbnail came through the gateway with the session's token.
      const thumbnail = request.getByRole('img', { name: /Photo from the reporter, 1 of 1/ });
      await thumbnail.waitFor();
      expect(await thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(
        0,
      );
      // A click opens the full-size image, fetched with the token, in a new tab.
      const [tab] = await Promise.all([page.waitForEvent('popup'), thumbnail.click()]);
      await tab.waitForURL(/^blob:/);
      await tab.close();

      // The work order it was filed next to is a likely duplicate.
      const duplicates = panel.getByRole('region', { name: 'Likely duplicates nearby' });
      await duplicates.getByText(new RegExp(created.nearNumber)).waitFor();

      const history = panel.getByRole('region', { name: 'History' });
      await history.getByText('Created', { exact: true }).waitFor();

      await expectPanelPassesAxe(page);
      await saveScreenshot(page, 'detail-desktop');

      // Escape closes it and the address bar forgets the selection.
      await panel.getByRole('button', { name: 'Close the detail' }).focus();
      await page.keyboard.press('Escape');
      await page
        .getByText('Select a work order on the map or in the list to see its details.')
        .waitFor();
      expect(new URL(page.url()).searchParams.get('selected')).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('hides the reporter from an analyst, in Spanish, on a phone without sideways scrolling', async () => {
    const { context, page, errors } = await openPage(browser, { viewport: PHONE, locale: 'es-ES' });
    try {
      await signIn(page, stack, 'ANALYST', {
        path: `/dispatch?selected=${created.id}`,
        spanish: true,
      });
      const panel = page.getByRole('region', { name: `Orden de trabajo ${created.number}` });
      await panel.waitFor();
      await panel.getByText(description).waitFor();
      await panel.getByText('Oculto para su rol').first().waitFor();
      expect(await panel.getByText(reporter.name).count()).toBe(0);
      await panel
        .getByRole('region', { name: 'Historial' })
        .getByText('Creada', { exact: true })
        .waitFor();

      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const panelBox = await panel.boundingBox();
      expect(panelBox!.width).toBeGreaterThan(PHONE.width - 64);

      await expectPanelPassesAxe(page);
      await saveScreenshot(page, 'detail-phone-es');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the asset a work order is on, with its type and condition', async () => {
    const dispatcher = await signInAs(stack.url, 'DISPATCHER');
    const listed = await postGraphQL<{
      workOrders: {
        edges: { node: { id: string; number: string; asset: { tag: string } | null } }[];
      };
    }>(
      `${stack.url}/graphql`,
      'query { workOrders(first: 100) { edges { node { id number asset { tag } } } } }',
      {},
      { headers: dispatcher },
    );
    expect(listed.errors).toBeUndefined();
    const onAsset = listed.data!.workOrders.edges.find((edge) => edge.node.asset)?.node;
    expect(onAsset).toBeDefined();

    const { context, page, errors } = await openPage(browser, { viewport: DESKTOP });
    try {
      await signIn(page, stack, 'DISPATCHER', { path: `/dispatch?selected=${onAsset!.id}` });
      const panel = page.getByRole('region', { name: `Work order ${onAsset!.number}` });
      const asset = panel.getByRole('region', { name: 'Asset' });
      await asset.getByText(onAsset!.asset!.tag, { exact: true }).waitFor();
      await asset.getByText('Recent work on this asset').waitFor();
      expect(await asset.locator('.detail__fact', { hasText: 'Type' }).textContent()).toMatch(
        /^Type\S/,
      );
      expect(await asset.locator('.detail__fact', { hasText: 'Condition' }).textContent()).toMatch(
        /^Condition(Not inspected yet|\d of 5, )/,
      );
      await expectPanelPassesAxe(page);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('says a stale link names nothing it can show', async () => {
    const { context, page } = await openPage(browser, { viewport: DESKTOP });
    try {
      await signIn(page, stack, 'DISPATCHER', {
        path: '/dispatch?selected=00000000-0000-4000-8000-000000000000',
      });
      await page.getByText('This work order no longer exists or you cannot see it.').waitFor();
    } finally {
      await context.close();
    }
  });
});
