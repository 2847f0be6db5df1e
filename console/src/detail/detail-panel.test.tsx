import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCache } from '../apollo-client';
import { CityProvider } from '../city/city-context';
import { cityMock } from '../city/city-mock';
import { RequireCity } from '../city/require-city';
import { DispatchProvider } from '../dispatch/dispatch-context';
import { I18nContext, i18nFor, type Language } from '../i18n';
import { LiveContext, type LiveState, type LiveWorkOrderEvent } from '../live/live-context';
import { SessionProvider } from '../session/session-context';
import { testSessionManager } from '../session/session-mock';
import { detailMock, duplicatesMock, staff, workOrder } from './detail-mock';
import { DetailPanel, WORK_ORDER_ID_ATTRIBUTE } from './detail-panel';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

// jsdom has no blob: URLs; the panel shows fetched photos from them.
beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:photo');
  URL.revokeObjectURL = vi.fn();
});

const quietLive: LiveState = {
  available: true,
  status: 'live',
  subscribe: () => () => {},
  recentlyChanged: new Set(),
};

function renderPanel(
  mocks: MockLink.MockedResponse[],
  {
    selected = 'wo-1',
    language = 'en',
    live = quietLive,
    before,
  }: { selected?: string | null; language?: Language; live?: LiveState; before?: ReactNode } = {},
) {
  window.history.replaceState(null, '', selected ? `/dispatch?selected=${selected}` : '/dispatch');
  const manager = testSessionManager();
  return render(
    <I18nContext value={i18nFor(language)}>
      <MockedProvider mocks={[cityMock(), ...mocks]} cache={createCache()}>
        <SessionProvider manager={manager}>
          <CityProvider>
            <RequireCity>
              <LiveContext value={live}>
                <DispatchProvider>
                  {before}
                  <DetailPanel />
                </DispatchProvider>
              </LiveContext>
            </RequireCity>
          </CityProvider>
        </SessionProvider>
      </MockedProvider>
    </I18nContext>,
  );
}

