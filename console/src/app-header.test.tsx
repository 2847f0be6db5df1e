import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createCache } from './apollo-client';
import { AppHeader } from './app-header';
import { CityProvider } from './city/city-context';
import { cityMock } from './city/city-mock';
import type { StaffRole } from './generated/graphql';
import { I18nProvider } from './i18n-provider';
import { SessionProvider } from './session/session-context';
import type { SessionManager } from './session/session-manager';
import { sessionPayload, testSessionManager } from './session/session-mock';

const managers: SessionManager[] = [];
afterEach(() => {
  cleanup();
  for (const manager of managers.splice(0)) manager.dispose();
  window.history.replaceState(null, '', '/');
});

function renderHeader(role: StaffRole | null, path = '/') {
  window.history.replaceState(null, '', path);
  const payload = role
    ? sessionPayload({
        staff: { __typename: 'Staff', id: 'staff-1', name: 'Ana Ruiz', role },
      })
    : null;
  const manager = testSessionManager({ payload });
  managers.push(manager);
  render(
    <I18nProvider initial="en">
      <MockedProvider mocks={[cityMock()]} cache={createCache()}>
        <SessionProvider manager={manager}>
          <CityProvider>
            <AppHeader />
          </CityProvider>
        </SessionProvider>
      </MockedProvider>
    </I18nProvider>,
  );
}

const links = () =>
  within(screen.getByRole('navigation', { name: 'Pages' }))
    .getAllByRole('link')
    .map((link) => [
      link.textContent,
      link.getAttribute('href'),
      link.getAttribute('aria-current'),
    ]);

describe('the header', () => {
  it.each<[StaffRole, string[]]>([
    ['DISPATCHER', ['Dispatch']],
    ['ANALYST', ['Dispatch']],
    ['ADMIN', ['Dispatch']],
    ['FIELD_WORKER', ['My work']],
    ['SUPERVISOR', ['Dispatch', 'My work']],
  ])('offers %s the pages of that role', (role, pages) => {
    renderHeader(role);
    expect(links().map(([name]) => name)).toEqual(pages);
  });

  it('marks the current page and moves between pages without reloading', async () => {
    renderHeader('SUPERVISOR', '/dispatch?status=NEW');
    expect(links()).toEqual([
      ['Dispatch', '/dispatch', 'page'],
      ['My work', '/my-work', null],
    ]);
    expect(document.title).toBe('Dispatch · CivicGraph Console');

    await userEvent.setup().click(screen.getByRole('link', { name: 'My work' }));

    expect(window.location.pathname).toBe('/my-work');
    expect(links()).toEqual([
      ['Dispatch', '/dispatch', null],
      ['My work', '/my-work', 'page'],
    ]);
    expect(document.title).toBe('My work · CivicGraph Console');
  });

  it('switches the whole header to Spanish', async () => {
    renderHeader('FIELD_WORKER', '/my-work');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Español' }));
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('navigation', { name: 'Páginas' })).toBeTruthy();
    expect(within(banner).getByRole('link', { name: 'Mi trabajo' })).toBeTruthy();
    expect(within(banner).getByRole('button', { name: 'Cerrar sesión' })).toBeTruthy();
    expect(within(banner).getByTestId('signed-in-staff').textContent).toBe(
      'Sesión iniciada como Ana Ruiz, Trabajo de campo',
    );
    expect(document.title).toBe('Mi trabajo · Consola CivicGraph');
  });

  it('shows no pages before sign-in, but the language switch', () => {
    renderHeader(null);
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
    expect(document.title).toBe('Sign in · CivicGraph Console');
  });
});
