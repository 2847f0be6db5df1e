import { ANONYMOUS, type Locale, type PeerGraph, PeerUnavailable } from '@civicgraph/platform';

const DEPARTMENT_NAMES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Department { id en: name(locale: EN) es: name(locale: ES) }
  }
}`;

type DepartmentNames = { id: string; en: string; es: string } | null;

/** Departments are renamed rarely: ask accounts again after ten minutes. */
const NAMES_TTL_MS = 10 * 60_000;
/** After a failure, try again soon, but not on every request of a busy minute. */
const RETRY_AFTER_FAILURE_MS = 15_000;

interface CachedName {
  at: number;
  ttl: number;
  names: { en: string; es: string } | null;
}

const caches = new WeakMap<PeerGraph, Map<string, CachedName>>();

/**
 * `agency_responsible`: the name of each service's department, which accounts owns. Read
 * through the graph (Department is public, part of the catalog), asked anonymously, and
 * cached. A failure leaves the names null rather than failing the answer: Open311
 * clients need the requests more than the agency's name.
 */
export async function agencyNames(
  peers: PeerGraph,
  departmentIds: readonly string[],
  locale: Locale,
): Promise<Map<string, string | null>> {
  let cache = caches.get(peers);
  if (!cache) {
    cache = new Map();
    caches.set(peers, cache);
  }
  const now = Date.now();
  const wanted = [...new Set(departmentIds)];
  const stale = wanted.filter((id) => {
    const cached = cache.get(id);
    return !cached || now - cached.at > cached.ttl;
  });
  if (stale.length > 0) {
    try {
      const { _entities } = await peers.query<{ _entities: DepartmentNames[] }>(
        'accounts',
        DEPARTMENT_NAMES,
        { representations: stale.map((id) => ({ __typename: 'Department', id })) },
        ANONYMOUS,
      );
      stale.forEach((id, i) => {
        const found = _entities[i];
        cache.set(id, {
          at: now,
          ttl: NAMES_TTL_MS,
          names: found ? { en: found.en, es: found.es } : null,
        });
      });
    } catch (error) {
      if (!(error instanceof PeerUnavailable)) throw error;
      for (const id of stale) {
        // Keep a name known before the failure: a rename is rarer than an outage.
        const known = cache.get(id)?.names ?? null;
        cache.set(id, { at: now, ttl: RETRY_AFTER_FAILURE_MS, names: known });
      }
    }
  }
  const key = locale === 'es' ? 'es' : 'en';
  return new Map(wanted.map((id) => [id, cache.get(id)?.names?.[key] ?? null]));
}