function photoFetch() {
  const fetchMock = vi.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) =>
      new Response(new Uint8Array([82, 73, 70, 70]), {
        status: 200,
        headers: { 'content-type': 'image/webp' },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('DetailPanel', () => {
  it('asks for a selection when nothing is selected', async () => {
    renderPanel([], { selected: null });
    const region = await screen.findByRole('region', { name: 'Work order detail' });
    expect(within(region).getByText(/Select a work order on the map or in the list/)).toBeTruthy();
  });

  it('renders every section of the selected work order', async () => {
    const fetchMock = photoFetch();
    renderPanel([detailMock({ data: { workOrder: workOrder() } }), duplicatesMock()]);

    expect((await screen.findByRole('status')).textContent).toContain('Loading');
    const region = await screen.findByRole('region', { name: 'Work order WO-000123' });
    const panel = within(region);

    // Header: summary, badges, due in Phoenix time, department, crew, assignee, version.
    expect(panel.getByText('Streetlight out at the corner')).toBeTruthy();
    expect(panel.getAllByText('Assigned').length).toBeGreaterThan(0);
    expect(panel.getByText('High')).toBeTruthy();
    expect(panel.getByText('Overdue')).toBeTruthy();
    const due = panel.getByText('Due').closest('div')!;
    expect(due.textContent).toBe('DueNov 2, 2026 10:15 AM');
    expect(panel.getByText('Street Transportation')).toBeTruthy();
    expect(panel.getByText('Lights North')).toBeTruthy();
    expect(panel.getByText('Marta Díaz')).toBeTruthy();
    expect(panel.getByText('Version').closest('div')?.textContent).toBe('Version4');

    // The request.
    const request = within(panel.getByRole('region', { name: 'Request PHX-26-000777' }));
    expect(request.getByText('The light has been dark for three nights.')).toBeTruthy();
    expect(request.getByText('1st Ave & Van Buren St')).toBeTruthy();
    expect(request.getByText('District 7')).toBeTruthy();
    expect(request.getByText('Channel').closest('div')?.textContent).toBe('ChannelPhone');
    expect(request.getByText('Is the pole damaged?').closest('div')?.textContent).toBe(
      'Is the pole damaged?Yes, it leans',
    );
    expect(request.getByText('Rosa Vega')).toBeTruthy();
    expect(request.getByRole('link', { name: 'rosa@example.org' }).getAttribute('href')).toBe(
      'mailto:rosa@example.org',
    );
    expect(request.getByRole('link', { name: '+16025550100' })).toBeTruthy();
    const link = request.getByRole('link', { name: 'Photo link 1 (opens in a new tab)' });
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');

    // The photo's thumbnail is fetched with the session's token and shown from a blob.
    const thumbnail = await request.findByRole('img', {
      name: 'Photo from the reporter, 1 of 1 (opens full size in a new tab)',
    });
    expect(thumbnail.getAttribute('src')).toBe('blob:photo');
    expect(fetchMock).toHaveBeenCalledWith(
      '/photos/ph-1/thumbnail',
      expect.objectContaining({ headers: { authorization: 'Bearer access-1' } }),
    );
    expect(thumbnail.closest('a')?.getAttribute('target')).toBe('_blank');

    // Likely duplicates: the request itself left out; one with work, one without.
    const duplicates = within(panel.getByRole('region', { name: 'Likely duplicates nearby' }));
    expect(
      await duplicates.findByRole('button', {
        name: 'Open work order WO-000130',
      }),
    ).toBeTruthy();
    expect(duplicates.getByText('Request PHX-26-000780')).toBeTruthy();
    expect(duplicates.getByText('23 m away')).toBeTruthy();
    expect(duplicates.getByText('Request PHX-26-000781')).toBeTruthy();
    expect(duplicates.queryByText(/000777/)).toBeNull();

    // The asset and its other work.
    const asset = within(panel.getByRole('region', { name: 'Asset' }));
    expect(asset.getByText('STL-000042')).toBeTruthy();
    expect(asset.getByText('Streetlight')).toBeTruthy();
    expect(asset.getByText('2 of 5, poor (inspected Sep 15, 2026)')).toBeTruthy();
    expect(asset.getByRole('button', { name: 'WO-000050' })).toBeTruthy();
    expect(asset.queryByRole('button', { name: 'WO-000123' })).toBeNull();

    // History, newest first: who, what, when.
    const history = within(panel.getByRole('region', { name: 'History' }));
    const entries = history
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('detail-timeline__entry'));
    expect(entries).toHaveLength(2);
    expect(entries[0]?.textContent).toContain('Assigned · Ana Ruiz');
    expect(entries[0]?.textContent).toContain('Status: New → Assigned');
    expect(entries[0]?.textContent).not.toContain('staff-9');
    expect(entries[1]?.textContent).toContain('Created · System');

    // Notes, labelled which is which.
    const notes = within(panel.getByRole('region', { name: 'Notes' }));
    expect(
      within(notes.getByRole('list', { name: 'Public notes' })).getByText('A crew is on its way.'),
    ).toBeTruthy();
    expect(
      within(notes.getByRole('list', { name: 'Internal notes' })).getByText('Ladder truck needed.'),
    ).toBeTruthy();
  });

  it('selects a likely duplicate’s work order', async () => {
    photoFetch();
    const user = userEvent.setup();
    renderPanel([
      detailMock({ data: { workOrder: workOrder() } }),
      duplicatesMock(),
      detailMock({ data: { workOrder: null } }, { id: 'wo-2' }),
    ]);
    await user.click(await screen.findByRole('button', { name: /Open work order WO-000130/ }));
    expect(new URLSearchParams(window.location.search).get('selected')).toBe('wo-2');
  });

  it('says the reporter is hidden for a role that may not read it, and shows the rest', async () => {
    photoFetch();
    const base = workOrder();
    renderPanel([
      detailMock({
        data: {
          workOrder: workOrder({ serviceRequest: { ...base.serviceRequest, reporter: null } }),
        },
        errors: [
          new GraphQLError('Not allowed to read ServiceRequest.reporter', {
            path: ['workOrder', 'serviceRequest', 'reporter'],
            extensions: { code: 'FORBIDDEN', field: 'ServiceRequest.reporter' },
          }),
        ],
      }),
      duplicatesMock(),
    ]);
    const request = within(await screen.findByRole('region', { name: 'Request PHX-26-000777' }));
    expect(request.getByText('Hidden for your role')).toBeTruthy();
    expect(request.queryByText('Rosa Vega')).toBeNull();
    expect(request.getByText('The light has been dark for three nights.')).toBeTruthy();
    // An expected refusal is not reported as a failure.
    expect(screen.queryByText(/Some details could not be loaded/)).toBeNull();
  });

  it('tells "no contact given" apart from hidden', async () => {
    photoFetch();
    const base = workOrder();
    renderPanel([
      detailMock({
        data: {
          workOrder: workOrder({ serviceRequest: { ...base.serviceRequest, reporter: null } }),
        },
      }),
      duplicatesMock(),
    ]);
    expect(await screen.findByText('No contact details given.')).toBeTruthy();
    expect(screen.queryByText('Hidden for your role')).toBeNull();
  });

  it('says a stale link names no work order it can show', async () => {
    renderPanel([detailMock({ data: { workOrder: null } }, { id: 'gone' })], { selected: 'gone' });
    expect(
      await screen.findByText('This work order no longer exists or you cannot see it.'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Close the detail' })).toBeTruthy();
  });

  it('treats a malformed id as not found', async () => {
    renderPanel(
      [
        detailMock(
          {
            data: { workOrder: null },
            errors: [
              new GraphQLError('id is not a valid id', {
                path: ['workOrder'],
                extensions: { code: 'BAD_USER_INPUT' },
              }),
            ],
          },
          { id: 'junk' },
        ),
      ],
      { selected: 'junk' },
    );
    expect(
      await screen.findByText('This work order no longer exists or you cannot see it.'),
    ).toBeTruthy();
  });

  it('shows a failure by its kind, with Retry', async () => {
    photoFetch();
    const user = userEvent.setup();
    renderPanel([
      detailMock({
        data: { workOrder: null },
        errors: [new GraphQLError('Session expired', { extensions: { code: 'UNAUTHENTICATED' } })],
      }),
      detailMock({ data: { workOrder: workOrder() } }),
      duplicatesMock(),
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The work order could not be loaded.');
    expect(alert.textContent).toContain('Your session has expired. Sign in again to continue.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('region', { name: 'Work order WO-000123' })).toBeTruthy();
  });

  it('closes on Escape and returns focus to the list row', async () => {
    photoFetch();
    const user = userEvent.setup();
    renderPanel([detailMock({ data: { workOrder: workOrder() } }), duplicatesMock()], {
      before: (
        <button type="button" {...{ [WORK_ORDER_ID_ATTRIBUTE]: 'wo-1' }}>
          Row WO-000123
        </button>
      ),
    });
    await screen.findByRole('region', { name: 'Work order WO-000123' });
    screen.getByRole('button', { name: 'Close the detail' }).focus();
    await user.keyboard('{Escape}');

    expect(await screen.findByText(/Select a work order on the map or in the list/)).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('selected')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Row WO-000123' })),
    );
  });

  it('closes with the Close button and returns focus where it came from', async () => {
    photoFetch();
    const user = userEvent.setup();
    renderPanel([detailMock({ data: { workOrder: workOrder() } }), duplicatesMock()], {
      before: <button type="button">Somewhere else</button>,
    });
    await screen.findByRole('region', { name: 'Work order WO-000123' });
    screen.getByRole('button', { name: 'Somewhere else' }).focus();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close the detail' }));
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/Select a work order/)).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Somewhere else' })),
    );
  });

  it('reloads history and notes after a live change of the selected work order', async () => {
    photoFetch();
    let listener: ((event: LiveWorkOrderEvent) => void) | null = null;
    const live: LiveState = {
      ...quietLive,
      subscribe: (fn) => {
        listener = fn;
        return () => {
          listener = null;
        };
      },
    };
    const first = workOrder();
    const started = workOrder({
      status: 'IN_PROGRESS',
      version: 5,
      history: [
        ...first.history,
        {
          __typename: 'HistoryEntry',
          at: '2026-10-31T18:00:00Z',
          action: 'START',
          actor: {
            __typename: 'ChangeActor',
            kind: 'STAFF',
            id: 'staff-9',
            staff: staff('staff-9', 'Marta Díaz'),
          },
          changes: [
            { __typename: 'FieldChange', field: 'status', from: 'ASSIGNED', to: 'IN_PROGRESS' },
          ],
          note: null,
          version: 5,
        },
      ],
    });
    renderPanel(
      [
        detailMock({ data: { workOrder: first } }),
        duplicatesMock(),
        detailMock({ data: { workOrder: started } }),
      ],
      { live },
    );
    const region = await screen.findByRole('region', { name: 'Work order WO-000123' });
    expect(within(region).getByRole('region', { name: 'History' }).textContent).not.toContain(
      'Started',
    );

    // Another work order's change does nothing; this one's reloads (once, debounced).
    const event = (workOrderId: string, eventId: string): LiveWorkOrderEvent => ({
      eventId,
      workOrderId,
      action: 'START',
      changed: ['status'],
      occurredAt: '2026-10-31T18:00:00Z',
    });
    act(() => {
      listener?.(event('wo-99', '1'));
      listener?.(event('wo-1', '2'));
      listener?.(event('wo-1', '3'));
    });
    await waitFor(() => {
      const history = within(within(region).getByRole('region', { name: 'History' }));
      expect(history.getAllByRole('listitem')[0]?.textContent).toContain('Started · Marta Díaz');
    });
    expect(within(region).getByText('Version').closest('div')?.textContent).toBe('Version5');
  });

  it('speaks Spanish', async () => {
    photoFetch();
    const base = workOrder();
    renderPanel(
      [
        detailMock(
          {
            data: {
              workOrder: workOrder({ serviceRequest: { ...base.serviceRequest, reporter: null } }),
            },
            errors: [
              new GraphQLError('Not allowed', {
                path: ['workOrder', 'serviceRequest', 'reporter'],
                extensions: { code: 'FORBIDDEN' },
              }),
            ],
          },
          { locale: 'ES' },
        ),
        duplicatesMock(),
      ],
      { language: 'es' },
    );
    const region = await screen.findByRole('region', { name: 'Orden de trabajo WO-000123' });
    const panel = within(region);
    expect(panel.getByText('Oculto para su rol')).toBeTruthy();
    expect(panel.getByText('Vencida')).toBeTruthy();
    expect(panel.getByRole('region', { name: 'Historial' })).toBeTruthy();
    expect(panel.getByRole('list', { name: 'Notas internas' })).toBeTruthy();
    expect(panel.getByRole('button', { name: 'Cerrar el detalle' })).toBeTruthy();
    expect(await panel.findByText('a 23 m')).toBeTruthy();
  });
});
