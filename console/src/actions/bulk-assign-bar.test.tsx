import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCache } from '../apollo-client';
import { DispatchProvider, useDispatch } from '../dispatch/dispatch-context';
import { FeedbackContext } from '../feedback/feedback-context';
import { permissionsMock } from './actions-mock';
import {
  BulkAssignWorkOrdersDocument,
  BulkItemDocument,
  type BulkItemFragment,
  DepartmentCrewsDocument,
} from './bulk-assign.graphql';
import { BulkAssignBar } from './bulk-assign-bar';

afterEach(cleanup);

function item(n: number, overrides: Partial<BulkItemFragment> = {}): BulkItemFragment {
  return {
    __typename: 'WorkOrder',
    id: `wo-${n}`,
    number: `WO-00000${n}`,
    version: n * 10,
    status: 'NEW',
    department: { __typename: 'Department', id: 'dep-streets', name: 'Streets' },
    ...overrides,
  };
}

function itemMock(workOrder: BulkItemFragment): MockLink.MockedResponse {
  return {
    request: { query: BulkItemDocument, variables: { id: workOrder.id, locale: 'EN' } },
    result: { data: { workOrder } },
  };
}

const crewsMock: MockLink.MockedResponse = {
  request: { query: DepartmentCrewsDocument, variables: { id: 'dep-streets' } },
  result: {
    data: {
      department: {
        __typename: 'Department',
        id: 'dep-streets',
        crews: [
          {
            __typename: 'Crew',
            id: 'crew-3',
            name: 'Crew 3',
            members: [
              { __typename: 'Staff', id: 'staff-9', name: 'Luis Ortega', active: true },
              { __typename: 'Staff', id: 'staff-4', name: 'Gone Away', active: false },
            ],
          },
        ],
      },
    },
  },
};

function Select({ ids }: { ids: string[] }) {
  const { setBulkSelection, bulkSelection } = useDispatch();
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on mount
  useEffect(() => setBulkSelection(ids), []);
  return <output data-testid="selection">{[...bulkSelection].join(',')}</output>;
}

function renderBar(
  ids: string[],
  mocks: MockLink.MockedResponse[],
  role: 'DISPATCHER' | 'FIELD_WORKER' = 'DISPATCHER',
) {
  const feedback = { announce: vi.fn(), toast: vi.fn() };
  render(
    <FeedbackContext value={feedback}>
      <MockedProvider mocks={[permissionsMock(role), ...mocks]} cache={createCache()}>
        <DispatchProvider>
          <Select ids={ids} />
          <BulkAssignBar />
        </DispatchProvider>
      </MockedProvider>
    </FeedbackContext>,
  );
  return { feedback, user: userEvent.setup() };
}

