import { createContext, type ReactNode, use, useCallback, useMemo, useState } from 'react';
import { useLocation, useSetSearchParams } from '../routing/use-location';
import {
  type Bbox,
  filtersFromSearch,
  filtersToSearch,
  type WorkOrderFilters,
} from './work-order-filters';

/** The query parameter naming the work order open in the detail panel (its id). */
export const SELECTED_PARAM = 'selected';

/** Where a selection came from: the other view follows it (the map flies, the list scrolls). */
export type SelectionSource = 'map' | 'list' | 'url' | 'live';

export interface DispatchState {
  /** From the address bar: a shared link or a reload shows the same view. */
  filters: WorkOrderFilters;
  /** Changes some filters, keeping the rest. */
  setFilters: (patch: Partial<WorkOrderFilters>) => void;
  /** What the map shows (null until it has drawn); the list lists only this. */
  viewport: Bbox | null;
  setViewport: (bbox: Bbox) => void;
  /** The work order open in the detail panel, by id; in the address bar too. */
  selectedId: string | null;
  selectionSource: SelectionSource;
  select: (id: string | null, source: SelectionSource) => void;
  /** Work orders chosen for a bulk assignment (polygon, everything visible, shift-click). */
  bulkSelection: ReadonlySet<string>;
  setBulkSelection: (ids: Iterable<string>) => void;
}

const DispatchContext = createContext<DispatchState | null>(null);

/** The dispatcher workspace's shared state: filters, viewport, selection. */
export function DispatchProvider({ children }: { children: ReactNode }) {
  const { search } = useLocation();
  const setSearch = useSetSearchParams();
  const query = search.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the string is the identity
  const filters = useMemo(() => filtersFromSearch(search), [query]);
  const selectedId = search.get(SELECTED_PARAM) || null;
  const [viewport, setViewport] = useState<Bbox | null>(null);
  const [selectionSource, setSelectionSource] = useState<SelectionSource>('url');
  const [bulkSelection, setBulk] = useState<ReadonlySet<string>>(new Set());

  const setFilters = useCallback(
    (patch: Partial<WorkOrderFilters>) => {
      const next = { ...filtersFromSearch(new URLSearchParams(window.location.search)), ...patch };
      // Typing in the text box replaces the entry; choosing a filter (or clearing them
      // all, text included) adds one (Back undoes it).
      const typing = Object.keys(patch).length === 1 && 'text' in patch;
      setSearch(filtersToSearch(next), { replace: typing });
    },
    [setSearch],
  );
  const select = useCallback(
    (id: string | null, source: SelectionSource) => {
      setSelectionSource(source);
      setSearch({ [SELECTED_PARAM]: id });
    },
    [setSearch],
  );
  const setBulkSelection = useCallback((ids: Iterable<string>) => setBulk(new Set(ids)), []);

  const value = useMemo(
    () => ({
      filters,
      setFilters,
      viewport,
      setViewport,
      selectedId,
      selectionSource,
      select,
      bulkSelection,
      setBulkSelection,
    }),
    [
      filters,
      setFilters,
      viewport,
      selectedId,
      selectionSource,
      select,
      bulkSelection,
      setBulkSelection,
    ],
  );
  return <DispatchContext value={value}>{children}</DispatchContext>;
}

export function useDispatch(): DispatchState {
  const value = use(DispatchContext);
  if (!value) throw new Error('useDispatch() needs a <DispatchProvider> above it');
  return value;
}
