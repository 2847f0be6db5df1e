import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openAt, renderDispatch } from './dispatch-test-harness';
import { FiltersBar } from './filters-bar';
import { WorkOrderList } from './work-order-list';
import { WorkOrderIdsInViewDocument, WorkOrderListDocument } from './work-order-list.graphql';
import {
  filterOptionsMock,
  listMock,
  listPage,
  listVariables,
  workOrderItem,
} from './work-order-list-mock';

const bbox = { west: -112.2, south: 33.4, east: -112.0, north: 33.5 };
const moving = { west: -112.1, south: 33.4, east: -111.9, north: 33.5 };
const rested = { west: -112.0, south: 33.4, east: -111.8, north: 33.5 };
const threeRows = () => [workOrderItem(1), workOrderItem(2), workOrderItem(3)];

let scrolled: Element[] = [];
beforeEach(() => {
  openAt('/dispatch');
  scrolled = [];
  // jsdom lays nothing out: record which row the list brings into view.
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
});
afterEach(cleanup);

async function grid() {
  return screen.findByRole('grid', { name: 'Open work orders' });
}

function rowOf(number: string): HTMLElement {
  return screen.getByText(number).closest('tr') as HTMLElement;
}

function selectedParam(): string | null {
  return new URLSearchParams(window.location.search).get('selected');
}

