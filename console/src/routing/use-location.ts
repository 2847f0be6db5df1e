import { useCallback, useSyncExternalStore } from 'react';

// Two pages and a query string do not justify a router library: the History API and
// one event keep every component that reads the address in step with it.

const CHANGE = 'civicgraph:locationchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const snapshot = () => `${window.location.pathname}${window.location.search}`;

/**
 * Moves to `href` (a path with its query) on this origin. `replace` rewrites the current
 * history entry instead of adding one: filters typed letter by letter should not fill
 * the back button.
 */
export function navigate(href: string, { replace = false }: { replace?: boolean } = {}): void {
  if (href === snapshot()) return;
  if (replace) window.history.replaceState(window.history.state, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(CHANGE));
}

export interface AppLocation {
  pathname: string;
  search: URLSearchParams;
}

/** The address bar as React state: re-renders on navigate() and on back / forward. */
export function useLocation(): AppLocation {
  const current = useSyncExternalStore(subscribe, snapshot, snapshot);
  const url = new URL(current, 'http://console.invalid');
  return { pathname: url.pathname, search: url.searchParams };
}

/**
 * Writes query parameters, keeping the path and every parameter not named; a null or
 * empty value removes its parameter.
 */
export function useSetSearchParams(): (
  values: Record<string, string | readonly string[] | null>,
  options?: { replace?: boolean },
) => void {
  return useCallback((values, options) => {
    const search = new URLSearchParams(window.location.search);
    for (const [name, value] of Object.entries(values)) {
      search.delete(name);
      if (value === null) continue;
      for (const one of typeof value === 'string' ? [value] : value) {
        if (one !== '') search.append(name, one);
      }
    }
    const query = search.toString();
    navigate(`${window.location.pathname}${query ? `?${query}` : ''}`, options);
  }, []);
}
