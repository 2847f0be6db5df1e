import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createCache } from '../apollo-client';
import { CityProvider } from '../city/city-context';
import { cityMock } from '../city/city-mock';
import { RequireCity } from '../city/require-city';
import { I18nContext, i18nFor, type Language } from '../i18n';
import { LiveContext, type LiveState, type LiveWorkOrderEvent } from '../live/live-context';
import { DispatchProvider, type DispatchState, useDispatch } from './dispatch-context';

// For component tests only: the workspace's providers around the parts under test, with
// a live feed the test drives and a handle on the dispatch state.

function Probe({ onState }: { onState: (state: DispatchState) => void }) {
  onState(useDispatch());
  return null;
}

export interface Harness {
  /** The workspace's state as the components see it, after the last render. */
  dispatch: () => DispatchState;
  /** Sends a live change, as the subscription would. */
  emit: (event: Partial<LiveWorkOrderEvent>) => void;
}

export function renderDispatch(
  ui: ReactNode,
  {
    mocks,
    language = 'en',
    recentlyChanged = new Set<string>(),
  }: {
    mocks: MockLink.MockedResponse[];
    language?: Language;
    recentlyChanged?: ReadonlySet<string>;
  },
): Harness & ReturnType<typeof render> {
  let state: DispatchState | undefined;
  const listeners = new Set<(event: LiveWorkOrderEvent) => void>();
  const live: LiveState = {
    available: true,
    status: 'live',
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    recentlyChanged,
  };
  const rendered = render(
    <I18nContext value={i18nFor(language)}>
      <MockedProvider mocks={[cityMock(), ...mocks]} cache={createCache()}>
        <CityProvider>
          <RequireCity>
            <LiveContext value={live}>
              <DispatchProvider>
                <Probe
                  onState={(value) => {
                    state = value;
                  }}
                />
                {ui}
              </DispatchProvider>
            </LiveContext>
          </RequireCity>
        </CityProvider>
      </MockedProvider>
    </I18nContext>,
  );
  return {
    ...rendered,
    dispatch: () => {
      if (!state) throw new Error('The workspace has not rendered yet');
      return state;
    },
    emit: (event) => {
      for (const listener of listeners) {
        listener({
          eventId: '1',
          workOrderId: 'wo-1',
          action: 'ASSIGN',
          changed: [],
          occurredAt: '2026-11-01T12:00:00Z',
          ...event,
        });
      }
    },
  };
}

/** Puts the test at an address, as a shared link or a reload would. */
export function openAt(href: string): void {
  window.history.replaceState(null, '', href);
}
