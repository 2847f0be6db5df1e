import { useQuery } from '@apollo/client/react';
import { createContext, type ReactNode } from 'react';
import { CityDocument, type CitySettings } from './city.graphql';

export interface CityState {
  /** Null until the graph has answered. */
  city: CitySettings | null;
  /** Why the city could not be loaded, if it could not. */
  error: string | null;
  retry(): void;
}

export const CityContext = createContext<CityState | null>(null);

/**
 * Asks the graph once, at start, which city the console serves: its name for the
 * header and its time zone for every date. The console assumes no city of its own.
 */
export function CityProvider({ children }: { children: ReactNode }) {
  const { data, error, refetch } = useQuery(CityDocument);
  const state: CityState = {
    city: data?.city ?? null,
    error: error ? error.message : null,
    retry: () => {
      // The error state re-renders from the hook's result; the rejection carries nothing more.
      refetch().catch(() => {});
    },
  };
  return <CityContext value={state}>{children}</CityContext>;
}