describe('WorkOrderList', () => {
  it('lists open work with badges, who has it and when it is due; then follows the viewport', async () => {
    const whileMoving = vi.fn(() => ({ data: listPage([]) }));
    const harness = renderDispatch(<WorkOrderList />, {
      mocks: [
        filterOptionsMock(),
        listMock(
          listVariables(),
          listPage(
            [
              workOrderItem(1, { priority: 'URGENT', status: 'NEW', overdue: true }),
              workOrderItem(2, {
                assignee: null,
                crew: { __typename: 'Crew', id: 'crew-1', name: 'Streets North' },
              }),
              workOrderItem(3, { assignee: null }),
            ],
            { totalCount: 1234, estimate: false },
          ),
        ),
        listMock(
          listVariables({ open: true, bbox }),
          listPage([workOrderItem(2)], { totalCount: 124 }),
        ),
        {
          request: {
            query: WorkOrderListDocument,
            variables: listVariables({ open: true, bbox: moving }),
          },
          result: whileMoving,
        },
        listMock(
          listVariables({ open: true, bbox: rested }),
          listPage([workOrderItem(5)], { totalCount: 7 }),
        ),
      ],
    });
    const list = await grid();
    expect(screen.getByTestId('open-work-orders-total').textContent).toBe('1,234 open work orders');
    const first = within(rowOf('WO-000001'));
    expect(first.getByText('Urgent')).toBeTruthy();
    expect(first.getByText('New')).toBeTruthy();
    expect(first.getByText('Overdue')).toBeTruthy();
    expect(first.getByText('Staff Member 1')).toBeTruthy();
    expect(first.getByText('Pothole repair')).toBeTruthy();
    // 17:15 UTC is 10:15 in Phoenix, whatever the test machine's zone.
    expect(first.getByText('Nov 2, 2026').closest('time')?.textContent).toBe(
      'Nov 2, 2026 10:15 AM',
    );
    expect(within(rowOf('WO-000002')).getByText('Streets North')).toBeTruthy();
    expect(within(rowOf('WO-000003')).getByText('Unassigned')).toBeTruthy();
    expect(within(list).getAllByRole('row')).toHaveLength(4); // the header and three rows

    act(() => harness.dispatch().setViewport(bbox));
    await waitFor(() =>
      expect(screen.getByTestId('open-work-orders-total').textContent).toBe('124 in view'),
    );
    expect(screen.queryByText('WO-000001')).toBeNull();
    expect(screen.getByText('WO-000002')).toBeTruthy();

    // While the map moves, the list waits for it to rest, then asks once.
    act(() => harness.dispatch().setViewport(moving));
    act(() => harness.dispatch().setViewport(rested));
    await waitFor(() =>
      expect(screen.getByTestId('open-work-orders-total').textContent).toBe('7 in view'),
    );
    expect(screen.getByText('WO-000005')).toBeTruthy();
    expect(whileMoving).not.toHaveBeenCalled();
  });

  it('asks the graph with the filters from the address, the service code turned into its id', async () => {
    openAt(
      '/dispatch?status=NEW&status=ON_HOLD&priority=URGENT&department=dep-streets&service=STREETLIGHT&district=2&overdue=true&q=lamp',
    );
    renderDispatch(<WorkOrderList />, {
      mocks: [
        filterOptionsMock(),
        listMock(
          listVariables({
            statuses: ['NEW', 'ON_HOLD'],
            priorities: ['URGENT'],
            departmentId: 'dep-streets',
            serviceId: 'svc-light',
            district: 2,
            overdue: true,
            text: 'lamp',
          }),
          listPage([workOrderItem(9)], { totalCount: 1 }),
        ),
      ],
    });
    await grid();
    expect(screen.getByText('WO-000009')).toBeTruthy();
    expect(screen.getByTestId('open-work-orders-total').textContent).toBe('1 open work order');
  });

  it('shows nothing, without asking for everything, for a service the catalog does not have', async () => {
    openAt('/dispatch?service=GONE');
    const user = userEvent.setup();
    const everything = vi.fn(() => ({ data: listPage(threeRows()) }));
    const harness = renderDispatch(<WorkOrderList />, {
      mocks: [
        filterOptionsMock(),
        {
          request: { query: WorkOrderListDocument, variables: listVariables() },
          result: everything,
        },
      ],
    });
    expect(await screen.findByText('No open work orders match these filters here.')).toBeTruthy();
    expect(screen.queryByRole('grid')).toBeNull();
    expect(everything).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(harness.dispatch().filters.serviceCode).toBeNull();
    await grid();
    expect(everything).toHaveBeenCalledTimes(1);
  });

  it('selects from the list, and follows a selection made on the map', async () => {
    const user = userEvent.setup();
    const harness = renderDispatch(<WorkOrderList />, {
      mocks: [filterOptionsMock(), listMock(listVariables(), listPage(threeRows()))],
    });
    await grid();

    await user.click(rowOf('WO-000002'));
    expect(selectedParam()).toBe('wo-2');
    expect(harness.dispatch().selectionSource).toBe('list');
    expect(rowOf('WO-000002').getAttribute('aria-selected')).toBe('true');
    expect(rowOf('WO-000002').getAttribute('aria-current')).toBe('true');
    expect(rowOf('WO-000001').getAttribute('aria-selected')).toBe('false');
    // The list's own selection is already in view.
    expect(scrolled).toEqual([]);

    act(() => harness.dispatch().select('wo-3', 'map'));
    await waitFor(() => expect(rowOf('WO-000003').getAttribute('aria-selected')).toBe('true'));
    expect(rowOf('WO-000002').getAttribute('aria-selected')).toBe('false');
    expect(scrolled).toEqual([rowOf('WO-000003')]);
    // Tab now lands on the map's choice.
    expect(rowOf('WO-000003').tabIndex).toBe(0);
    expect(rowOf('WO-000001').tabIndex).toBe(-1);
  });

  it('scrolls to the work order a shared link selects once its row arrives', async () => {
    openAt('/dispatch?selected=wo-2');
    renderDispatch(<WorkOrderList />, {
      mocks: [filterOptionsMock(), listMock(listVariables(), listPage(threeRows()))],
    });
    await grid();
    await waitFor(() => expect(scrolled).toEqual([rowOf('WO-000002')]));
    expect(rowOf('WO-000002').getAttribute('aria-selected')).toBe('true');
  });

  it('adds a range to the bulk selection with Shift (click and Space), and clears it', async () => {
    const user = userEvent.setup();
    const rows = [1, 2, 3, 4, 5].map((n) => workOrderItem(n));
    const harness = renderDispatch(<WorkOrderList />, {
      mocks: [filterOptionsMock(), listMock(listVariables(), listPage(rows))],
    });
    await grid();

    await user.click(screen.getByRole('checkbox', { name: 'Add WO-000001 to the bulk selection' }));
    expect([...harness.dispatch().bulkSelection]).toEqual(['wo-1']);
    await user.keyboard('{Shift>}');
    await user.click(rowOf('WO-000003'));
    await user.keyboard('{/Shift}');
    expect([...harness.dispatch().bulkSelection].sort()).toEqual(['wo-1', 'wo-2', 'wo-3']);
    // A Shift-click is for the bulk selection, not the detail panel.
    expect(selectedParam()).toBeNull();
    expect(screen.getByText('3 selected')).toBeTruthy();
    expect(
      (
        screen.getByRole('checkbox', {
          name: 'Add WO-000002 to the bulk selection',
        }) as HTMLInputElement
      ).checked,
    ).toBe(true);

    // From the keyboard: Shift+Space on row 5 extends from row 3.
    act(() => rowOf('WO-000005').focus());
    await user.keyboard('{Shift>} {/Shift}');
    expect([...harness.dispatch().bulkSelection].sort()).toEqual([
      'wo-1',
      'wo-2',
      'wo-3',
      'wo-4',
      'wo-5',
    ]);
    // Shift on a selected row takes the range out again (from row 5 to row 4).
    act(() => rowOf('WO-000004').focus());
    await user.keyboard('{Shift>} {/Shift}');
    expect([...harness.dispatch().bulkSelection].sort()).toEqual(['wo-1', 'wo-2', 'wo-3']);

    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(harness.dispatch().bulkSelection.size).toBe(0);
    expect(screen.queryByText(/selected/)).toBeNull();
  });

  it('selects every match in view, not just the loaded page, up to 500', async () => {
    const user = userEvent.setup();
    const harness = renderDispatch(<WorkOrderList />, {
      mocks: [
        filterOptionsMock(),
        listMock(
          listVariables(),
          listPage(threeRows(), { totalCount: 600, hasNextPage: true, endCursor: 'c3' }),
        ),
        {
          request: {
            query: WorkOrderIdsInViewDocument,
            variables: { filter: { open: true }, first: 500 },
          },
          result: {
            data: {
              workOrders: {
                __typename: 'WorkOrderConnection',
                totalCount: 600,
                edges: Array.from({ length: 500 }, (_, i) => ({
                  __typename: 'WorkOrderEdge',
                  node: { __typename: 'WorkOrder', id: `wo-${i + 1}` },
                })),
              },
            },
          },
        },
      ],
    });
    await grid();
    await user.click(screen.getByRole('button', { name: 'Select all in view' }));
    await waitFor(() => expect(harness.dispatch().bulkSelection.size).toBe(500));
    expect(harness.dispatch().bulkSelection.has('wo-417')).toBe(true);
    expect(screen.getByText('500 selected Selected the first 500 of 600.')).toBeTruthy();
  });

  it('moves with the arrows, Home and End, and opens with Enter and Space', async () => {
    const user = userEvent.setup();
    renderDispatch(<WorkOrderList />, {
      mocks: [filterOptionsMock(), listMock(listVariables(), listPage(threeRows()))],
    });
    await grid();
    // One Tab stop for the whole grid: the first row until another is chosen.
    expect([1, 2, 3].map((n) => rowOf(`WO-00000${n}`).tabIndex)).toEqual([0, -1, -1]);

    act(() => rowOf('WO-000001').focus());
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rowOf('WO-000002'));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(rowOf('WO-000003'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rowOf('WO-000003'));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(rowOf('WO-000001'));
    await user.keyboard('{ArrowDown}{Enter}');
    expect(selectedParam()).toBe('wo-2');
    expect(rowOf('WO-000002').tabIndex).toBe(0);
    await user.keyboard('{ArrowUp} ');
    expect(selectedParam()).toBe('wo-1');
    // The checkbox of the focused row is the next Tab stop; Space there is the box's own.
    await user.tab();
    expect(document.activeElement).toBe(
      screen.getByRole('checkbox', { name: 'Add WO-000001 to the bulk selection' }),
    );
    await user.keyboard(' ');
    expect(selectedParam()).toBe('wo-1');
    expect((document.activeElement as HTMLInputElement).checked).toBe(true);
  });

  it('finds a work order by text and selects it with the keyboard alone', async () => {
    const user = userEvent.setup();
    renderDispatch(
      <>
        <FiltersBar />
        <WorkOrderList />
      </>,
      {
        mocks: [
          filterOptionsMock(),
          listMock(listVariables(), listPage(threeRows())),
          listMock(
            listVariables({ open: true, text: 'fire hydrant' }),
            listPage([workOrderItem(42, { summary: 'Leaking fire hydrant' })]),
          ),
        ],
      },
    );
    await grid();
    // The text box is the first stop.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search' }));
    await user.keyboard('fire hydrant');
    expect(await screen.findByText('Leaking fire hydrant')).toBeTruthy();
    act(() => rowOf('WO-000042').focus());
    await user.keyboard('{Enter}');
    expect(selectedParam()).toBe('wo-42');
  });

  it('fetches again after live changes, once per burst, so that new work appears', async () => {
    const again = vi.fn(() => ({ data: listPage([workOrderItem(4), ...threeRows()]) }));
    const harness = renderDispatch(<WorkOrderList />, {
      mocks: [
        filterOptionsMock(),
        listMock(listVariables(), listPage(threeRows())),
        {
          request: { query: WorkOrderListDocument, variables: listVariables() },
          result: again,
          maxUsageCount: 3,
        },
      ],
    });
    await grid();
    act(() => {
      harness.emit({ workOrderId: 'wo-4', action: 'CREATE' });
      harness.emit({ workOrderId: 'wo-1', action: 'ASSIGN' });
      harness.emit({ workOrderId: 'wo-2', action: 'START' });
    });
    expect(await screen.findByText('WO-000004')).toBeTruthy();
    expect(screen.getByTestId('open-work-orders-total').textContent).toBe('4 open work orders');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(again).toHaveBeenCalledTimes(1);
  });

  it('highlights work changed live a moment ago', async () => {
    renderDispatch(<WorkOrderList />, {
      mocks: [filterOptionsMock(), listMock(listVariables(), listPage(threeRows()))],
      recentlyChanged: new Set(['wo-2']),
    });
    await grid();
    expect(rowOf('WO-000002').classList.contains('is-recent')).toBe(true);
    expect(rowOf('WO-000001').classList.contains('is-recent')).toBe(false);
  });

  it('says what went wrong in words a dispatcher can act on, and retries', async () => {
    const user = userEvent.setup();
    renderDispatch(<WorkOrderList />, {
      mocks: [
        filterOptionsMock(),
        {
          request: { query: WorkOrderListDocument, variables: listVariables() },
          error: new TypeError('Failed to fetch'),
        },
        listMock(listVariables(), listPage(threeRows())),
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Open work orders could not be loaded.');
    expect(alert.textContent).toContain('You are offline. Check your connection');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await grid()).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('pages with Load more and speaks Spanish', async () => {
    const user = userEvent.setup();
    renderDispatch(<WorkOrderList />, {
      language: 'es',
      mocks: [
        filterOptionsMock('ES'),
        listMock(
          listVariables({ open: true }, { locale: 'ES' }),
          listPage([workOrderItem(1), workOrderItem(2)], {
            totalCount: 3,
            hasNextPage: true,
            endCursor: 'c2',
          }),
        ),
        listMock(
          listVariables({ open: true }, { locale: 'ES', after: 'c2' }),
          listPage([workOrderItem(3, { assignee: null })], { totalCount: 3, endCursor: 'c3' }),
        ),
      ],
    });
    await screen.findByRole('grid', { name: 'Órdenes de trabajo abiertas' });
    expect(screen.getByText('Se muestran 2 de 3')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cargar más' }));
    expect(await screen.findByText('Sin asignar')).toBeTruthy();
    expect(screen.getByText('Se muestran 3 de 3')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cargar más' })).toBeNull();
    expect(screen.getByTestId('open-work-orders-total').textContent).toBe(
      '3 órdenes de trabajo abiertas',
    );
  });
});
