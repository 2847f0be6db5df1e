import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCache } from '../apollo-client';
import { CityProvider } from '../city/city-context';
import { cityMock } from '../city/city-mock';
import { RequireCity } from '../city/require-city';
import { FeedbackContext } from '../feedback/feedback-context';
import { I18nContext, i18nFor, type Language } from '../i18n';
import {
  actionableWorkOrder,
  permissionsMock,
  type ROLE_PERMISSIONS,
  workOrderMock,
} from './actions-mock';
import { WorkOrderActions } from './work-order-actions';
import type { ActionableWorkOrder, FreshWorkOrder } from './work-order-actions.graphql';
import {
  AssignmentCandidatesDocument,
  RequestByNumberDocument,
  WorkOrderHistoryDocument,
} from './work-order-actions.graphql';
import {
  AssignWorkOrderDocument,
  ChangeWorkOrderPriorityDocument,
  CompleteWorkOrderDocument,
  MarkDuplicateDocument,
  StartWorkOrderDocument,
} from './work-order-mutations.graphql';

afterEach(cleanup);

function renderActions({
  role,
  workOrder,
  mocks = [],
  me,
  language = 'en',
  layout = 'panel',
}: {
  role: keyof typeof ROLE_PERMISSIONS;
  workOrder: ActionableWorkOrder;
  mocks?: MockLink.MockedResponse[];
  me?: { id?: string; crewId?: string | null };
  language?: Language;
  layout?: 'panel' | 'phone';
}) {
  const feedback = { announce: vi.fn(), toast: vi.fn() };
  const user = userEvent.setup();
  render(
    <I18nContext value={i18nFor(language)}>
      <FeedbackContext value={feedback}>
        <MockedProvider
          mocks={[
            cityMock(),
            permissionsMock(role, me),
            workOrderMock(workOrder, language === 'es' ? 'ES' : 'EN'),
            ...mocks,
          ]}
          cache={createCache()}
        >
          <CityProvider>
            <RequireCity>
              <button type="button">Elsewhere</button>
              <WorkOrderActions workOrderId={workOrder.id} layout={layout} />
            </RequireCity>
          </CityProvider>
        </MockedProvider>
      </FeedbackContext>
    </I18nContext>,
  );
  return { feedback, user };
}

async function offered(): Promise<string[]> {
  const group = await screen.findByRole('group', { name: /^Actions on / });
  return within(group)
    .getAllByRole('button')
    .map((b) => b.textContent ?? '');
}

