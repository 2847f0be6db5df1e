import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { createCache } from '../apollo-client';
import { CityProvider } from '../city/city-context';
import { cityMock } from '../city/city-mock';
import { RequireCity } from '../city/require-city';
import { I18nContext, i18nFor, type Language } from '../i18n';
import { LiveContext, type LiveState, type LiveWorkOrderEvent } from '../live/live-context';
import { MyWorkPage } from './my-work-page';

// For component tests only: My work as the app shows it, with a live feed and a
// geolocation the test drives.

/** A live feed the test pushes events into. */
export function fakeLive(recentlyChanged: string[] = []) {
  const listeners = new Set<(event: LiveWorkOrderEvent) => void>();
  const state: LiveState = {
    available: true,
    status: 'live',
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    recentlyChanged: new Set(recentlyChanged),
  };
  let eventId = 0;
  return {
    state,
    emit(workOrderId: string, action = 'ASSIGN') {
      eventId += 1;
      for (const listener of listeners) {
        listener({
          eventId: String(eventId),
          workOrderId,
          action,
          changed: ['assignee'],
          occurredAt: '2026-11-01T12:00:00Z',
        });
      }
    },
  };
}

/**
 * `navigator.geolocation` answering as told: a position, or an error code (1: denied,
 * 2: unavailable, 3: timeout). `undefined` removes geolocation from the browser.
 */
export function fakeGeolocation(
  answer: { lon: number; lat: number; accuracy?: number } | { code: number } | undefined,
) {
  const getCurrentPosition = vi.fn(
    (success: PositionCallback, failure?: PositionErrorCallback | null) => {
      if (!answer) return;
      if ('code' in answer) {
        failure?.({
          code: answer.code,
          message: 'refused',
          PERMISSION_DENIED: 1,
          POSITION_UNAVAILABLE: 2,
          TIMEOUT: 3,
        } as GeolocationPositionError);
        return;
      }
      success({
        coords: {
          longitude: answer.lon,
          latitude: answer.lat,
          accuracy: answer.accuracy ?? 30,
        },
        timestamp: Date.now(),
      } as GeolocationPosition);
    },
  );
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: answer === undefined ? undefined : { getCurrentPosition },
  });
  return getCurrentPosition;
}

export function renderMyWork(
  mocks: MockLink.MockedResponse[],
  {
    language = 'en',
    live = fakeLive().state,
    path = '/my-work',
  }: { language?: Language; live?: LiveState; path?: string } = {},
) {
  window.history.replaceState(null, '', path);
  return render(
    <I18nContext value={i18nFor(language)}>
      <LiveContext value={live}>
        <MockedProvider mocks={[cityMock(), ...mocks]} cache={createCache()}>
          <CityProvider>
            <RequireCity>
              <MyWorkPage />
            </RequireCity>
          </CityProvider>
        </MockedProvider>
      </LiveContext>
    </I18nContext>,
  );
}
