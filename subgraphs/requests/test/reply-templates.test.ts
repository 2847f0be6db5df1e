import { staffCaller } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf } from '../src/lifecycle/actor';
import { createWorkOrder, insertServiceRequest } from '../src/lifecycle/create';
import { fillReplyTemplate } from '../src/lifecycle/reply-templates';
import { writeRequests } from '../src/lifecycle/requests-write';
import type { WorkOrderTransition } from '../src/lifecycle/state-machine';
import { changeWorkOrder, type WorkOrderPatch } from '../src/lifecycle/work-order-change';
import { type RequestsHarness, startRequestsHarness } from './harness';

const supervisor = actorOf(staffCaller('SUPERVISOR'));

let harness: RequestsHarness;
beforeAll(async () => {
  harness = await startRequestsHarness(40);
});
afterAll(() => harness?.close());

async function newWorkOrder(serviceCode: string, locale: 'en' | 'es') {
  const service = await harness.db
    .selectFrom('services')
    .selectAll()
    .where('code', '=', serviceCode)
    .executeTakeFirstOrThrow();
  return writeRequests(harness.db, supervisor, async (write) => {
    const request = await insertServiceRequest(write, {
      serviceId: service.id,
      channel: 'WEB',
      description: 'Reported for the reply template test',
      locale,
      lon: -112.07,
      lat: 33.45,
      address: '200 W Washington St',
      district: 7,
    });
    return { request, workOrder: await createWorkOrder(write, { request, service }) };
  });
}

async function move(id: string, transition: WorkOrderTransition, set?: WorkOrderPatch) {
  return writeRequests(harness.db, supervisor, (write) =>
    changeWorkOrder(write, id, null, () => ({
      action: transition,
      transition,
      ...(set ? { set } : {}),
      notes: [{ visibility: 'INTERNAL', body: `internal ${transition}` }],
    })),
  );
}

async function publicNotes(workOrderId: string) {
  const notes = await harness.db
    .selectFrom('notes')
    .select(['body', 'authorKind'])
    .where('workOrderId', '=', workOrderId)
    .where('visibility', '=', 'PUBLIC')
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  return notes.map((n) => n.body);
}

describe('reply templates', () => {
  it('fills placeholders and leaves unknown ones as written', () => {
    expect(
      fillReplyTemplate('{number} · {service} · {resolution} · {typo}', {
        number: 'PHX-26-000001',
        service: 'Bache',
        resolution: 'Reparado',
      }),
    ).toBe('PHX-26-000001 · Bache · Reparado · {typo}');
  });

  it("writes a public note in the request's own language on each state change, the service's own template first", async () => {
    const { request, workOrder } = await newWorkOrder('POTHOLE', 'es');
    await move(workOrder.id, 'ASSIGN');
    await move(workOrder.id, 'START');
    await move(workOrder.id, 'COMPLETE', { resolutionCode: 'REPAIRED', resolution: 'Cold patch' });
    const notes = await publicNotes(workOrder.id);
    expect(notes).toEqual([
      `Su reporte ${request.number} (Bache) fue revisado y asignado a una cuadrilla de la Ciudad de Phoenix. Publicaremos una actualización aquí cuando comience el trabajo.`,
      `Una cuadrilla está trabajando en su reporte ${request.number} (Bache).`,
      // POTHOLE has its own COMPLETED text; the resolution code's Spanish name fills it.
      `El bache de su reporte ${request.number} fue rellenado: Reparado. Es posible que se haga un parche permanente cuando se repavimente la calle.`,
    ]);
    // The mutation's own notes are kept beside the template's.
    const internal = await harness.db
      .selectFrom('notes')
      .select('body')
      .where('workOrderId', '=', workOrder.id)
      .where('visibility', '=', 'INTERNAL')
      .execute();
    expect(internal).toHaveLength(3);
  });

  it('uses the city-wide template where the service has none, in English for an English request', async () => {
    const { request, workOrder } = await newWorkOrder('POTHOLE', 'en');
    await move(workOrder.id, 'ASSIGN');
    await move(workOrder.id, 'START');
    await move(workOrder.id, 'HOLD', { holdReason: 'Waiting for asphalt' });
    await move(workOrder.id, 'CANCEL');
    const notes = await publicNotes(workOrder.id);
    expect(notes.slice(2)).toEqual([
      `Work on your report ${request.number} (Pothole) is paused for now, for example while we wait for materials, another agency or better weather. It stays open and we will resume as soon as we can.`,
      `Your report ${request.number} (Pothole) was closed without further work, for example because it had already been reported or is outside the city's responsibility. Thank you for letting us know.`,
    ]);
  });

  it('writes no public note for a status without a template, nor for a change that keeps the status', async () => {
    const { workOrder } = await newWorkOrder('DEAD_ANIMAL', 'en');
    await harness.db
      .deleteFrom('replyTemplates')
      .where('status', '=', 'ASSIGNED')
      .where('serviceId', 'is', null)
      .execute();
    await move(workOrder.id, 'ASSIGN');
    await writeRequests(harness.db, supervisor, (write) =>
      changeWorkOrder(write, workOrder.id, null, () => ({
        action: 'PRIORITY',
        set: { priority: 'HIGH' },
      })),
    );
    expect(await publicNotes(workOrder.id)).toEqual([]);
    await move(workOrder.id, 'START');
    expect(await publicNotes(workOrder.id)).toHaveLength(1);
  });

  it('a refused change writes no note', async () => {
    const { workOrder } = await newWorkOrder('GRAFFITI', 'en');
    await expect(move(workOrder.id, 'CLOSE')).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    expect(await publicNotes(workOrder.id)).toEqual([]);
  });
});
