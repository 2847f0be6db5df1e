import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MyWorkOrdersQuery } from '../generated/graphql';
import { MyWorkOrdersDocument } from './my-work.graphql';
import { LIVE_REFETCH_DELAY_MS } from './my-work-list';
import {
  cityHall,
  detail,
  luis,
  rosa,
  staffMock,
  workOrder,
  workOrderMock,
  workOrdersMock,
  workOrdersVariables,
} from './my-work-mocks';
import { fakeGeolocation, fakeLive, renderMyWork } from './my-work-test-kit';

afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, 'geolocation');
});

const cardNumbers = () =>
  screen
    .getAllByTestId('my-work-card')
    .map((card) => within(card).getByText(/^WO-\d+$/).textContent);

// Two of mine (one overdue), one in both lists, two of my crew's (one a colleague's).
const mineLater = workOrder(1, { assignee: rosa, dueAt: '2026-11-08T17:15:00Z' });
const mineOverdue = workOrder(2, {
  assignee: rosa,
  dueAt: '2026-10-30T17:15:00Z',
  overdue: true,
  priority: 'URGENT',
});
const colleagues = workOrder(3, { assignee: luis, dueAt: '2026-11-02T17:15:00Z' });
const unassigned = workOrder(4, { dueAt: '2026-11-04T17:15:00Z', status: 'NEW' });

