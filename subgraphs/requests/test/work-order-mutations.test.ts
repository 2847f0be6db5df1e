import { dataOf, staffCaller } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asStaff, type LifecycleHarness, startLifecycleHarness } from './lifecycle-harness';

let h: LifecycleHarness;
beforeAll(async () => {
  h = await startLifecycleHarness();
});
afterAll(() => h?.close());

const supervisor = () => asStaff(h.people.supervisor);
const mutate = (name: string, input: Record<string, unknown>, caller = supervisor()) =>
  h.mutate(name, input, caller);
const writtenFor = (workOrderId: string) => h.writtenFor(workOrderId);

describe('the lifecycle through GraphQL', () => {
  it('takes a work order from NEW to CLOSED and back, with history and notes in the graph', async () => {
    const { people } = h;
    const wo = await h.newWorkOrder();
    const assign = dataOf(
      await mutate(
        'assignWorkOrder',
        { id: wo.id, expectedVersion: 1, crewId: people.crew.id, assigneeId: people.worker.id },
        asStaff(people.dispatcher),
      ),
    );
    expect(assign.assignWorkOrder!.workOrder).toMatchObject({ status: 'ASSIGNED', version: 2 });
    const worker = asStaff(people.crewMate);
    const steps: Array<[string, Record<string, unknown>, string]> = [
      ['startWorkOrder', {}, 'IN_PROGRESS'],
      ['holdWorkOrder', { reason: '  waiting for asphalt  ' }, 'ON_HOLD'],
      ['resumeWorkOrder', {}, 'IN_PROGRESS'],
      [
        'completeWorkOrder',
        { resolutionCode: people.resolutionCode, note: 'Filled and rolled' },
        'COMPLETED',
      ],
    ];
    let version = 2;
    for (const [name, input, status] of steps) {
      const data = dataOf(
        await mutate(name, { id: wo.id, expectedVersion: version, ...input }, worker),
      );
      expect(data[name]!.workOrder).toMatchObject({ status, version: version + 1 });
      version += 1;
    }
    dataOf(
      await mutate('addWorkOrderNote', {
        id: wo.id,
        expectedVersion: version++,
        body: 'Crew will check the patch next week',
        visibility: 'PUBLIC',
      }),
    );
    dataOf(
      await mutate('addWorkOrderNote', {
        id: wo.id,
        expectedVersion: version++,
        body: 'Asphalt batch 7',
        visibility: 'INTERNAL',
      }),
    );
    dataOf(
      await mutate('closeWorkOrder', {
        id: wo.id,
        expectedVersion: version++,
        resolutionCode: people.resolutionCode,
        note: 'Checked',
      }),
    );
    dataOf(
      await mutate('reopenWorkOrder', {
        id: wo.id,
        expectedVersion: version++,
        note: 'Sank again',
      }),
    );

    const read = dataOf(
      await h.requests.queryAs<{
        workOrder: {
          status: string;
          resolution: string | null;
          history: Array<{
            action: string;
            version: number;
            note: string | null;
            actor: { kind: string; id: string; staff: { id: string } | null };
            changes: Array<{ field: string; from: string | null; to: string | null }>;
          }>;
          notes: Array<{ body: string; visibility: string }>;
          serviceRequest: {
            number: string;
            status: string;
            history: Array<{ entityType: string; action: string }>;
            publicNotes: Array<{ body: string }>;
            internalNotes: Array<{ body: string }>;
          };
        };
      }>(
        supervisor(),
        `query ($id: ID) { workOrder(id: $id) {
          status resolution
          history { action version note actor { kind id staff { id } } changes { field from to } }
          notes { body visibility }
          serviceRequest { number status history { entityType action } publicNotes { body } internalNotes { body } }
        } }`,
        { id: wo.id },
      ),
    ).workOrder;
    expect(read.status).toBe('ASSIGNED');
    expect(read.resolution).toBeNull();
    expect(read.history.map((e) => `${e.action}:${e.version}`)).toEqual([
      'CREATE:1',
      'ASSIGN:2',
      'START:3',
      'HOLD:4',
      'RESUME:5',
      'COMPLETE:6',
      'NOTE:7',
      'NOTE:8',
      'CLOSE:9',
      'REOPEN:10',
    ]);
    expect(read.history[1]!.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', from: 'NEW', to: 'ASSIGNED' },
        { field: 'crewId', from: null, to: people.crew.id },
        { field: 'assigneeId', from: null, to: people.worker.id },
      ]),
    );
    expect(read.history[2]!.actor).toEqual({
      kind: 'STAFF',
      id: people.crewMate.id,
      staff: { id: people.crewMate.id },
    });
    expect(read.history[3]!.note).toBe('waiting for asphalt');
    // Beside the staff's notes, the city's reply template told the reporter of each of
    // the seven status changes (ASSIGNED, IN_PROGRESS, ON_HOLD, IN_PROGRESS, COMPLETED,
    // CLOSED, ASSIGNED again).
    const staffNotes = [
      { body: 'Crew will check the patch next week', visibility: 'PUBLIC' },
      { body: 'Asphalt batch 7', visibility: 'INTERNAL' },
    ];
    expect(read.notes).toEqual(expect.arrayContaining(staffNotes));
    const replies = read.notes.filter((n) => !staffNotes.some((s) => s.body === n.body));
    expect(replies).toHaveLength(7);
    expect(
      replies.every(
        (n) => n.visibility === 'PUBLIC' && n.body.includes(read.serviceRequest.number),
      ),
    ).toBe(true);
    const request = read.serviceRequest;
    expect(request.status).toBe('OPEN');
    expect(request.history.map((e) => `${e.entityType}:${e.action}`)).toEqual([
      'SERVICE_REQUEST:CREATE',
      'WORK_ORDER:CREATE',
      'WORK_ORDER:ASSIGN',
      'WORK_ORDER:START',
      'WORK_ORDER:HOLD',
      'WORK_ORDER:RESUME',
      'WORK_ORDER:COMPLETE',
      'SERVICE_REQUEST:CLOSE',
      'WORK_ORDER:NOTE',
      'WORK_ORDER:NOTE',
      'WORK_ORDER:CLOSE',
      'WORK_ORDER:REOPEN',
      'SERVICE_REQUEST:REOPEN',
    ]);
    expect(request.publicNotes).toEqual(
      expect.arrayContaining([{ body: 'Crew will check the patch next week' }]),
    );
    expect(request.publicNotes).toHaveLength(8);
    expect(request.internalNotes).toEqual([{ body: 'Asphalt batch 7' }]);

    // A partner reads the request's public notes, never its internal notes or history.
    const partner = await h.requests.queryAs<{
      serviceRequest: { publicNotes: Array<{ body: string }>; internalNotes: null; history: null };
    }>(
      { kind: 'partner', id: 'p', scopes: ['requests:read'] },
      'query ($id: ID) { serviceRequest(id: $id) { publicNotes { body } internalNotes { body } history { action } } }',
      { id: wo.serviceRequestId },
    );
    expect(partner.data?.serviceRequest).toEqual({
      publicNotes: request.publicNotes,
      internalNotes: null,
      history: null,
    });
    expect(partner.errors?.map((e) => e.extensions?.code).sort()).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
    ]);
  });

  it('names from and to for a transition the machine does not allow, and writes nothing', async () => {
    const wo = await h.newWorkOrder();
    const before = await writtenFor(wo.id);
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['startWorkOrder', {}, 'IN_PROGRESS'],
      ['resumeWorkOrder', {}, 'IN_PROGRESS'],
      ['holdWorkOrder', { reason: 'rain' }, 'ON_HOLD'],
      ['reopenWorkOrder', { note: 'again' }, 'ASSIGNED'],
      ['completeWorkOrder', { resolutionCode: h.people.resolutionCode, note: 'done' }, 'COMPLETED'],
      ['closeWorkOrder', { resolutionCode: h.people.resolutionCode, note: 'done' }, 'CLOSED'],
    ];
    for (const [name, input, to] of cases) {
      const result = await mutate(name, { id: wo.id, expectedVersion: 1, ...input });
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'INVALID_TRANSITION',
        from: 'NEW',
        to,
      });
      expect(result.errors?.[0]?.message).toContain('NEW');
    }
    expect(await writtenFor(wo.id)).toEqual(before);
  });

  it('refuses an unknown id (NOT_FOUND), a malformed one, a bad resolution code and bad text (BAD_USER_INPUT), writing nothing', async () => {
    const unknown = await mutate('startWorkOrder', {
      id: '6f1c1c1c-0000-4000-8000-000000000000',
      expectedVersion: 1,
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const malformed = await mutate('startWorkOrder', { id: 'WO-1', expectedVersion: 1 });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });

    const wo = await h.newWorkOrder();
    for (const [name, input] of [
      ['assignWorkOrder', { crewId: h.people.crew.id }],
      ['startWorkOrder', {}],
    ] as const) {
      dataOf(
        await mutate(
          name,
          { id: wo.id, expectedVersion: name === 'assignWorkOrder' ? 1 : 2, ...input },
          asStaff(name === 'assignWorkOrder' ? h.people.dispatcher : h.people.supervisor),
        ),
      );
    }
    const before = await writtenFor(wo.id);
    const refusals: Array<[string, Record<string, unknown>, string]> = [
      ['completeWorkOrder', { resolutionCode: 'NOT_A_CODE', note: 'done' }, 'resolutionCode'],
      ['completeWorkOrder', { resolutionCode: h.people.resolutionCode, note: '   ' }, 'note'],
      [
        'completeWorkOrder',
        { resolutionCode: h.people.resolutionCode, note: 'x'.repeat(4001) },
        'note',
      ],
      ['holdWorkOrder', { reason: '' }, 'reason'],
      ['holdWorkOrder', { reason: 'a\u0000b' }, 'reason'],
      ['cancelWorkOrder', { reason: 'r'.repeat(501) }, 'reason'],
      ['addWorkOrderNote', { body: ' ', visibility: 'PUBLIC' }, 'body'],
      ['splitWorkOrder', { summary: '' }, 'summary'],
    ];
    for (const [name, input, field] of refusals) {
      const result = await mutate(name, { id: wo.id, expectedVersion: 3, ...input }, supervisor());
      expect(result.errors?.[0]?.extensions?.code, `${name} ${field}`).toBe('BAD_USER_INPUT');
      // NUL is refused by the server before any resolver, naming the argument instead.
      if (!JSON.stringify(input).includes('\\u0000')) {
        expect(result.errors?.[0]?.extensions?.field, name).toBe(field);
      }
    }
    expect(await writtenFor(wo.id)).toEqual(before);
  });

  it('splits a second work order off for the same request, recorded on both', async () => {
    const wo = await h.newWorkOrder();
    const split = dataOf(
      await h.requests.queryAs<{
        splitWorkOrder: {
          workOrder: { version: number; history: Array<{ action: string; note: string }> };
          splitWorkOrder: {
            id: string;
            status: string;
            priority: string;
            summary: string;
            serviceRequest: { id: string; workOrders: Array<{ id: string }> };
          };
        };
      }>(
        asStaff(h.people.dispatcher),
        `mutation ($input: SplitWorkOrderInput!) { splitWorkOrder(input: $input) {
          workOrder { version history { action note } }
          splitWorkOrder { id status priority summary serviceRequest { id workOrders { id } } }
        } }`,
        {
          input: {
            id: wo.id,
            expectedVersion: 1,
            summary: ' Repaint the lane markings ',
            priority: 'LOW',
          },
        },
      ),
    ).splitWorkOrder;
    expect(split.workOrder.version).toBe(2);
    expect(split.workOrder.history.at(-1)!.action).toBe('SPLIT');
    expect(split.splitWorkOrder).toMatchObject({
      status: 'NEW',
      priority: 'LOW',
      summary: 'Repaint the lane markings',
    });
    expect(split.splitWorkOrder.serviceRequest.id).toBe(wo.serviceRequestId);
    expect(split.splitWorkOrder.serviceRequest.workOrders.map((w) => w.id)).toEqual([
      wo.id,
      split.splitWorkOrder.id,
    ]);
  });

  it('answers a stale version with CONFLICT naming the current version and who changed it', async () => {
    const wo = await h.newWorkOrder();
    dataOf(
      await mutate(
        'changeWorkOrderPriority',
        { id: wo.id, expectedVersion: 1, priority: 'URGENT' },
        asStaff(h.people.dispatcher),
      ),
    );
    const stale = await mutate(
      'changeWorkOrderPriority',
      { id: wo.id, expectedVersion: 1, priority: 'LOW' },
      staffCaller('SUPERVISOR'),
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: 2,
      lastChangedBy: { kind: 'STAFF', id: h.people.dispatcher.id },
    });
  });

  it('reads history and notes batched: a page of 40 requests costs as many statements as 4', async () => {
    const page = `query ($first: Int) { serviceRequests(first: $first) { edges { node {
      history { action actor { staff { id } } changes { field } }
      publicNotes { body author { kind } } internalNotes { body }
      workOrders { history { action } notes { body } }
    } } } }`;
    const four = await h.requests.statementsFor(page, { first: 4 });
    const forty = await h.requests.statementsFor(page, { first: 40 });
    // The page, then one statement per field: history, both notes, work orders, theirs.
    expect(four).toBe(7);
    expect(forty).toBe(four);
  });
});
