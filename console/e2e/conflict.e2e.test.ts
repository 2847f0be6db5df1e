import AxeBuilder from '@axe-core/playwright';
import { postGraphQL } from '@civicgraph/platform/testing';
import type { RunningStack } from '@civicgraph/stack';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  demoLogin,
  launchChromium,
  openPage,
  PHONE,
  saveScreenshot,
  signIn,
  startConsoleStack,
} from './harness';

// The stale edit: a supervisor decides on a work order as they saw it, a dispatcher
// changes it meanwhile through the API, and the supervisor's change is refused and
// explained (who, what, the fresh version) instead of overwriting the dispatcher's.
//
// Needs the detail panel (c10-detail) to render <WorkOrderActions> for
// /dispatch?selected=ID.

let stack: RunningStack;
let browser: Browser;

interface Seen {
  id: string;
  number: string;
  version: number;
  priority: string;
}

async function graph<T>(token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await postGraphQL<T>(`${stack.url}/graphql`, query, variables, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.errors).toBeUndefined();
  return response.data as T;
}

async function loginThroughApi(role: 'DISPATCHER' | 'SUPERVISOR') {
  const response = await postGraphQL<{
    login: { accessToken: string; staff: { id: string; name: string } };
  }>(
    `${stack.url}/graphql`,
    'mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken staff { id name } } }',
    demoLogin(role),
  );
  expect(response.errors).toBeUndefined();
  return response.data!.login;
}

const SPANISH_PRIORITY: Record<string, string> = { LOW: 'Baja', NORMAL: 'Normal' };

const WORK_ORDER = `query ($id: ID!) { workOrder(id: $id) { id number version priority status } }`;

