import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import {
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { workOrdersPageSize } from '../config';
import { errorKindOf } from '../errors/error-kind';
import { errorText } from '../errors/error-notice';
import { formatCount } from '../format';
import type { WorkOrderListQueryVariables } from '../generated/graphql';
import { useI18n } from '../i18n';
import { useLive, useLiveEvents } from '../live/live-context';
import { useDispatch } from './dispatch-context';
import { useServiceId } from './use-filter-options';
import { hasFilters, NO_FILTERS, toWorkOrderFilter } from './work-order-filters';
import {
  WorkOrderIdsInViewDocument,
  WorkOrderListDocument,
  type WorkOrderListItem,
} from './work-order-list.graphql';
import { WorkOrderListRow } from './work-order-list-row';
import './work-order-list.css';

/** The most "Select all in view" takes: the graph's page limit and a bulk assignment's. */
export const BULK_LIMIT = 500;

/** A pan or a zoom reports many viewports: the list asks once the map rests. */
export const VIEWPORT_DEBOUNCE_MS = 200;

/** Live changes arrive in bursts (a bulk assignment): one refetch per pause. */
export const LIVE_REFETCH_DEBOUNCE_MS = 250;

/** `value` once it has not changed for `ms`; the first one other than null at once. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (value === settled) return;
    // The map's first report narrows the list at once; later ones wait for it to rest.
    if (settled === null) {
      setSettled(value);
      return;
    }
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms, settled]);
  return settled;
}

/**
 * The open work orders matching the filters inside the map's viewport (the whole city
 * until the map reports one), newest first, a page at a time. A grid with roving focus:
 * arrows, Home and End move, Enter or Space opens the detail, Shift+Space or Shift+click
 * adds a range to the bulk selection; the checkboxes do the same one at a time.
 */
export function WorkOrderList() {
  const { language, locale, messages } = useI18n();
  const text = messages.dispatch.list;
  const client = useApolloClient();
  const {
    filters,
    setFilters,
    viewport,
    selectedId,
    selectionSource,
    select,
    bulkSelection,
    setBulkSelection,
  } = useDispatch();
  const { recentlyChanged } = useLive();
  const headingId = useId();
  const hintId = useId();
  const serviceId = useServiceId(filters.serviceCode);
  const bbox = useSettled(viewport, VIEWPORT_DEBOUNCE_MS);
  // undefined: the catalog is still loading; null: nothing can match (an unknown code).
  const filter =
    serviceId === undefined ? undefined : toWorkOrderFilter(filters, { serviceId, bbox });
  const variables: WorkOrderListQueryVariables | null = filter
    ? { filter, first: workOrdersPageSize, locale }
    : null;
  const query = useQuery(
    WorkOrderListDocument,
    variables ? { variables, notifyOnNetworkStatusChange: true } : skipToken,
  );
  const connection = filter === null ? null : (query.data ?? query.previousData)?.workOrders;
  const rows: readonly WorkOrderListItem[] = connection?.edges.map((edge) => edge.node) ?? [];
  const updating = query.loading && connection !== undefined && query.data === undefined;

  const [activeId, setActiveId] = useState<string | null>(null);
  const [loadMoreError, setLoadMoreError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [bulkNote, setBulkNote] = useState<string | null>(null);
  const [selectingAll, setSelectingAll] = useState(false);
  const rowElements = useRef(new Map<string, HTMLTableRowElement>());
  const anchor = useRef<string | null>(null);

  const activeIndex = Math.max(
    0,
    rows.findIndex((row) => row.id === (activeId ?? selectedId)),
  );

  function focusRow(index: number) {
    const row = rows[index];
    if (!row) return;
    setActiveId(row.id);
    rowElements.current.get(row.id)?.focus();
  }

  // A selection made elsewhere (the map, a link, a live change): bring its row into view.
  const followed = useRef<string | null>(null);
  useEffect(() => {
    if (!selectedId || selectionSource === 'list') {
      followed.current = null;
      return;
    }
    const key = `${selectionSource}:${selectedId}`;
    if (followed.current === key) return;
    const element = rowElements.current.get(selectedId);
    if (!element) return;
    followed.current = key;
    setActiveId(selectedId);
    element.scrollIntoView?.({ block: 'nearest' });
  });

  // Work enters, leaves or moves while the dispatcher watches: fetch again what is shown.
  const loaded = rows.length;
  const refetchTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useLiveEvents(() => {
    if (!variables) return;
    clearTimeout(refetchTimer.current);
    refetchTimer.current = setTimeout(() => {
      const first = Math.min(BULK_LIMIT, Math.max(workOrdersPageSize, loaded));
      query.refetch({ first }).catch(() => {});
    }, LIVE_REFETCH_DEBOUNCE_MS);
  });
  useEffect(() => () => clearTimeout(refetchTimer.current), []);

  function toggleBulk(id: string, extend: boolean) {
    const to = rows.findIndex((row) => row.id === id);
    const anchorIndex = anchor.current ? rows.findIndex((row) => row.id === anchor.current) : -1;
    const from = extend && anchorIndex >= 0 ? anchorIndex : to;
    const on = !bulkSelection.has(id);
    const next = new Set(bulkSelection);
    for (const row of rows.slice(Math.min(from, to), Math.max(from, to) + 1)) {
      if (on) next.add(row.id);
      else next.delete(row.id);
    }
    anchor.current = id;
    setBulkNote(null);
    setBulkSelection(next);
  }

  function onRowClick(row: WorkOrderListItem, event: MouseEvent<HTMLTableRowElement>) {
    if ((event.target as HTMLElement).closest('input')) return;
    if (event.shiftKey) {
      // Shift+click would also select the page's text: a range of rows is meant.
      window.getSelection()?.removeAllRanges();
      toggleBulk(row.id, true);
    } else if (event.ctrlKey || event.metaKey) toggleBulk(row.id, false);
    else select(row.id, 'list');
  }

  function onRowKeyDown(index: number, event: KeyboardEvent<HTMLTableRowElement>) {
    // Keys on the checkbox are the checkbox's own.
    if (event.target !== event.currentTarget) return;
    const row = rows[index]!;
    switch (event.key) {
      case 'ArrowDown':
        focusRow(Math.min(rows.length - 1, index + 1));
        break;
      case 'ArrowUp':
        focusRow(Math.max(0, index - 1));
        break;
      case 'Home':
        focusRow(0);
        break;
      case 'End':
        focusRow(rows.length - 1);
        break;
      case 'Enter':
        select(row.id, 'list');
        break;
      case ' ':
        if (event.shiftKey) toggleBulk(row.id, true);
        else select(row.id, 'list');
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  async function loadMore(after: string) {
    setLoadMoreError(null);
    setLoadingMore(true);
    try {
      await query.fetchMore({ variables: { after, first: workOrdersPageSize } });
    } catch (caught) {
      // The rows already shown stay useful; say what failed beside the button.
      setLoadMoreError(errorText(messages, errorKindOf(caught)));
    } finally {
      setLoadingMore(false);
    }
  }

  async function selectAll() {
    if (!filter || selectingAll) return;
    setSelectingAll(true);
    setBulkNote(null);
    try {
      const { data } = await client.query({
        query: WorkOrderIdsInViewDocument,
        variables: { filter, first: BULK_LIMIT },
        // Not into the cache: this page of ids would replace the list's rows there.
        fetchPolicy: 'no-cache',
      });
      const found = data?.workOrders;
      if (!found) return;
      setBulkSelection(found.edges.map((edge) => edge.node.id));
      if (found.totalCount > found.edges.length) {
        setBulkNote(
          text.selectAllCapped(
            formatCount(found.edges.length, language),
            formatCount(found.totalCount, language),
          ),
        );
      }
    } catch (caught) {
      setBulkNote(errorText(messages, errorKindOf(caught)));
    } finally {
      setSelectingAll(false);
    }
  }

  let body: ReactNode;
  if (query.error && !connection) {
    body = (
      <div className="notice notice--error" role="alert">
        <p className="notice__title">{text.errorTitle}</p>
        <p className="notice__detail">{errorText(messages, errorKindOf(query.error))}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            query.refetch().catch(() => {});
          }}
        >
          {text.retry}
        </button>
      </div>
    );
  } else if (connection === undefined) {
    body = (
      <p className="notice notice--loading" role="status">
        <span className="spinner" aria-hidden="true" />
        {text.loading}
      </p>
    );
  } else if (rows.length === 0) {
    const filtered = hasFilters(filters);
    body = (
      <div className="notice">
        <p className="notice__title">{filtered ? text.emptyFiltered : text.empty}</p>
        {filtered ? (
          <button
            type="button"
            className="button wol__secondary"
            onClick={() => setFilters(NO_FILTERS)}
          >
            {messages.dispatch.filters.clear}
          </button>
        ) : null}
      </div>
    );
  } else {
    const endCursor = connection?.pageInfo.endCursor;
    body = (
      <>
        <p id={hintId} className="visually-hidden">
          {text.keyboardHint}
        </p>
        <table
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: its rows are focusable and selectable (roving focus), which a table's are not
          role="grid"
          className="wol__grid"
          aria-labelledby={headingId}
          aria-describedby={hintId}
          aria-busy={updating}
        >
          <thead className="visually-hidden">
            <tr>
              <th scope="col">{text.columns.bulk}</th>
              <th scope="col">{text.columns.workOrder}</th>
              <th scope="col">{text.columns.status}</th>
              <th scope="col">{messages.dispatch.filters.service}</th>
              <th scope="col">{text.columns.assignee}</th>
              <th scope="col">{text.columns.due}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <WorkOrderListRow
                key={row.id}
                workOrder={row}
                selected={row.id === selectedId}
                inBulk={bulkSelection.has(row.id)}
                active={index === activeIndex}
                recent={recentlyChanged.has(row.id)}
                rowRef={(element) => {
                  if (element) rowElements.current.set(row.id, element);
                  else rowElements.current.delete(row.id);
                }}
                onRowClick={(event) => onRowClick(row, event)}
                onRowKeyDown={(event) => onRowKeyDown(index, event)}
                onFocus={() => setActiveId(row.id)}
                onBulkToggle={(extend) => toggleBulk(row.id, extend)}
              />
            ))}
          </tbody>
        </table>
        <div className="list-footer wol__footer">
          <p className="list-footer__progress">
            {text.showing(
              formatCount(rows.length, language),
              formatCount(connection?.totalCount ?? 0, language),
            )}
          </p>
          {connection?.pageInfo.hasNextPage && endCursor ? (
            <button
              type="button"
              className="button"
              aria-disabled={loadingMore}
              onClick={() => {
                if (!loadingMore) void loadMore(endCursor);
              }}
            >
              {loadingMore ? text.loadingMore : text.loadMore}
            </button>
          ) : null}
        </div>
        {loadMoreError ? (
          <p className="notice notice--error notice--inline" role="alert">
            {loadMoreError}
          </p>
        ) : null}
      </>
    );
  }

  const total = connection
    ? (bbox ? text.inView : text.inCity)(
        connection.totalCount,
        formatCount(connection.totalCount, language),
        connection.totalCountIsEstimate,
      )
    : null;

  return (
    <section className="panel wol" aria-labelledby={headingId}>
      <div className="wol__header">
        <div>
          <h2 id={headingId} className="wol__title">
            {text.heading}
          </h2>
          <p className="wol__order">{text.order}</p>
        </div>
        <p className="wol__total" data-testid="open-work-orders-total">
          {total}
          {updating ? <span className="wol__updating"> {text.updating}</span> : null}
        </p>
      </div>
      <div className="wol__bulk">
        <button
          type="button"
          className="button wol__secondary"
          aria-disabled={!filter || selectingAll || rows.length === 0}
          onClick={() => {
            if (rows.length > 0) void selectAll();
          }}
        >
          {selectingAll ? text.selectingAll : text.selectAll}
        </button>
        <p className="wol__selected" role="status">
          {bulkSelection.size > 0
            ? text.selected(bulkSelection.size, formatCount(bulkSelection.size, language))
            : ''}
          {bulkNote ? ` ${bulkNote}` : ''}
        </p>
        <button
          type="button"
          className="button wol__secondary"
          // Always there, so that pressing it does not lose the keyboard's place.
          aria-disabled={bulkSelection.size === 0}
          onClick={() => {
            if (bulkSelection.size === 0) return;
            anchor.current = null;
            setBulkNote(null);
            setBulkSelection([]);
          }}
        >
          {text.clearSelection}
        </button>
      </div>
      {body}
    </section>
  );
}