describe('MyWorkPage', () => {
  it('lists my open work and my crew’s once each, overdue first then due soonest, labelled', async () => {
    const user = userEvent.setup();
    const locate = fakeGeolocation({ ...cityHall });
    renderMyWork([
      staffMock(),
      workOrdersMock([mineLater, mineOverdue], [colleagues, mineLater, unassigned]),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'My work' })).toBeTruthy();
    await screen.findAllByTestId('my-work-card');
    expect(cardNumbers()).toEqual(['WO-000002', 'WO-000003', 'WO-000004', 'WO-000001']);
    expect(screen.getByTestId('my-work-count').textContent).toBe('4 open work orders');
    expect(screen.getByText('Open work assigned to you or your crew, Streets North.')).toBeTruthy();
    expect(screen.getByTestId('my-work-order-note').textContent).toBe(
      'Overdue first, then due soonest.',
    );

    const [overdue, colleague, open] = screen.getAllByTestId('my-work-card');
    const first = within(overdue!);
    expect(first.getByText('Assigned to you')).toBeTruthy();
    expect(first.getByText('Overdue')).toBeTruthy();
    expect(first.getByText('Urgent')).toBeTruthy();
    expect(first.getByText('102 W Washington St')).toBeTruthy();
    expect(first.getByText('Pothole repair')).toBeTruthy();
    // 17:15 UTC is 10:15 in Phoenix, whatever the test machine's zone.
    expect(first.getByText('Due Oct 30, 2026, 10:15 AM').getAttribute('dateTime')).toBe(
      '2026-10-30T17:15:00Z',
    );
    expect(
      first.getByRole('link', { name: 'Work order WO-000002: Summary of work order 2' }),
    ).toHaveProperty('href', 'http://localhost:3000/my-work?workOrder=wo-2');
    expect(within(colleague!).getByText('Your crew: Luis Ortega')).toBeTruthy();
    expect(within(open!).getByText('Your crew: not yet assigned')).toBeTruthy();
    expect(within(open!).getByText('New')).toBeTruthy();
    // No distances, and the phone was not asked where it is.
    expect(screen.queryByTestId('my-work-distance')).toBeNull();
    expect(locate).not.toHaveBeenCalled();

    const filters = screen.getByRole('group', { name: 'Show' });
    const all = within(filters).getByRole('button', { name: 'All 4' });
    expect(all.getAttribute('aria-pressed')).toBe('true');
    await user.click(within(filters).getByRole('button', { name: 'Mine 2' }));
    expect(cardNumbers()).toEqual(['WO-000002', 'WO-000001']);
    expect(window.location.search).toBe('?show=mine');
    await user.click(within(filters).getByRole('button', { name: 'Crew 2' }));
    expect(cardNumbers()).toEqual(['WO-000003', 'WO-000004']);
    await user.click(all);
    expect(cardNumbers()).toHaveLength(4);
    expect(window.location.search).toBe('');
  });

  it('sorts nearest first on a tap, with distances, and back to the due order', async () => {
    const user = userEvent.setup();
    // Longitude steps of 0.01° at 33.45° N are about 928 m.
    const at = (dLon: number) => ({
      __typename: 'GeoPoint' as const,
      lon: -112 + dLon,
      lat: 33.45,
    });
    const locate = fakeGeolocation({ lon: -112, lat: 33.45, accuracy: 25 });
    renderMyWork([
      staffMock(),
      workOrdersMock(
        [
          workOrder(1, { assignee: rosa, location: at(0.0135), dueAt: '2026-11-02T17:15:00Z' }),
          workOrder(2, { assignee: rosa, location: at(0.00916), dueAt: '2026-11-03T17:15:00Z' }),
        ],
        [workOrder(3, { location: at(0.2), dueAt: '2026-11-01T17:15:00Z' })],
      ),
    ]);
    await screen.findAllByTestId('my-work-card');
    expect(cardNumbers()).toEqual(['WO-000003', 'WO-000001', 'WO-000002']);

    const sort = screen.getByRole('button', { name: 'Sort by distance' });
    expect(sort.getAttribute('aria-pressed')).toBe('false');
    await user.click(sort);

    expect(locate).toHaveBeenCalledTimes(1);
    expect(cardNumbers()).toEqual(['WO-000002', 'WO-000001', 'WO-000003']);
    expect(sort.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getAllByTestId('my-work-distance').map((d) => d.textContent)).toEqual([
      '850 m away',
      '1.3 km away',
      '18.6 km away',
    ]);
    expect(screen.getByTestId('my-work-order-note').textContent).toBe(
      'Nearest first, from where you are (within 30 m).',
    );

    // Pressed again: the due order, the distances still shown, and no second prompt.
    await user.click(sort);
    expect(cardNumbers()).toEqual(['WO-000003', 'WO-000001', 'WO-000002']);
    expect(screen.getAllByTestId('my-work-distance')).toHaveLength(3);
    await user.click(sort);
    expect(cardNumbers()).toEqual(['WO-000002', 'WO-000001', 'WO-000003']);
    expect(locate).toHaveBeenCalledTimes(1);
  });

  it('says politely that location is not allowed and keeps the due order', async () => {
    const user = userEvent.setup();
    const locate = fakeGeolocation({ code: 1 });
    renderMyWork([staffMock(), workOrdersMock([mineLater, mineOverdue], [colleagues, unassigned])]);
    await screen.findAllByTestId('my-work-card');
    const before = cardNumbers();

    await user.click(screen.getByRole('button', { name: 'Sort by distance' }));

    expect(locate).toHaveBeenCalledTimes(1);
    const note = screen.getByTestId('my-work-order-note');
    expect(note.getAttribute('role')).toBe('status');
    expect(note.textContent).toBe(
      'Location is not allowed for this site, so your work stays in due-date order. You can allow it in your browser’s settings.',
    );
    expect(cardNumbers()).toEqual(before);
    expect(screen.queryByTestId('my-work-distance')).toBeNull();
  });

  it('says so when the browser has no location to give', async () => {
    const user = userEvent.setup();
    fakeGeolocation(undefined);
    renderMyWork([staffMock(), workOrdersMock([mineLater], [])]);
    await screen.findAllByTestId('my-work-card');
    await user.click(screen.getByRole('button', { name: 'Sort by distance' }));
    expect(screen.getByTestId('my-work-order-note').textContent).toMatch(
      /^Your location could not be found just now/,
    );
  });

  it('shows the empty state, and only my own work for someone in no crew', async () => {
    const loner = { ...rosa, crew: null };
    renderMyWork([staffMock(loner), workOrdersMock([], null, { me: loner })]);
    expect(await screen.findByText('No open work assigned to you or your crew')).toBeTruthy();
    expect(screen.getByText('Open work assigned to you.')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Show' })).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('says what went wrong, by kind: forbidden without Try again', async () => {
    renderMyWork([
      staffMock(),
      {
        request: { query: MyWorkOrdersDocument, variables: workOrdersVariables() },
        result: {
          errors: [
            new GraphQLError('Not allowed', {
              extensions: { code: 'FORBIDDEN', field: 'Query.workOrders' },
            }),
          ],
        },
      },
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your work could not be loaded.');
    expect(alert.textContent).toContain('You don’t have permission to do this. Ask a supervisor.');
    expect(within(alert).queryByRole('button')).toBeNull();
  });

  it('says the connection is down and loads again on Try again', async () => {
    const user = userEvent.setup();
    renderMyWork([
      staffMock(),
      {
        request: { query: MyWorkOrdersDocument, variables: workOrdersVariables() },
        error: new TypeError('Failed to fetch'),
      },
      workOrdersMock([mineLater], []),
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('You are offline. Check your connection');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Summary of work order 1')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refetches once after a burst of live changes, and highlights what just changed', async () => {
    const live = fakeLive(['wo-3']);
    const refetched = workOrdersMock([mineLater], [colleagues, unassigned]);
    const answer = refetched.result as { data: MyWorkOrdersQuery };
    const refetches = vi.fn(() => answer);
    renderMyWork(
      [
        staffMock(),
        workOrdersMock([mineLater], [colleagues]),
        { ...refetched, result: refetches, maxUsageCount: 5 },
      ],
      { live: live.state },
    );
    await screen.findAllByTestId('my-work-card');
    expect(cardNumbers()).toEqual(['WO-000003', 'WO-000001']);
    const changed = screen.getAllByTestId('my-work-card')[0]!;
    expect(changed.className).toContain('mw-card--changed');
    expect(within(changed).getByText('Just updated')).toBeTruthy();
    expect(screen.getAllByTestId('my-work-card')[1]!.className).not.toContain('mw-card--changed');

    // A burst: events closer together than the debounce, each of them later than a
    // refetch takes against the mock.
    const pause = () => new Promise((resolve) => setTimeout(resolve, LIVE_REFETCH_DELAY_MS / 4));
    live.emit('wo-4');
    await pause();
    live.emit('wo-4', 'PRIORITY');
    await pause();
    live.emit('wo-3', 'NOTE');
    await waitFor(() => expect(cardNumbers()).toEqual(['WO-000003', 'WO-000004', 'WO-000001']), {
      timeout: 3000,
    });
    // Well past the debounce: still the one refetch for the three events.
    await new Promise((resolve) => setTimeout(resolve, LIVE_REFETCH_DELAY_MS * 2));
    expect(refetches).toHaveBeenCalledTimes(1);
  });

  it('opens a work order full screen, with directions and notes, and comes back to its card', async () => {
    const user = userEvent.setup();
    const full = detail(mineOverdue, {
      status: 'ON_HOLD',
      holdReason: 'Waiting for asphalt',
      notes: [
        {
          __typename: 'Note',
          id: 'note-1',
          body: 'Cones are in place.',
          visibility: 'INTERNAL',
          createdAt: '2026-10-31T16:00:00Z',
          author: {
            __typename: 'ChangeActor',
            kind: 'STAFF',
            staff: { __typename: 'Staff', id: luis.id, name: luis.name },
          },
        },
      ],
    });
    renderMyWork([staffMock(), workOrdersMock([mineOverdue, mineLater], []), workOrderMock(full)]);
    await screen.findAllByTestId('my-work-card');

    await user.click(screen.getByRole('link', { name: /WO-000002/ }));

    expect(window.location.search).toBe('?workOrder=wo-2');
    const heading = await screen.findByRole('heading', { level: 1, name: /WO-000002/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    // The list is hidden under the open work order, not gone.
    expect(screen.queryByRole('heading', { name: 'My work' })).toBeNull();
    expect(screen.getByTestId('my-work-status-line').textContent).toContain('Status: On hold');
    expect(screen.getByText('On hold because: Waiting for asphalt')).toBeTruthy();
    expect(screen.getByText('A deep pothole in the right lane, near the bus stop.')).toBeTruthy();
    const view = heading.closest('section')!;
    expect(within(view).getByText('Assigned to you')).toBeTruthy();
    const directions = screen.getByRole('link', { name: /^Directions/ });
    expect(directions.getAttribute('href')).toBe(
      'https://www.openstreetmap.org/directions?to=33.448400%2C-112.077300',
    );
    expect(directions.getAttribute('target')).toBe('_blank');
    const notes = screen.getByRole('heading', { name: 'Notes' }).parentElement!;
    expect(within(notes).getByText('Cones are in place.')).toBeTruthy();
    expect(within(notes).getByText('Luis Ortega')).toBeTruthy();
    expect(within(notes).getByText('Internal')).toBeTruthy();
    expect(within(notes).getByText('Oct 31, 2026, 9:00 AM')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Back to my work' }));

    await screen.findByRole('heading', { name: 'My work' });
    await waitFor(() => expect(window.location.search).toBe(''));
    const link = screen.getByRole('link', { name: /WO-000002/ });
    await waitFor(() => expect(document.activeElement).toBe(link));
  });

  it('says what was done once the work is completed, and the list lets it go', async () => {
    const user = userEvent.setup();
    // Completed since the list was fetched: the fresher answer updates the same work
    // order in the cache, and the list under the view drops it.
    const done = detail(mineLater, { status: 'COMPLETED', resolution: 'Patched with cold mix.' });
    renderMyWork([staffMock(), workOrdersMock([mineLater], []), workOrderMock(done)]);
    await user.click(await screen.findByRole('link', { name: /WO-000001/ }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'What was done' });
    expect(heading.parentElement!.textContent).toContain('Patched with cold mix.');
    expect(screen.getByTestId('my-work-status-line').textContent).toContain('Status: Completed');
    expect(screen.getByTestId('my-work-count').textContent).toBe('0 open work orders');
    expect(screen.queryAllByTestId('my-work-card')).toHaveLength(0);
  });

  it('opens a shared link to a work order straight away, and says when it does not exist', async () => {
    const user = userEvent.setup();
    renderMyWork([staffMock(), workOrdersMock([mineLater], []), workOrderMock(null, 'wo-gone')], {
      path: '/my-work?workOrder=wo-gone',
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This work order could not be loaded.');
    expect(alert.textContent).toContain('This no longer exists.');
    await user.click(screen.getByRole('button', { name: 'Back to my work' }));
    expect(await screen.findByText('Summary of work order 1')).toBeTruthy();
    expect(window.location.search).toBe('');
  });

  it('speaks Spanish: labels, dates, distances', async () => {
    const user = userEvent.setup();
    fakeGeolocation({ lon: -112, lat: 33.45 });
    renderMyWork(
      [
        staffMock(),
        workOrdersMock(
          [
            workOrder(1, {
              assignee: rosa,
              location: { __typename: 'GeoPoint', lon: -111.987, lat: 33.45 },
            }),
          ],
          [workOrder(3, { assignee: luis })],
          { locale: 'ES' },
        ),
      ],
      { language: 'es' },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Mi trabajo' })).toBeTruthy();
    expect(await screen.findByText('Asignada a usted')).toBeTruthy();
    expect(screen.getByText('Su cuadrilla: Luis Ortega')).toBeTruthy();
    expect(screen.getByTestId('my-work-count').textContent).toBe('2 órdenes de trabajo abiertas');
    expect(screen.getAllByText('Vence el 6 nov 2026, 10:15')).toHaveLength(2);
    expect(screen.getByRole('group', { name: 'Mostrar' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ordenar por distancia' }));
    expect(screen.getAllByTestId('my-work-distance')[0]!.textContent).toBe('a 1,2 km');
  });
});