beforeAll(async () => {
  stack = await startConsoleStack();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('a stale edit', () => {
  it('shows who changed what and the fresh version, and overwrites nothing', async () => {
    const dispatcher = await loginThroughApi('DISPATCHER');
    const { workOrders } = await graph<{ workOrders: { edges: Array<{ node: Seen }> } }>(
      dispatcher.accessToken,
      `{ workOrders(filter: { statuses: [ASSIGNED], priorities: [NORMAL] }, first: 1) { edges { node { id number version priority } } } }`,
    );
    const seen = workOrders.edges[0]!.node;

    const { page, context, errors } = await openPage(browser, { viewport: DESKTOP });
    await signIn(page, stack, 'SUPERVISOR', { path: `/dispatch?selected=${seen.id}` });
    const actions = page.getByRole('group', { name: `Actions on ${seen.number}` });
    const changePriority = actions.getByRole('button', { name: 'Change priority' });
    // Escape closes the dialog, not the panel, and focus returns to the button.
    await changePriority.click();
    await page.getByLabel('Priority', { exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await changePriority.evaluate((b) => b === document.activeElement)).toBe(true);
    await changePriority.click();
    const dialog = page.getByRole('dialog', { name: `Change the priority of ${seen.number}` });
    await dialog.getByLabel('Priority').selectOption('URGENT');

    // Meanwhile, the dispatcher raises it to High through the API.
    const changed = await graph<{ changeWorkOrderPriority: { workOrder: Seen } }>(
      dispatcher.accessToken,
      `mutation ($input: ChangeWorkOrderPriorityInput!) { changeWorkOrderPriority(input: $input) { workOrder { id number version priority } } }`,
      { input: { id: seen.id, expectedVersion: seen.version, priority: 'HIGH' } },
    );
    expect(changed.changeWorkOrderPriority.workOrder.version).toBe(seen.version + 1);

    await dialog.getByRole('button', { name: 'Change priority' }).click();
    const conflict = page.getByRole('dialog', {
      name: `${seen.number} changed while you were working on it`,
    });
    const view = conflict.getByTestId('conflict-view');
    await expect
      .poll(() => view.textContent())
      .toContain(`${dispatcher.staff.name} changed ${seen.number} on`);
    await expect.poll(() => view.textContent()).toContain('Priority: Normal → High');
    await expect.poll(() => view.textContent()).toContain(`(version ${seen.version + 1})`);
    expect(await view.textContent()).toContain('Your change was not saved');
    await saveScreenshot(page, 'conflict-desktop');
    const axe = await new AxeBuilder({ page })
      .include('dialog[open]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    // Nothing was overwritten: the graph still has the dispatcher's change.
    const after = await graph<{ workOrder: Seen }>(dispatcher.accessToken, WORK_ORDER, {
      id: seen.id,
    });
    expect(after.workOrder).toMatchObject({ priority: 'HIGH', version: seen.version + 1 });

    // Reviewing closes; focus goes back to the actions.
    await conflict.getByRole('button', { name: 'Review the fresh version' }).click();
    await expect.poll(() => conflict.count()).toBe(0);
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Change priority');
    const still = await graph<{ workOrder: Seen }>(dispatcher.accessToken, WORK_ORDER, {
      id: seen.id,
    });
    expect(still.workOrder).toMatchObject({ priority: 'HIGH', version: seen.version + 1 });

    // Applying to the fresh version is a second, deliberate step.
    await actions.getByRole('button', { name: 'Change priority' }).click();
    const again = page.getByRole('dialog', { name: `Change the priority of ${seen.number}` });
    await again.getByLabel('Priority').selectOption('URGENT');
    await again.getByRole('button', { name: 'Change priority' }).click();
    await expect.poll(() => again.count()).toBe(0);
    const applied = await graph<{ workOrder: Seen }>(dispatcher.accessToken, WORK_ORDER, {
      id: seen.id,
    });
    expect(applied.workOrder).toMatchObject({ priority: 'URGENT', version: seen.version + 2 });

    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the conflict full-screen on a phone, in Spanish', async () => {
    const dispatcher = await loginThroughApi('DISPATCHER');
    const { workOrders } = await graph<{ workOrders: { edges: Array<{ node: Seen }> } }>(
      dispatcher.accessToken,
      `{ workOrders(filter: { statuses: [ASSIGNED], priorities: [LOW, NORMAL] }, first: 1) { edges { node { id number version priority } } } }`,
    );
    const seen = workOrders.edges[0]!.node;
    const { page, context } = await openPage(browser, { viewport: PHONE, locale: 'es-US' });
    await signIn(page, stack, 'SUPERVISOR', {
      path: `/dispatch?selected=${seen.id}`,
      spanish: true,
    });
    const actions = page.getByRole('group', { name: `Acciones sobre ${seen.number}` });
    await actions.getByRole('button', { name: 'Cambiar prioridad' }).click();
    const dialog = page.getByRole('dialog', { name: `Cambiar la prioridad de ${seen.number}` });
    await dialog.getByLabel('Prioridad').selectOption('HIGH');
    await graph(
      dispatcher.accessToken,
      `mutation ($input: ChangeWorkOrderPriorityInput!) { changeWorkOrderPriority(input: $input) { workOrder { id } } }`,
      { input: { id: seen.id, expectedVersion: seen.version, priority: 'URGENT' } },
    );
    await dialog.getByRole('button', { name: 'Cambiar prioridad' }).click();
    const conflict = page.getByRole('dialog', {
      name: `${seen.number} cambió mientras trabajaba en ella`,
    });
    await expect
      .poll(() => conflict.textContent())
      .toContain(`Prioridad: ${SPANISH_PRIORITY[seen.priority]} → Urgente`);
    const box = await conflict.boundingBox();
    expect(box?.width).toBe(PHONE.width);
    const review = conflict.getByRole('button', { name: 'Revisar la versión actual' });
    expect((await review.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await saveScreenshot(page, 'conflict-phone-es');
    const axe = await new AxeBuilder({ page })
      .include('dialog[open]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    const after = await graph<{ workOrder: Seen }>(dispatcher.accessToken, WORK_ORDER, {
      id: seen.id,
    });
    expect(after.workOrder).toMatchObject({ priority: 'URGENT', version: seen.version + 1 });
    await context.close();
  });

  it('assigns with the keyboard alone, from the candidates as the graph ranks them', async () => {
    const dispatcher = await loginThroughApi('DISPATCHER');
    type Candidate = {
      crew: { id: string; name: string };
      staff: { id: string; name: string } | null;
    };
    const { workOrders } = await graph<{
      workOrders: { edges: Array<{ node: Seen & { assignmentCandidates: Candidate[] } }> };
    }>(
      dispatcher.accessToken,
      `{ workOrders(filter: { statuses: [NEW] }, first: 1) { edges { node { id number version priority assignmentCandidates { crew { id name } staff { id name } } } } } }`,
    );
    const seen = workOrders.edges[0]!.node;
    const ranked = seen.assignmentCandidates;
    expect(ranked.length).toBeGreaterThan(1);

    const { page, context, errors } = await openPage(browser, { viewport: DESKTOP });
    await signIn(page, stack, 'DISPATCHER', { path: `/dispatch?selected=${seen.id}` });
    const assign = page
      .getByRole('group', { name: `Actions on ${seen.number}` })
      .getByRole('button', { name: 'Assign' });
    await assign.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Assign ${seen.number}` });
    const radios = dialog.getByRole('radio');
    await radios.first().waitFor();
    // Best first, as the graph ranks them.
    const names = await dialog.locator('.candidate__name').allTextContents();
    expect(names).toEqual(
      ranked.map((c) =>
        c.staff ? `${c.staff.name}, ${c.crew.name}` : `${c.crew.name}, Whole crew`,
      ),
    );
    // Availability in words, workload and distance on every row.
    for (const facts of await dialog.locator('.candidate__facts').allTextContents()) {
      expect(facts).toMatch(/^(Available|Busy|Off shift), \d+ open, (.+ away|Distance unknown)/);
    }
    await saveScreenshot(page, 'assign-dialog-desktop');
    const axe = await new AxeBuilder({ page })
      .include('dialog[open]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    // Focus is on the best candidate: the arrow key chooses the second, Enter assigns.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    const second = ranked[1]!;
    const after = await graph<{
      workOrder: Seen & {
        status: string;
        crew: { id: string } | null;
        assignee: { id: string } | null;
      };
    }>(
      dispatcher.accessToken,
      `query ($id: ID!) { workOrder(id: $id) { id number version priority status crew { id } assignee { id } } }`,
      { id: seen.id },
    );
    expect(after.workOrder).toMatchObject({
      status: 'ASSIGNED',
      version: seen.version + 1,
      crew: { id: second.crew.id },
      assignee: second.staff ? { id: second.staff.id } : null,
    });
    // The button follows: assigned work is reassigned from now on.
    await page
      .getByRole('group', { name: `Actions on ${seen.number}` })
      .getByRole('button', { name: 'Reassign' })
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
