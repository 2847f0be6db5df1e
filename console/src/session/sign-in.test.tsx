import { ApolloProvider } from '@apollo/client/react';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApolloClient, createCache } from '../apollo-client';
import { App } from '../app';
import { cityMock, phoenix } from '../city/city-mock';
import { filterOptionsMock, oneWorkOrder } from '../dispatch/work-order-list-mock';
import { I18nContext, i18nFor } from '../i18n';
import { fakeFetch, unauthenticated401 } from './fake-fetch';
import { LogoutDocument } from './session.graphql';
import { SessionProvider } from './session-context';
import { SessionManager, SessionRefusedError } from './session-manager';
import {
  badCredentials,
  demoPassword,
  dispatcherEmail,
  locked,
  loginMock,
  memoryStorage,
  sessionPayload,
  testSessionManager,
} from './session-mock';

const managers: SessionManager[] = [];
afterEach(() => {
  cleanup();
  for (const manager of managers.splice(0)) manager.dispose();
});

function track(manager: SessionManager): SessionManager {
  managers.push(manager);
  return manager;
}

function renderApp(
  manager: SessionManager,
  cache: ReturnType<typeof createCache>,
  mocks: MockLink.MockedResponse[],
) {
  return render(
    <MockedProvider mocks={mocks} cache={cache}>
      <SessionProvider manager={manager}>
        <App />
      </SessionProvider>
    </MockedProvider>,
  );
}

async function fillAndSubmit(email = dispatcherEmail, password = demoPassword) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

