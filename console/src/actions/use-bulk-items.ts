import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import type { Locale } from '../generated/graphql';
import { BulkItemDocument, type BulkItemFragment } from './bulk-assign.graphql';

// A polygon can select hundreds: a few requests at a time, not hundreds at once.
const CONCURRENCY = 8;

async function loadItems(
  client: ApolloClient,
  ids: readonly string[],
  locale: Locale,
  fetchPolicy: 'cache-first' | 'network-only',
): Promise<BulkItemFragment[]> {
  const items: BulkItemFragment[] = [];
  for (let i = 0; i < ids.length; i += CONCURRENCY) {
    const chunk = await Promise.all(
      ids.slice(i, i + CONCURRENCY).map(async (id) => {
        const { data } = await client.query({
          query: BulkItemDocument,
          variables: { id, locale },
          fetchPolicy,
        });
        return data?.workOrder ?? null;
      }),
    );
    for (const item of chunk) if (item) items.push(item);
  }
  return items;
}

export interface BulkItems {
  items: BulkItemFragment[] | null;
  loading: boolean;
  error: boolean;
  /** Reads the versions again from the graph (after a conflict). */
  refresh: () => Promise<BulkItemFragment[]>;
}

/**
 * The selected work orders' numbers, versions and departments, as they were when
 * selected: the versions a bulk assignment sends back as `expectedVersion`.
 */
export function useBulkItems(ids: readonly string[], locale: Locale): BulkItems {
  const client = useApolloClient();
  const key = ids.join(',');
  const [state, setState] = useState<{
    key: string;
    items: BulkItemFragment[] | null;
    error: boolean;
  }>({ key: '', items: null, error: false });

  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is the ids' identity
  useEffect(() => {
    if (ids.length === 0) return;
    let current = true;
    loadItems(client, ids, locale, 'cache-first').then(
      (items) => current && setState({ key, items, error: false }),
      () => current && setState({ key, items: null, error: true }),
    );
    return () => {
      current = false;
    };
  }, [client, key, locale]);

  const refresh = useCallback(async () => {
    const items = await loadItems(client, key ? key.split(',') : [], locale, 'network-only');
    setState({ key, items, error: false });
    return items;
  }, [client, key, locale]);

  const fresh = state.key === key;
  return {
    items: fresh ? state.items : null,
    loading: !fresh,
    error: fresh && state.error,
    refresh,
  };
}