describe('WorkOrderActions: what is offered', () => {
  it('offers a dispatcher assignment, priority, notes and triage, never closing or field work', async () => {
    renderActions({ role: 'DISPATCHER', workOrder: actionableWorkOrder({ status: 'ASSIGNED' }) });
    expect(await offered()).toEqual(['Reassign', 'Change priority', 'Add note', 'Mark duplicate']);
  });

  it('offers Assign (not Reassign) on new, unassigned work', async () => {
    renderActions({
      role: 'DISPATCHER',
      workOrder: actionableWorkOrder({ status: 'NEW', crew: null, assignee: null }),
    });
    expect(await offered()).toContain('Assign');
  });

  it('offers a dispatcher nothing that closes completed work', async () => {
    renderActions({ role: 'DISPATCHER', workOrder: actionableWorkOrder({ status: 'COMPLETED' }) });
    expect(await offered()).toEqual(['Add note']);
  });

  it('offers a supervisor Close and Reopen on completed work', async () => {
    renderActions({ role: 'SUPERVISOR', workOrder: actionableWorkOrder({ status: 'COMPLETED' }) });
    expect(await offered()).toEqual(['Close', 'Reopen', 'Add note']);
  });

  it('offers a supervisor field work and cancelling on anyone’s open work', async () => {
    renderActions({
      role: 'SUPERVISOR',
      workOrder: actionableWorkOrder({
        status: 'IN_PROGRESS',
        crew: { __typename: 'Crew', id: 'crew-9', name: 'Crew 9' },
      }),
      me: { crewId: null },
    });
    expect(await offered()).toEqual([
      'Put on hold',
      'Complete',
      'Reassign',
      'Change priority',
      'Add note',
      'Mark duplicate',
      'Cancel work order',
    ]);
  });

  it('offers a field worker Start on their crew’s work', async () => {
    renderActions({ role: 'FIELD_WORKER', workOrder: actionableWorkOrder({ status: 'ASSIGNED' }) });
    expect(await offered()).toEqual(['Start', 'Add note']);
  });

  it('offers a field worker Start on work assigned to them in person', async () => {
    renderActions({
      role: 'FIELD_WORKER',
      workOrder: actionableWorkOrder({
        crew: { __typename: 'Crew', id: 'crew-9', name: 'Crew 9' },
        assignee: { __typename: 'Staff', id: 'staff-7', name: 'Ana Ruiz' },
      }),
    });
    expect(await offered()).toEqual(['Start', 'Add note']);
  });

  it('offers a field worker no field work on another crew’s work', async () => {
    renderActions({
      role: 'FIELD_WORKER',
      workOrder: actionableWorkOrder({
        crew: { __typename: 'Crew', id: 'crew-9', name: 'Crew 9' },
      }),
    });
    expect(await offered()).toEqual(['Add note']);
  });

  it('offers an analyst nothing, and says so', async () => {
    renderActions({ role: 'ANALYST', workOrder: actionableWorkOrder() });
    expect(await screen.findByText('There is nothing you can do to this work order.')).toBeTruthy();
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('speaks Spanish', async () => {
    renderActions({ role: 'FIELD_WORKER', workOrder: actionableWorkOrder(), language: 'es' });
    const group = await screen.findByRole('group', { name: 'Acciones sobre WO-000123' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Iniciar', 'Añadir nota']);
  });
});

describe('WorkOrderActions: dialogs', () => {
  it('ranks the candidates as the graph does and assigns at the version the person saw', async () => {
    let sent = 0;
    const { user, feedback } = renderActions({
      role: 'DISPATCHER',
      workOrder: actionableWorkOrder({ status: 'NEW', crew: null, version: 3 }),
      mocks: [
        {
          request: { query: AssignmentCandidatesDocument, variables: { id: 'wo-1' } },
          result: {
            data: {
              workOrder: {
                __typename: 'WorkOrder',
                id: 'wo-1',
                assignmentCandidates: [
                  {
                    __typename: 'AssignmentCandidate',
                    availability: 'AVAILABLE',
                    openWorkOrders: 1,
                    distanceMeters: 850,
                    crew: { __typename: 'Crew', id: 'crew-3', name: 'Crew 3' },
                    staff: null,
                  },
                  {
                    __typename: 'AssignmentCandidate',
                    availability: 'BUSY',
                    openWorkOrders: 3,
                    distanceMeters: 1234,
                    crew: { __typename: 'Crew', id: 'crew-3', name: 'Crew 3' },
                    staff: { __typename: 'Staff', id: 'staff-9', name: 'Luis Ortega' },
                  },
                  {
                    __typename: 'AssignmentCandidate',
                    availability: 'OFF_SHIFT',
                    openWorkOrders: 0,
                    distanceMeters: null,
                    crew: { __typename: 'Crew', id: 'crew-5', name: 'Crew 5' },
                    staff: null,
                  },
                ],
              },
            },
          },
        },
        {
          request: {
            query: AssignWorkOrderDocument,
            variables: {
              locale: 'EN',
              input: { id: 'wo-1', expectedVersion: 3, crewId: 'crew-3', assigneeId: 'staff-9' },
            },
          },
          result: () => {
            sent += 1;
            return {
              data: {
                assignWorkOrder: {
                  __typename: 'AssignWorkOrderPayload',
                  workOrder: actionableWorkOrder({
                    version: 4,
                    assignee: { __typename: 'Staff', id: 'staff-9', name: 'Luis Ortega' },
                  }),
                },
              },
            };
          },
        },
      ],
    });
    const assign = await screen.findByRole('button', { name: 'Assign' });
    await user.click(assign);
    const dialog = screen.getByRole('dialog', { name: 'Assign WO-000123' });
    const radios = await within(dialog).findAllByRole('radio');
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual([
      'Crew 3, Whole crewAvailable, 1 open, 850 m away',
      'Luis Ortega, Crew 3Busy, 3 open, 1.2 km away',
      'Crew 5, Whole crewOff shift, 0 open, Distance unknown',
    ]);
    // The best candidate has focus; nothing is chosen for the person.
    expect(document.activeElement).toBe(radios[0]);
    expect(radios.some((r) => (r as HTMLInputElement).checked)).toBe(false);

    // Submitting without a choice says what is missing, and sends nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));
    expect(within(dialog).getByText('Choose a crew or a person.')).toBeTruthy();
    expect(sent).toBe(0);

    await user.click(radios[1]!);
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toBe(1);
    expect(feedback.toast).toHaveBeenCalledWith({
      message: 'WO-000123 assigned to Luis Ortega',
      tone: 'success',
    });
    // Focus goes back to the button that opened the dialog.
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reassign' })),
    );
  });

  it('validates a hold reason beside the field and closes on Escape', async () => {
    const { user } = renderActions({
      role: 'FIELD_WORKER',
      workOrder: actionableWorkOrder({ status: 'IN_PROGRESS' }),
    });
    const hold = await screen.findByRole('button', { name: 'Put on hold' });
    await user.click(hold);
    const dialog = screen.getByRole('dialog', { name: 'Put WO-000123 on hold' });
    const reason = within(dialog).getByRole('textbox', { name: 'Reason' });
    expect(document.activeElement).toBe(reason);
    await user.click(within(dialog).getByRole('button', { name: 'Put on hold' }));
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByText('Reason is required.')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(hold));
  });

  it('completes with one of the service’s resolution codes and a note', async () => {
    let sent = 0;
    const { user, feedback } = renderActions({
      role: 'FIELD_WORKER',
      layout: 'phone',
      workOrder: actionableWorkOrder({ status: 'IN_PROGRESS', version: 8 }),
      mocks: [
        {
          request: {
            query: CompleteWorkOrderDocument,
            variables: {
              locale: 'EN',
              input: {
                id: 'wo-1',
                expectedVersion: 8,
                resolutionCode: 'REPAIRED',
                note: 'Filled and rolled',
              },
            },
          },
          result: () => {
            sent += 1;
            return {
              data: {
                completeWorkOrder: {
                  __typename: 'CompleteWorkOrderPayload',
                  workOrder: actionableWorkOrder({ status: 'COMPLETED', version: 9 }),
                },
              },
            };
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Complete' }));
    const dialog = screen.getByRole('dialog', { name: 'Complete WO-000123' });
    expect(dialog.className).toContain('action-dialog--phone');
    await user.click(within(dialog).getByRole('button', { name: 'Complete' }));
    expect(within(dialog).getByText('Resolution is required.')).toBeTruthy();
    expect(within(dialog).getByText('Note is required.')).toBeTruthy();
    // Focus goes to the first field to fix.
    expect(document.activeElement).toBe(
      within(dialog).getByRole('combobox', { name: 'Resolution' }),
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Resolution' }),
      'Repaired',
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Note' }), '  Filled and rolled ');
    await user.click(within(dialog).getByRole('button', { name: 'Complete' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toBe(1);
    expect(feedback.toast).toHaveBeenCalledWith({
      message: 'WO-000123 completed',
      tone: 'success',
    });
    // Completed: the field worker has nothing more to do but notes; focus lands on what is left.
    expect(await offered()).toEqual(['Add note']);
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add note' })),
    );
  });

  it('looks up the original by number before marking a duplicate, at the request’s version', async () => {
    let sent = 0;
    const { user, feedback } = renderActions({
      role: 'DISPATCHER',
      workOrder: actionableWorkOrder(),
      mocks: [
        {
          request: { query: RequestByNumberDocument, variables: { number: 'SR-404' } },
          result: { data: { serviceRequest: null } },
        },
        {
          request: { query: RequestByNumberDocument, variables: { number: 'SR-000042' } },
          result: {
            data: {
              serviceRequest: {
                __typename: 'ServiceRequest',
                id: 'sr-42',
                number: 'SR-000042',
                service: { __typename: 'Service', id: 'svc-pothole' },
              },
            },
          },
        },
        {
          request: {
            query: MarkDuplicateDocument,
            variables: {
              locale: 'EN',
              input: { id: 'sr-1', originalId: 'sr-42', expectedVersion: 2 },
            },
          },
          result: () => {
            sent += 1;
            return {
              data: {
                markDuplicate: {
                  __typename: 'MarkDuplicatePayload',
                  original: { __typename: 'ServiceRequest', id: 'sr-42', number: 'SR-000042' },
                  serviceRequest: {
                    __typename: 'ServiceRequest',
                    id: 'sr-1',
                    version: 3,
                    workOrders: [actionableWorkOrder({ status: 'CANCELLED', version: 4 })],
                  },
                },
              },
            };
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Mark duplicate' }));
    const dialog = screen.getByRole('dialog', { name: 'Mark WO-000123 as a duplicate' });
    const number = within(dialog).getByRole('textbox', { name: /Number of the original request/ });
    await user.type(number, 'sr-404');
    await user.click(within(dialog).getByRole('button', { name: 'Mark duplicate' }));
    expect(await within(dialog).findByText('No request numbered SR-404 was found.')).toBeTruthy();
    expect(sent).toBe(0);
    await user.clear(number);
    await user.type(number, 'SR-000042');
    await user.click(within(dialog).getByRole('button', { name: 'Mark duplicate' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toBe(1);
    expect(feedback.toast).toHaveBeenCalledWith({
      message: 'WO-000123 marked as a duplicate of SR-000042',
      tone: 'success',
    });
    // Its work order was cancelled with it: only notes are left.
    expect(await offered()).toEqual(['Add note']);
  });

  it('says why a change is refused by its kind: forbidden', async () => {
    const { user } = renderActions({
      role: 'FIELD_WORKER',
      workOrder: actionableWorkOrder(),
      mocks: [
        {
          request: {
            query: StartWorkOrderDocument,
            variables: { locale: 'EN', input: { id: 'wo-1', expectedVersion: 3 } },
          },
          result: {
            errors: [new GraphQLError('not yours', { extensions: { code: 'FORBIDDEN' } })],
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    const dialog = screen.getByRole('dialog', { name: 'Start WO-000123' });
    await user.click(within(dialog).getByRole('button', { name: 'Start work' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'You don’t have permission to do this. Ask a supervisor.',
    );
  });
});

describe('WorkOrderActions: a stale edit', () => {
  const fresh: FreshWorkOrder = {
    ...actionableWorkOrder({
      version: 5,
      priority: 'HIGH',
      crew: { __typename: 'Crew', id: 'crew-5', name: 'Crew 5' },
      assignee: { __typename: 'Staff', id: 'staff-9', name: 'Luis Ortega' },
    }),
    history: [
      {
        __typename: 'HistoryEntry',
        at: '2026-11-01T11:00:00Z',
        action: 'ASSIGN',
        version: 3,
        actor: {
          __typename: 'ChangeActor',
          kind: 'STAFF',
          id: 'staff-2',
          staff: { __typename: 'Staff', id: 'staff-2', name: 'Dana Díaz' },
        },
        changes: [],
      },
      {
        __typename: 'HistoryEntry',
        at: '2026-11-01T12:04:00Z',
        action: 'ASSIGN',
        version: 4,
        actor: {
          __typename: 'ChangeActor',
          kind: 'STAFF',
          id: 'staff-2',
          staff: { __typename: 'Staff', id: 'staff-2', name: 'Dana Díaz' },
        },
        changes: [],
      },
      {
        __typename: 'HistoryEntry',
        at: '2026-11-01T12:05:00Z',
        action: 'PRIORITY',
        version: 5,
        actor: {
          __typename: 'ChangeActor',
          kind: 'STAFF',
          id: 'staff-2',
          staff: { __typename: 'Staff', id: 'staff-2', name: 'Dana Díaz' },
        },
        changes: [{ __typename: 'FieldChange', field: 'priority', from: 'NORMAL', to: 'HIGH' }],
      },
    ],
  };

  it('shows who changed what, the fresh version, and re-sends only when the person says so', async () => {
    const sent: number[] = [];
    const priorityMock = (
      expectedVersion: number,
      answer: () => MockLink.MockedResponse['result'],
    ) => ({
      request: {
        query: ChangeWorkOrderPriorityDocument,
        variables: { locale: 'EN', input: { id: 'wo-1', expectedVersion, priority: 'URGENT' } },
      },
      result: () => {
        sent.push(expectedVersion);
        return answer() as never;
      },
    });
    const { user, feedback } = renderActions({
      role: 'SUPERVISOR',
      workOrder: actionableWorkOrder({ status: 'ASSIGNED' }),
      mocks: [
        priorityMock(3, () => ({
          errors: [
            new GraphQLError('Work order WO-000123 changed since version 3', {
              extensions: {
                code: 'CONFLICT',
                currentVersion: 5,
                lastChangedBy: { kind: 'STAFF', id: 'staff-2' },
                lastChangedAt: '2026-11-01T12:05:00Z',
              },
            }),
          ],
        })),
        {
          request: { query: WorkOrderHistoryDocument, variables: { id: 'wo-1', locale: 'EN' } },
          result: { data: { workOrder: fresh } },
        },
        priorityMock(5, () => ({
          data: {
            changeWorkOrderPriority: {
              __typename: 'ChangeWorkOrderPriorityPayload',
              workOrder: { ...actionableWorkOrder({ ...fresh, priority: 'URGENT', version: 6 }) },
            },
          },
        })),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Change priority' }));
    const dialog = screen.getByRole('dialog', { name: 'Change the priority of WO-000123' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Priority' }), 'URGENT');
    await user.click(within(dialog).getByRole('button', { name: 'Change priority' }));

    const conflict = await screen.findByRole('dialog', {
      name: 'WO-000123 changed while you were working on it',
    });
    const view = within(conflict);
    // Who and when, in the city's time zone (Phoenix: UTC-7).
    expect(
      await view.findByText(
        'Dana Díaz changed WO-000123 on Nov 1, 2026 5:05 AM, after you opened it. Your change was not saved: nothing was overwritten.',
      ),
    ).toBeTruthy();
    // What: what the person saw against the fresh work order.
    const changes = await view.findByRole('list', { name: 'What changed' });
    expect(
      within(changes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Priority: Normal → High', 'Crew: Crew 3 → Crew 5', 'Assignee: none → Luis Ortega']);
    expect(view.getByText('Assigned — Dana Díaz — Nov 1, 2026 5:04 AM')).toBeTruthy();
    expect(view.getByText('Priority changed — Dana Díaz — Nov 1, 2026 5:05 AM')).toBeTruthy();
    expect(view.getByText('The panel now shows the fresh version (version 5).')).toBeTruthy();
    // Nothing was re-sent behind the person's back.
    expect(sent).toEqual([3]);
    expect(feedback.toast).not.toHaveBeenCalled();

    await user.click(view.getByRole('button', { name: 'Apply my change to the fresh version' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toEqual([3, 5]);
    expect(feedback.toast).toHaveBeenCalledWith({
      message: 'WO-000123: priority Urgent',
      tone: 'success',
    });
  });

  it('closes on "Review the fresh version" without sending anything again', async () => {
    let sends = 0;
    const { user } = renderActions({
      role: 'SUPERVISOR',
      workOrder: actionableWorkOrder({ status: 'ASSIGNED' }),
      mocks: [
        {
          request: {
            query: ChangeWorkOrderPriorityDocument,
            variables: {
              locale: 'EN',
              input: { id: 'wo-1', expectedVersion: 3, priority: 'URGENT' },
            },
          },
          result: () => {
            sends += 1;
            return {
              errors: [
                new GraphQLError('changed', {
                  extensions: {
                    code: 'CONFLICT',
                    currentVersion: 5,
                    lastChangedBy: { kind: 'STAFF', id: 'staff-7' },
                    lastChangedAt: '2026-11-01T12:05:00Z',
                  },
                }),
              ],
            };
          },
        },
        {
          request: { query: WorkOrderHistoryDocument, variables: { id: 'wo-1', locale: 'EN' } },
          result: {
            data: {
              workOrder: {
                ...fresh,
                history: fresh.history.map((h) => ({
                  ...h,
                  actor: {
                    ...h.actor,
                    id: 'staff-7',
                    staff: { __typename: 'Staff' as const, id: 'staff-7', name: 'Ana Ruiz' },
                  },
                })),
              },
            },
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Change priority' }));
    const dialog = screen.getByRole('dialog');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Priority' }), 'URGENT');
    await user.click(within(dialog).getByRole('button', { name: 'Change priority' }));
    // The same person in another window is told so.
    expect(
      await screen.findByText(
        /^You \(in another window\) changed WO-000123 on Nov 1, 2026 5:05 AM/,
      ),
    ).toBeTruthy();
    const review = await screen.findByRole('button', { name: 'Review the fresh version' });
    await vi.waitFor(() => expect(document.activeElement).toBe(review));
    await user.click(review);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(sends).toBe(1);
  });

  it('says from and to when the status no longer allows the change', async () => {
    const { user } = renderActions({
      role: 'FIELD_WORKER',
      workOrder: actionableWorkOrder(),
      mocks: [
        {
          request: {
            query: StartWorkOrderDocument,
            variables: { locale: 'EN', input: { id: 'wo-1', expectedVersion: 3 } },
          },
          result: {
            errors: [
              new GraphQLError('cannot', {
                extensions: { code: 'INVALID_TRANSITION', from: 'CANCELLED', to: 'IN_PROGRESS' },
              }),
            ],
          },
        },
        {
          request: { query: WorkOrderHistoryDocument, variables: { id: 'wo-1', locale: 'EN' } },
          result: { data: { workOrder: { ...fresh, status: 'CANCELLED' } } },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('button', { name: 'Start work' }));
    expect(
      await screen.findByText(
        'This work order is Cancelled now: it cannot become In progress. The panel shows it as it is.',
      ),
    ).toBeTruthy();
  });
});
