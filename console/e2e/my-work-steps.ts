import { postGraphQL } from '@civicgraph/platform/testing';
import type { RunningStack } from '@civicgraph/stack';
import { print } from 'graphql';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { LoginDocument, type LoginMutation } from '../src/session/session.graphql';
import { demoLogin, openPage, PHONE, saveScreenshot, signIn } from './harness';

// The field worker's start-and-complete journey, apart from my-work.e2e.test.ts because a
// test file exports nothing and the journey is long enough to read on its own.

async function graphAs(
  stack: RunningStack,
  role: 'DISPATCHER' | 'FIELD_WORKER',
): Promise<<T>(query: string, variables?: Record<string, unknown>) => Promise<T>> {
  const login = await postGraphQL<LoginMutation>(
    `${stack.url}/graphql`,
    print(LoginDocument),
    demoLogin(role),
  );
  expect(login.errors).toBeUndefined();
  const token = login.data!.login.accessToken;
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await postGraphQL<T>(`${stack.url}/graphql`, query, variables, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
}

/**
 * The "field worker's phone view at 390 × 844: their work, start and complete":
 * a dispatcher assigns work not yet started to the demo field worker (through the API), who finds
 * it on My work, opens it, starts it and completes it with a note; the graph then has
 * it COMPLETED with that note, and it has left the list.
 */
export async function fieldWorkerStartsAndCompletes(
  browser: Browser,
  stack: RunningStack,
): Promise<void> {
  const asFieldWorker = await graphAs(stack, 'FIELD_WORKER');
  const asDispatcher = await graphAs(stack, 'DISPATCHER');
  const { me } = await asFieldWorker<{ me: { id: string; department: { id: string } } }>(
    '{ me { id department { id } } }',
  );
  const { workOrders } = await asDispatcher<{
    workOrders: {
      edges: {
        node: { id: string; number: string; version: number; assignee: { id: string } | null };
      }[];
    };
  }>(
    `query ($department: ID!) {
      workOrders(filter: { statuses: [NEW, ASSIGNED], departmentId: $department }, first: 50) {
        edges { node { id number version assignee { id } } }
      }
    }`,
    { department: me.department.id },
  );
  // Not yet started, and not already theirs: new or waiting for someone else.
  const target = workOrders.edges.map((edge) => edge.node).find((wo) => wo.assignee?.id !== me.id);
  expect(target, 'work not yet started in the field worker’s department').toBeTruthy();
  await asDispatcher(
    `mutation ($id: ID!, $version: Int!, $assignee: ID!) {
      assignWorkOrder(input: { id: $id, expectedVersion: $version, assigneeId: $assignee }) {
        workOrder { id status }
      }
    }`,
    { id: target!.id, version: target!.version, assignee: me.id },
  );

  const { context, page, errors } = await openPage(browser, { viewport: PHONE });
  try {
    await signIn(page, stack, 'FIELD_WORKER', { path: '/my-work' });
    const card = page.getByTestId('my-work-card').filter({ hasText: target!.number });
    await card.getByText('Assigned to you', { exact: true }).waitFor();
    await card.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: new RegExp(target!.number) }).waitFor();
    const note = `Replaced and tested on site (${target!.number}).`;
    await startAndCompleteThroughUi(page, note);
    await saveScreenshot(page, 'my-work-completed-phone-en');

    const { workOrder } = await asFieldWorker<{
      workOrder: { status: string; resolution: string | null };
    }>('query ($id: ID!) { workOrder(id: $id) { status resolution } }', { id: target!.id });
    expect(workOrder).toEqual({ status: 'COMPLETED', resolution: note });

    await page.getByRole('button', { name: 'Back to my work' }).click();
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    await expect.poll(() => card.count()).toBe(0);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}

/**
 * Starts and then completes, through the phone's UI, the work order open in My work (its
 * status must allow Start: ASSIGNED), with `note` as what was done, using the first of
 * its service's resolution codes.
 */
export async function startAndCompleteThroughUi(page: Page, note: string): Promise<void> {
  const statusLine = page.getByTestId('my-work-status-line');
  const actions = page.locator('.mw-view__actions');

  await actions.getByRole('button', { name: 'Start', exact: true }).click();
  const start = page.getByRole('dialog', { name: /^Start / });
  await start.getByRole('button', { name: 'Start work' }).click();
  await start.waitFor({ state: 'hidden' });
  await statusLine.getByText('Status: In progress').waitFor();

  await actions.getByRole('button', { name: 'Complete', exact: true }).click();
  const complete = page.getByRole('dialog', { name: /^Complete / });
  // Option 0 is "Choose a resolution".
  await complete.getByLabel('Resolution').selectOption({ index: 1 });
  await complete.getByLabel('Note').fill(note);
  await complete.getByRole('button', { name: 'Complete', exact: true }).click();
  await complete.waitFor({ state: 'hidden' });
  await statusLine.getByText('Status: Completed').waitFor();
}
