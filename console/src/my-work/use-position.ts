import { useCallback, useEffect, useRef, useState } from 'react';
import type { LonLat } from './distance';

/**
 * Where the phone is, asked once a person says so. `denied`: they (or the browser) said
 * no; `unavailable`: no fix came (no signal, timeout, no geolocation in this browser).
 */
export type PositionState =
  | { kind: 'idle' }
  | { kind: 'locating' }
  | { kind: 'located'; position: LonLat; accuracyMeters: number }
  | { kind: 'denied' }
  | { kind: 'unavailable' };

// A fix up to a minute old is fine for "which job is nearest"; ten seconds is as long
// as someone waits for a list to sort before it feels broken.
const OPTIONS: PositionOptions = { enableHighAccuracy: false, maximumAge: 60_000, timeout: 10_000 };

/**
 * Asks the browser for the position only when `locate()` is called, which is meant to
 * be from a tap: asking on page load is both rude and, in some browsers, refused.
 */
export function usePosition(
  geolocation: Geolocation | undefined = typeof navigator === 'undefined'
    ? undefined
    : navigator.geolocation,
): { state: PositionState; locate: () => void; forget: () => void } {
  const [state, setState] = useState<PositionState>({ kind: 'idle' });
  // An answer that arrives after unmount or after forget() is dropped.
  const request = useRef(0);
  useEffect(
    () => () => {
      request.current += 1;
    },
    [],
  );

  const locate = useCallback(() => {
    if (!geolocation) {
      setState({ kind: 'unavailable' });
      return;
    }
    const id = ++request.current;
    setState({ kind: 'locating' });
    geolocation.getCurrentPosition(
      ({ coords }) => {
        if (id !== request.current) return;
        setState({
          kind: 'located',
          position: { lon: coords.longitude, lat: coords.latitude },
          accuracyMeters: coords.accuracy,
        });
      },
      (error) => {
        if (id !== request.current) return;
        // PERMISSION_DENIED is 1 on every GeolocationPositionError.
        setState({ kind: error.code === 1 ? 'denied' : 'unavailable' });
      },
      OPTIONS,
    );
  }, [geolocation]);

  const forget = useCallback(() => {
    request.current += 1;
    setState({ kind: 'idle' });
  }, []);

  return { state, locate, forget };
}
