import type { Page } from 'playwright-core';

// Steps of the field worker's e2e that need another helper's component: kept apart from
// my-work.e2e.test.ts so that a test file exports nothing.

/**
 * Starts and then completes, through the phone's UI, the work order open in My work (its
 * status must allow Start: ASSIGNED), with `note` as what was done. Needs the actions
 * helper's <WorkOrderActions layout="phone"> (branch c10-actions): the lead adds the `it`
 * that calls this at merge, e.g. open the first ASSIGNED card of `graph.mine`, call this,
 * then check through the API that the work order is COMPLETED with the note and that its
 * card has left the list.
 */
export async function startAndCompleteThroughUi(page: Page, note: string): Promise<void> {
  const statusLine = page.getByTestId('my-work-status-line');
  const actions = page.locator('.mw-view__actions');

  await actions.getByRole('button', { name: 'Start', exact: true }).click();
  const start = page.getByRole('dialog', { name: /^Start WO-/ });
  await start.getByRole('button', { name: 'Start work' }).click();
  await start.waitFor({ state: 'hidden' });
  await statusLine.getByText('Status: In progress').waitFor();

  await actions.getByRole('button', { name: 'Complete', exact: true }).click();
  const complete = page.getByRole('dialog', { name: /^Complete WO-/ });
  // The first of the service's resolution codes (the placeholder is option 0).
  await complete.getByLabel('Resolution').selectOption({ index: 1 });
  await complete.getByLabel('Note').fill(note);
  await complete.getByRole('button', { name: 'Complete', exact: true }).click();
  await complete.waitFor({ state: 'hidden' });
  await statusLine.getByText('Status: Completed').waitFor();
}
