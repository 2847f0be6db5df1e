import { use } from 'react';
import type { CitySettings } from './city.graphql';
import type { CityState } from './city-context';
import { CityContext } from './city-context';

/** The city query's state: for parts of the page that show before the city is known. */
export function useCityState(): CityState {
  const state = use(CityContext);
  if (!state) throw new Error('useCityState() needs a <CityProvider> above it');
  return state;
}

/** The city, for components rendered inside <RequireCity> (which waits for it). */
export function useCity(): CitySettings {
  const { city } = useCityState();
  if (!city) throw new Error('useCity() needs a <RequireCity> above it');
  return city;
}
