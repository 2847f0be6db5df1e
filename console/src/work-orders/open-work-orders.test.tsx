import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createCache } from '../apollo-client';
import { CityProvider } from '../city/city-context';
import { cityMock } from '../city/city-mock';
import { RequireCity } from '../city/require-city';
import { workOrdersPageSize } from '../config';
import type { OpenWorkOrdersQuery, OpenWorkOrdersQueryVariables } from '../generated/graphql';
import { I18nContext, i18nFor } from '../i18n';
import { OpenWorkOrders } from './open-work-orders';
import { type OpenWorkOrder, OpenWorkOrdersDocument } from './open-work-orders.graphql';

afterEach(cleanup);

type Mock = MockLink.MockedResponse<OpenWorkOrdersQuery, OpenWorkOrdersQueryVariables>;

function workOrder(n: number, overrides: Partial<OpenWorkOrder> = {}): OpenWorkOrder {
  return {
    __typename: 'WorkOrder',
    id: `wo-${n}`,
    number: `WO-${String(n).padStart(6, '0')}`,
    summary: `Summary of work order ${n}`,
    status: 'ASSIGNED',
    priority: 'NORMAL',
    createdAt: '2026-10-30T17:15:00Z',
    dueAt: '2026-11-06T17:15:00Z',
    overdue: false,
    service: { __typename: 'Service', id: 'svc-pothole', name: 'Pothole repair' },
    department: { __typename: 'Department', id: 'dep-streets', name: 'Street Transportation' },
    assignee: { __typename: 'Staff', id: `staff-${n}`, name: `Staff Member ${n}` },
    asset: {
      __typename: 'Asset',
      id: `asset-${n}`,
      tag: `SL-${1000 + n}`,
      assetType: {
        __typename: 'AssetType',
        id: 'at-light',
        code: 'STREETLIGHT',
        name: 'Streetlight',
      },
    },
    ...overrides,
  };
}

function page(
  nodes: OpenWorkOrder[],
  totalCount: number,
  endCursor: string | null,
  hasNextPage: boolean,
): OpenWorkOrdersQuery {
  return {
    workOrders: {
      __typename: 'WorkOrderConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
      edges: nodes.map((node) => ({ __typename: 'WorkOrderEdge', node })),
    },
  };
}

const firstPageVariables: OpenWorkOrdersQueryVariables = {
  first: workOrdersPageSize,
  locale: 'EN',
};

// The list as the app shows it: once the city (and so its time zone) is known.
function cityAndWorkOrders(mocks: Mock[]) {
  return (
    <MockedProvider mocks={[cityMock(), ...mocks]} cache={createCache()}>
      <CityProvider>
        <RequireCity>
          <OpenWorkOrders />
        </RequireCity>
      </CityProvider>
    </MockedProvider>
  );
}

function renderWith(mocks: Mock[]) {
  return render(cityAndWorkOrders(mocks));
}

describe('OpenWorkOrders', () => {
  it('lists open work orders with assignee, asset, badges and the total count', async () => {
    const mocks: Mock[] = [
      {
        request: { query: OpenWorkOrdersDocument, variables: firstPageVariables },
        result: {
          data: page(
            [
              workOrder(1, { priority: 'URGENT', status: 'NEW' }),
              workOrder(2, { assignee: null, asset: null, overdue: true }),
            ],
            1234,
            'cursor-2',
            false,
          ),
        },
      },
    ];
    renderWith(mocks);

    expect(screen.getByRole('status')).toHaveProperty(
      'textContent',
      'Loading the city’s settings…',
    );
    // The list asks for work orders only once the city is known.
    const loading = await screen.findByText('Loading open work orders…');
    expect(loading.getAttribute('role')).toBe('status');
    const table = await screen.findByRole('table', { name: 'Open work orders, newest first' });
    expect(screen.getByText('1,234 open work orders')).toBeTruthy();

    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);

    const first = within(rows[0]!);
    expect(first.getByRole('rowheader').textContent).toBe('WO-000001');
    expect(first.getByText('Staff Member 1')).toBeTruthy();
    expect(first.getByText('SL-1001')).toBeTruthy();
    expect(first.getByText('Streetlight')).toBeTruthy();
    expect(first.getByText('Urgent')).toBeTruthy();
    expect(first.getByText('New')).toBeTruthy();
    expect(first.queryByText('Overdue')).toBeNull();
    // 17:15 UTC is 10:15 in Phoenix (no daylight saving), whatever the test machine's zone.
    const created = first.getByText('Oct 30, 2026').closest('time');
    expect(created?.textContent).toBe('Oct 30, 2026 10:15 AM');
    expect(created?.getAttribute('dateTime')).toBe('2026-10-30T17:15:00Z');
    // Every work order has a due time (`dueAt: DateTime!`).
    const due = first.getByText('Nov 6, 2026').closest('time');
    expect(due?.textContent).toBe('Nov 6, 2026 10:15 AM');
    expect(due?.getAttribute('dateTime')).toBe('2026-11-06T17:15:00Z');

    const second = within(rows[1]!);
    expect(second.getByText('Unassigned')).toBeTruthy();
    expect(second.getByText('Overdue')).toBeTruthy();
    expect(second.getByText('—')).toBeTruthy();

    // Only one page exists, so there is nothing more to load.
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('speaks Spanish and asks the graph for Spanish names', async () => {
    render(
      <I18nContext value={i18nFor('es')}>
        {cityAndWorkOrders([
          {
            request: {
              query: OpenWorkOrdersDocument,
              variables: { first: workOrdersPageSize, locale: 'ES' },
            },
            result: { data: page([workOrder(1, { assignee: null })], 1234, null, false) },
          },
        ])}
      </I18nContext>,
    );
    expect(await screen.findByText('1234 órdenes de trabajo abiertas')).toBeTruthy();
    expect(screen.getByText('Sin asignar')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Asignada a' })).toBeTruthy();
  });

  it('shows the empty state', async () => {
    renderWith([
      {
        request: { query: OpenWorkOrdersDocument, variables: firstPageVariables },
        result: { data: page([], 0, null, false) },
      },
    ]);
    expect(await screen.findByText('No open work orders.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the error with a Retry button that loads the list again', async () => {
    const user = userEvent.setup();
    renderWith([
      {
        request: { query: OpenWorkOrdersDocument, variables: firstPageVariables },
        error: new Error('Gateway unavailable'),
      },
      {
        request: { query: OpenWorkOrdersDocument, variables: firstPageVariables },
        result: { data: page([workOrder(7)], 1, null, false) },
      },
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Open work orders could not be loaded.');
    expect(alert.textContent).toContain('Gateway unavailable');

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('Staff Member 7')).toBeTruthy();
    expect(screen.getByText('1 open work order')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('appends the next page when Load more is pressed', async () => {
    const user = userEvent.setup();
    renderWith([
      {
        request: { query: OpenWorkOrdersDocument, variables: firstPageVariables },
        result: { data: page([workOrder(1), workOrder(2)], 3, 'cursor-2', true) },
      },
      {
        request: {
          query: OpenWorkOrdersDocument,
          variables: { ...firstPageVariables, after: 'cursor-2' },
        },
        result: { data: page([workOrder(3)], 3, 'cursor-3', false) },
      },
    ]);

    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText('Showing 2 of 3')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Staff Member 3')).toBeTruthy();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'WO-000001',
      'WO-000002',
      'WO-000003',
    ]);
    expect(screen.getByText('Showing 3 of 3')).toBeTruthy();
    expect(screen.getByText('3 open work orders')).toBeTruthy();
    // The last page is in: the button goes away.
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });
});
