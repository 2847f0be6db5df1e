import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createCache } from './apollo-client';
import { App } from './app';
import { CityDocument, type CitySettings } from './city/city.graphql';
import { cityMock, phoenix } from './city/city-mock';
import {
  oneWorkOrderDueAt as dueAt,
  filterOptionsMock,
  oneWorkOrder,
} from './dispatch/work-order-list-mock';
import { SessionProvider } from './session/session-context';
import type { SessionManager } from './session/session-manager';
import { sessionPayload, testSessionManager } from './session/session-mock';

const managers: SessionManager[] = [];
afterEach(() => {
  cleanup();
  for (const manager of managers.splice(0)) manager.dispose();
});

// Signed in as the demo dispatcher: the sign-in page itself is tested in session/.
function renderApp(mocks: MockLink.MockedResponse[], manager = testSessionManager()) {
  managers.push(manager);
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <SessionProvider manager={manager}>
        <App />
      </SessionProvider>
    </MockedProvider>,
  );
}

async function dueCell() {
  const list = await screen.findByRole('grid', { name: 'Open work orders' });
  return within(list).getByText('WO-000001').closest('tr')!.querySelector('time')!;
}

describe('App', () => {
  it('tells billing staff the console has no page for them, and asks the graph for no work', async () => {
    const billing = testSessionManager({
      payload: sessionPayload({
        staff: { __typename: 'Staff', id: 'staff-9', name: 'Lee Park', role: 'BILLING' },
      }),
    });
    // No work-order mocks: a query for them would fail the render with an error.
    renderApp([cityMock()], billing);
    const main = screen.getByRole('main');
    expect(
      within(main).getByRole('heading', { name: 'Nothing here for your role yet' }),
    ).toBeTruthy();
    expect(within(main).queryByRole('grid')).toBeNull();
    expect(within(screen.getByRole('banner')).queryByRole('link', { name: 'Dispatch' })).toBeNull();
  });

  it('names the city the graph serves in the header', async () => {
    renderApp([cityMock({ ...phoenix, name: 'Springfield' }), filterOptionsMock(), oneWorkOrder()]);
    const banner = screen.getByRole('banner');
    const staff = within(banner).getByTestId('signed-in-staff').textContent;
    expect(staff).toBe('Signed in as Ana Ruiz, Dispatcher');
    // Then the pages, the language switch (its legend hidden), who is signed in.
    const rest = `DispatchLanguageEnglishEspañol${staff}Sign out`;
    expect(banner.textContent).toBe(`CivicGraph Console${rest}`);
    expect(await within(banner).findByText('Springfield')).toBeTruthy();
    expect(banner.textContent).toBe(`CivicGraph Console, Springfield${rest}`);
  });

  it.each<[string, CitySettings, string]>([
    // 17:15 UTC: 10:15 in Phoenix (UTC−7, no daylight saving) …
    ['Phoenix', phoenix, 'Nov 2, 2026 10:15 AM'],
    // … and 02:15 the next day in Tokyo (UTC+9): the zone is the graph's, not the browser's.
    [
      'Tokyo',
      { __typename: 'City', id: 'tokyo', name: 'Tokyo', timeZone: 'Asia/Tokyo' },
      'Nov 3, 2026 2:15 AM',
    ],
  ])('shows dates in the time zone the graph gives %s', async (_name, city, expected) => {
    renderApp([cityMock(city), filterOptionsMock('EN', city.id), oneWorkOrder()]);
    const time = await dueCell();
    expect(time.textContent).toBe(expected);
    expect(time.getAttribute('dateTime')).toBe(dueAt);
  });

  it('waits for the city before the work orders, and retries when it fails', async () => {
    const user = userEvent.setup();
    renderApp([
      { request: { query: CityDocument }, error: new Error('Gateway unavailable') },
      cityMock(),
      filterOptionsMock(),
      oneWorkOrder(),
    ]);
    expect(screen.getByRole('status').textContent).toBe('Loading the city’s settings…');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The city’s settings could not be loaded.');
    expect(alert.textContent).toContain('Gateway unavailable');
    // Without the city's time zone no date can be shown, so the list has not started.
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.queryByText('Loading open work orders…')).toBeNull();
    expect(screen.queryByTestId('city-name')).toBeNull();

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect((await dueCell()).textContent).toBe('Nov 2, 2026 10:15 AM');
    expect(screen.getByTestId('city-name').textContent).toBe('Phoenix');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