describe('BulkAssignBar', () => {
  it('assigns every selected work order at the version it was selected at', async () => {
    let sent = 0;
    const { user, feedback } = renderBar(
      ['wo-1', 'wo-2'],
      [
        itemMock(item(1)),
        itemMock(item(2)),
        crewsMock,
        {
          request: {
            query: BulkAssignWorkOrdersDocument,
            variables: {
              locale: 'EN',
              input: {
                items: [
                  { id: 'wo-1', expectedVersion: 10 },
                  { id: 'wo-2', expectedVersion: 20 },
                ],
                crewId: 'crew-3',
                assigneeId: 'staff-9',
              },
            },
          },
          result: () => {
            sent += 1;
            return {
              data: {
                bulkAssignWorkOrders: {
                  __typename: 'BulkAssignWorkOrdersPayload',
                  applied: true,
                  results: [1, 2].map((n) => ({
                    __typename: 'BulkAssignResult',
                    id: `wo-${n}`,
                    error: null,
                    workOrder: {
                      ...item(n, { version: n * 10 + 1, status: 'ASSIGNED' }),
                      crew: { __typename: 'Crew', id: 'crew-3', name: 'Crew 3' },
                      assignee: { __typename: 'Staff', id: 'staff-9', name: 'Luis Ortega' },
                    },
                  })),
                },
              },
            };
          },
        },
      ],
    );
    const region = await screen.findByRole('region', { name: 'Bulk assignment' });
    expect(within(region).getByText('2 work orders selected')).toBeTruthy();
    const select = await within(region).findByRole('combobox', { name: 'Assign to' });
    await within(region).findByRole('option', { name: 'Crew 3 (whole crew)' });
    // Inactive staff are not offered.
    expect(within(region).queryByRole('option', { name: 'Gone Away' })).toBeNull();
    await user.selectOptions(select, 'Luis Ortega');
    await user.click(within(region).getByRole('button', { name: 'Assign selected' }));
    await vi.waitFor(() => expect(sent).toBe(1));
    expect(feedback.toast).toHaveBeenCalledWith({
      message: '2 work orders assigned to Luis Ortega',
      tone: 'success',
    });
    // The selection is cleared, and the bar goes with it.
    await vi.waitFor(() => expect(screen.queryByRole('region')).toBeNull());
    expect(screen.getByTestId('selection').textContent).toBe('');
  });

  it('lists what was refused when nothing was applied, and retries at fresh versions', async () => {
    const answer = (applied: boolean) => ({
      data: {
        bulkAssignWorkOrders: {
          __typename: 'BulkAssignWorkOrdersPayload',
          applied,
          results: [
            {
              __typename: 'BulkAssignResult',
              id: 'wo-1',
              workOrder: null,
              error: applied
                ? null
                : {
                    __typename: 'WorkOrderChangeError',
                    code: 'NOT_APPLIED',
                    message: 'x',
                    currentVersion: null,
                  },
            },
            {
              __typename: 'BulkAssignResult',
              id: 'wo-2',
              workOrder: null,
              error: applied
                ? null
                : {
                    __typename: 'WorkOrderChangeError',
                    code: 'CONFLICT',
                    message: 'x',
                    currentVersion: 21,
                  },
            },
          ],
        },
      },
    });
    const sentVersions: number[][] = [];
    const bulk = (versions: [number, number], applied: boolean): MockLink.MockedResponse => ({
      request: {
        query: BulkAssignWorkOrdersDocument,
        variables: {
          locale: 'EN',
          input: {
            items: [
              { id: 'wo-1', expectedVersion: versions[0] },
              { id: 'wo-2', expectedVersion: versions[1] },
            ],
            crewId: 'crew-3',
            assigneeId: null,
          },
        },
      },
      result: () => {
        sentVersions.push(versions);
        return answer(applied) as never;
      },
    });
    const { user, feedback } = renderBar(
      ['wo-1', 'wo-2'],
      [
        itemMock(item(1)),
        itemMock(item(2)),
        crewsMock,
        bulk([10, 20], false),
        // Refresh: wo-2 moved to version 21.
        itemMock(item(1)),
        itemMock(item(2, { version: 21 })),
        bulk([10, 21], true),
      ],
    );
    const region = await screen.findByRole('region', { name: 'Bulk assignment' });
    const select = await within(region).findByRole('combobox', { name: 'Assign to' });
    await within(region).findByRole('option', { name: 'Crew 3 (whole crew)' });
    await user.selectOptions(select, 'Crew 3 (whole crew)');
    await user.click(within(region).getByRole('button', { name: 'Assign selected' }));
    expect(
      await within(region).findByText('Nothing was assigned: some work orders were refused.'),
    ).toBeTruthy();
    expect(
      within(region).getByText('WO-000002: changed by someone else since you selected it'),
    ).toBeTruthy();
    expect(within(region).getByText('1: not applied because others were refused')).toBeTruthy();
    expect(sentVersions).toEqual([[10, 20]]);

    await user.click(within(region).getByRole('button', { name: 'Refresh and retry' }));
    await vi.waitFor(() =>
      expect(sentVersions).toEqual([
        [10, 20],
        [10, 21],
      ]),
    );
    await vi.waitFor(() =>
      expect(feedback.toast).toHaveBeenCalledWith({
        message: '2 work orders assigned to Crew 3',
        tone: 'success',
      }),
    );
  });

  it('asks for one department when the selection spans several, and keeps the largest', async () => {
    const parks = { __typename: 'Department' as const, id: 'dep-parks', name: 'Parks' };
    const { user } = renderBar(
      ['wo-1', 'wo-2', 'wo-3'],
      [itemMock(item(1, { department: parks })), itemMock(item(2)), itemMock(item(3)), crewsMock],
    );
    const region = await screen.findByRole('region', { name: 'Bulk assignment' });
    expect(
      await within(region).findByText(
        'The selection spans 2 departments: one assignment needs one department.',
      ),
    ).toBeTruthy();
    expect(within(region).queryByRole('button', { name: 'Assign selected' })).toBeNull();
    await user.click(within(region).getByRole('button', { name: 'Keep only the 2 of Streets' }));
    expect(screen.getByTestId('selection').textContent).toBe('wo-2,wo-3');
    // One department now: its crews are offered.
    expect(await within(region).findByRole('option', { name: 'Crew 3 (whole crew)' })).toBeTruthy();
  });

  it('is not offered to someone who may not assign', async () => {
    renderBar(['wo-1'], [itemMock(item(1))], 'FIELD_WORKER');
    expect((await screen.findByTestId('selection')).textContent).toBe('wo-1');
    // Give the permissions query time to answer: the bar still does not appear.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('region', { name: 'Bulk assignment' })).toBeNull();
  });
});