describe('sign-in', () => {
  it('shows a labelled form with the autocomplete hints password managers need', () => {
    renderApp(track(testSessionManager({ payload: null })), createCache(), [cityMock()]);
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    const email = screen.getByLabelText('Email');
    expect(email.getAttribute('type')).toBe('email');
    expect(email.getAttribute('autocomplete')).toBe('username');
    const password = screen.getByLabelText('Password');
    expect(password.getAttribute('type')).toBe('password');
    expect(password.getAttribute('autocomplete')).toBe('current-password');
    // Nothing staff-only is on screen or asked for before signing in.
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
  });

  it('signs in, keeps the session for a reload, and shows the signed-in pages', async () => {
    const storage = memoryStorage();
    const manager = track(testSessionManager({ payload: null, storage }));
    renderApp(manager, createCache(), [
      cityMock(),
      // The email is trimmed: a pasted address often carries a space.
      loginMock({ data: { login: sessionPayload() } }),
      filterOptionsMock(),
      oneWorkOrder(),
    ]);

    await fillAndSubmit(`  ${dispatcherEmail} `);

    await screen.findByRole('button', { name: 'Sign out' });
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(nav).getByRole('link', { name: 'Dispatch' }).getAttribute('aria-current')).toBe(
      'page',
    );
    const list = await screen.findByRole('grid', { name: 'Open work orders' });
    expect(within(list).getByText('WO-000001')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Sign in' })).toBeNull();
    // The focused button went with the form: focus starts again at the new content.
    expect(document.activeElement).toBe(screen.getByRole('main'));
    const staff = within(screen.getByRole('banner')).getByTestId('signed-in-staff');
    expect(staff.textContent).toBe('Signed in as Ana Ruiz, Dispatcher');
    expect(manager.getState().session?.accessToken).toBe('access-1');
    // A reload reads the same session back from storage.
    const reloaded = track(testSessionManager({ payload: null, storage }));
    expect(reloaded.getState().session?.refreshToken).toBe('refresh-1');
    expect(reloaded.getState().session?.staff.name).toBe('Ana Ruiz');
  });

  it('says only "Email or password is incorrect" when accounts refuses them', async () => {
    const manager = track(testSessionManager({ payload: null }));
    renderApp(manager, createCache(), [
      cityMock(),
      loginMock({ errors: [badCredentials()] }, { email: dispatcherEmail, password: 'wrong' }),
    ]);

    await fillAndSubmit(dispatcherEmail, 'wrong');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Email or password is incorrect.');
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Email').getAttribute('aria-describedby')).toBe(alert.id);
    expect(manager.getState().session).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('says how many minutes a locked account must wait', async () => {
    renderApp(track(testSessionManager({ payload: null })), createCache(), [
      cityMock(),
      // 14 minutes and 1 second: the page rounds up, never promising too early.
      loginMock({ errors: [locked(841)] }),
    ]);

    await fillAndSubmit();

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Too many failed attempts: sign-in is locked. Try again in 15 minutes.',
    );
  });

  it('says sign-in is unavailable, not the raw error, when the gateway cannot be reached', async () => {
    renderApp(track(testSessionManager({ payload: null })), createCache(), [
      cityMock(),
      {
        request: loginMock({ errors: [] }).request,
        error: new TypeError('Failed to fetch'),
      },
    ]);

    await fillAndSubmit();

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Sign-in is not available right now. Try again in a moment.',
    );
  });

  it('speaks Spanish', async () => {
    render(
      <I18nContext value={i18nFor('es')}>
        <MockedProvider
          mocks={[
            cityMock(),
            loginMock({ errors: [locked(60)] }, { email: dispatcherEmail, password: 'x' }),
          ]}
          cache={createCache()}
        >
          <SessionProvider manager={track(testSessionManager({ payload: null }))}>
            <App />
          </SessionProvider>
        </MockedProvider>
      </I18nContext>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Correo electrónico'), dispatcherEmail);
    await user.type(screen.getByLabelText('Contraseña'), 'x');
    await user.click(screen.getByRole('button', { name: 'Iniciar sesión' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Demasiados intentos fallidos: el inicio de sesión está bloqueado. Vuelva a intentarlo en 1 minuto.',
    );
  });
});

describe('sign-out', () => {
  it('revokes the refresh token, forgets the session and returns to the sign-in page', async () => {
    const storage = memoryStorage();
    const manager = track(testSessionManager({ storage }));
    const logout = vi.fn(() => ({ data: { logout: { __typename: 'LogoutPayload' } } }));
    const cache = createCache();
    renderApp(manager, cache, [
      cityMock(),
      filterOptionsMock(),
      oneWorkOrder(),
      {
        request: { query: LogoutDocument, variables: { refreshToken: 'refresh-1' } },
        result: logout,
      },
      // The cache is emptied on sign-out and the city, still on screen, asked again.
      cityMock(),
    ]);
    await screen.findByTestId('city-name');
    // What the dispatcher had loaded.
    cache.writeFragment({
      id: 'WorkOrder:wo-1',
      fragment: parse('fragment Loaded on WorkOrder { id number }'),
      data: { __typename: 'WorkOrder', id: 'wo-1', number: 'WO-000001' },
    });
    await screen.findByRole('grid');
    expect(storage.entries.size).toBe(1);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('You have signed out.');
    expect(logout).toHaveBeenCalledTimes(1);
    expect(manager.getState().session).toBeNull();
    expect(storage.entries.size).toBe(0);
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.queryByTestId('signed-in-staff')).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Pages' })).toBeNull();
    // Nothing the dispatcher loaded stays for the next person; the city is fetched again.
    await waitFor(() => expect(JSON.stringify(cache.extract())).not.toContain('WO-000001'));
    expect((await screen.findByTestId('city-name')).textContent).toBe('Phoenix');
  });

  it('signs out here even when accounts cannot be reached', async () => {
    const manager = track(testSessionManager());
    renderApp(manager, createCache(), [
      cityMock(),
      filterOptionsMock(),
      oneWorkOrder(),
      {
        request: { query: LogoutDocument, variables: { refreshToken: 'refresh-1' } },
        error: new TypeError('Failed to fetch'),
      },
      cityMock(),
    ]);
    await screen.findByRole('button', { name: 'Sign out' });
    await screen.findByRole('grid');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(manager.getState().session).toBeNull();
  });
});

// A variable per call: Apollo would merge identical concurrent queries into one.
const Probe = parse('query Probe($n: Int) { probe(n: $n) }');

describe('a session that cannot be renewed', () => {
  const hour = 60 * 60_000;
  const start = Date.parse('2026-11-29T08:00:00Z');

  /**
   * The app over the real link chain. The gateway refuses the token: every signed-in
   * request, or (`probeOnly`) only the probe, the pages' own queries failing otherwise.
   */
  function renderOverNetwork(manager: SessionManager, { probeOnly = false } = {}) {
    const network = fakeFetch((request) => {
      if (request.operationName === 'City') return { body: { data: { city: phoenix } } };
      if (!probeOnly || request.operationName === 'Probe') return unauthenticated401;
      return { body: { data: null, errors: [{ message: 'Not part of this test' }] } };
    });
    const client = createApolloClient(manager, { fetch: network.fetch });
    render(
      <ApolloProvider client={client}>
        <SessionProvider manager={manager}>
          <App />
        </SessionProvider>
      </ApolloProvider>,
    );
    let n = 0;
    /** What any page does while signed in: a query, which the refusal fails. */
    const query = () =>
      act(async () => {
        await client
          .query({ query: Probe, variables: { n: n++ }, fetchPolicy: 'no-cache' })
          .catch(() => {});
      });
    return { network, query };
  }

  it('returns to the sign-in page saying the session was ended when it is revoked', async () => {
    const storage = memoryStorage();
    const manager = track(
      testSessionManager({
        storage,
        refresh: async () => {
          throw new SessionRefusedError('Refresh token revoked');
        },
      }),
    );
    // The signed-in page's own queries meet the refusal.
    const { network } = renderOverNetwork(manager);

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(
      'Your session was ended (signed out elsewhere or by an administrator); sign in again.',
    );
    expect(manager.getState()).toEqual({ session: null, notice: 'ended' });
    expect(storage.entries.size).toBe(0);
    expect(screen.queryByTestId('signed-in-staff')).toBeNull();
    // Sent with the refused token, never again without one.
    const signed = network.sent.filter((s) => s.operationName !== 'City');
    expect(signed.length).toBeGreaterThan(0);
    expect(new Set(signed.map((s) => s.authorization))).toEqual(new Set(['Bearer access-1']));
  });

  it('says the session has expired when its refresh token ran out, without asking accounts', async () => {
    let now = start;
    const refresh = vi.fn(async () => sessionPayload({}, now));
    const manager = track(
      new SessionManager({ refresh, storage: memoryStorage(), now: () => now }),
    );
    manager.signIn(sessionPayload({}, start));
    const { query } = renderOverNetwork(manager, { probeOnly: true });
    await screen.findByRole('button', { name: 'Sign out' });

    now += 13 * hour; // past the 12-hour refresh token: a laptop closed overnight
    await query();

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Your session has expired; sign in again.');
    expect(refresh).not.toHaveBeenCalled();
  });

  it('says the session has expired after a reload that finds it out of date', async () => {
    const storage = memoryStorage();
    const refresh = vi.fn(async () => sessionPayload());
    track(new SessionManager({ refresh, storage, now: () => start })).signIn(
      sessionPayload({}, start),
    );
    const reloaded = track(new SessionManager({ refresh, storage, now: () => start + 13 * hour }));
    renderOverNetwork(reloaded);

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Your session has expired; sign in again.');
    expect(storage.entries.size).toBe(0);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('says it in Spanish too', async () => {
    const manager = track(
      testSessionManager({
        refresh: async () => {
          throw new SessionRefusedError('Refresh token revoked');
        },
      }),
    );
    manager.end('expired');
    render(
      <I18nContext value={i18nFor('es')}>
        <MockedProvider mocks={[cityMock()]} cache={createCache()}>
          <SessionProvider manager={manager}>
            <App />
          </SessionProvider>
        </MockedProvider>
      </I18nContext>,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'Su sesión ha caducado; vuelva a iniciar sesión.',
    );
  });
});
