import { useQuery } from '@apollo/client/react';
import { useI18n } from '../i18n';
import { DispatchFilterOptionsDocument } from './filter-options.graphql';

/**
 * The filters' choices, shared by the bar (to offer them) and the list (to turn the
 * link's service code into the id the graph filters by): one query, one cache entry.
 */
export function useFilterOptions() {
  const { locale } = useI18n();
  return useQuery(DispatchFilterOptionsDocument, { variables: { locale } });
}

/**
 * The id of a service code, once the catalog is known: `undefined` while it loads,
 * null for a code the catalog does not have (an old link).
 */
export function useServiceId(code: string | null): string | null | undefined {
  const { data } = useFilterOptions();
  if (!code) return null;
  if (!data) return undefined;
  return data.services.find((service) => service.code === code)?.id ?? null;
}
