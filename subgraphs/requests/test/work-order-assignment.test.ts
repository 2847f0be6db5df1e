import { type Caller, peerGraph } from '@civicgraph/platform';
import { dataOf, TEST_SECRETS } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignWorkOrder } from '../src/lifecycle/work-order-commands';
import { asStaff, type LifecycleHarness, startLifecycleHarness } from './lifecycle-harness';

let h: LifecycleHarness;
beforeAll(async () => {
  h = await startLifecycleHarness();
});
afterAll(() => h?.close());

const writtenFor = (workOrderId: string) => h.writtenFor(workOrderId);
function mutate(name: string, input: Record<string, unknown>, caller: Caller) {
  return h.mutate(name, input, caller);
}

describe('assignments, checked through accounts in the graph', () => {
  it('checks an assignment against accounts: person and crew of the department, active, the person in the crew', async () => {
    const { people } = h;
    const wo = await h.newWorkOrder();
    const dispatcher = asStaff(people.dispatcher);
    const refusals: Array<[Record<string, unknown>, string]> = [
      [{}, 'crewId'],
      [{ assigneeId: people.foreignWorker.id }, 'assigneeId'],
      [{ crewId: people.foreignCrew.id }, 'crewId'],
      [{ crewId: people.crew.id, assigneeId: people.otherCrewWorker.id }, 'assigneeId'],
      [{ assigneeId: '6f1c1c1c-0000-4000-8000-000000000000' }, 'assigneeId'],
      [{ crewId: 'crew-1' }, 'crewId'],
    ];
    for (const [input, field] of refusals) {
      const result = await mutate(
        'assignWorkOrder',
        { id: wo.id, expectedVersion: 1, ...input },
        dispatcher,
      );
      expect(result.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    expect((await writtenFor(wo.id)).entries).toEqual(['CREATE:1']);

    // A person alone brings their crew along.
    const alone = dataOf(
      await h.requests.queryAs<{
        assignWorkOrder: { workOrder: { crew: { id: string }; assignee: { id: string } } };
      }>(
        dispatcher,
        `mutation ($input: AssignWorkOrderInput!) { assignWorkOrder(input: $input) { workOrder { crew { id } assignee { id } } } }`,
        { input: { id: wo.id, expectedVersion: 1, assigneeId: people.otherCrewWorker.id } },
      ),
    );
    expect(alone.assignWorkOrder.workOrder).toEqual({
      crew: { id: people.otherCrew.id },
      assignee: { id: people.otherCrewWorker.id },
    });

    // A deactivated person cannot take work.
    dataOf(
      await h.accounts.query(
        'mutation ($input: DeactivateStaffInput!) { deactivateStaff(input: $input) { staff { id } } }',
        { input: { staffId: people.crewMate.id } },
      ),
    );
    const inactive = await mutate(
      'assignWorkOrder',
      { id: wo.id, expectedVersion: 2, assigneeId: people.crewMate.id },
      dispatcher,
    );
    expect(inactive.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'assigneeId',
    });
    dataOf(
      await h.accounts.query(
        'mutation ($input: ReactivateStaffInput!) { reactivateStaff(input: $input) { staff { id } } }',
        { input: { staffId: people.crewMate.id } },
      ),
    );
  });

  it('changes nothing when accounts cannot be asked, and says so (SERVICE_UNAVAILABLE)', async () => {
    const wo = await h.newWorkOrder();
    const withoutAccounts = {
      ...h.contextFor(asStaff(h.people.dispatcher)),
      peers: peerGraph({}, TEST_SECRETS.callerSigning),
    };
    await expect(
      assignWorkOrder(
        withoutAccounts,
        { id: wo.id, expectedVersion: 1 },
        { crewId: h.people.crew.id },
      ),
    ).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect((await writtenFor(wo.id)).entries).toEqual(['CREATE:1']);
  });
});
