import { useQuery } from '@apollo/client/react';
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { errorKindOf } from '../errors/error-kind';
import { formatCount, formatDistance } from '../format';
import { useI18n } from '../i18n';
import { useLive, useLiveEvents } from '../live/live-context';
import { LazyMyWorkMap } from '../map/my-work-map';
import { useLocation, useSetSearchParams } from '../routing/use-location';
import { LoadFailed } from './load-failed';
import { MY_WORK_PAGE_SIZE, MyWorkOrdersDocument, type MyWorkStaff } from './my-work.graphql';
import { MyWorkCard } from './my-work-card';
import { mergeMyWork, orderWork, type Relation, withDistances } from './my-work-order';
import type { PositionState } from './use-position';

/** Live changes arrive in bursts (a bulk assignment): one refetch per burst. */
export const LIVE_REFETCH_DELAY_MS = 400;

export type Show = 'all' | Relation;
const SHOW_PARAM = 'show';

function showFrom(value: string | null): Show {
  return value === 'mine' || value === 'crew' ? value : 'all';
}

export function MyWorkList({
  me,
  geolocation,
  onOpen,
  focusId,
}: {
  me: MyWorkStaff;
  geolocation: { state: PositionState; locate: () => void };
  onOpen: (id: string) => void;
  /** The card to put focus on: the one that was open, on coming back to the list. */
  focusId: string | null;
}) {
  const { language, locale, messages } = useI18n();
  const text = messages.myWork;
  const headingId = useId();
  const { search } = useLocation();
  const setSearchParams = useSetSearchParams();
  const show = showFrom(search.get(SHOW_PARAM));
  const [sortByDistance, setSortByDistance] = useState(false);
  const [mapShown, setMapShown] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const { recentlyChanged } = useLive();
  const links = useRef(new Map<string, HTMLAnchorElement>());

  const { data, error, refetch } = useQuery(MyWorkOrdersDocument, {
    variables: {
      assigneeId: me.id,
      crewId: me.crew?.id ?? null,
      withCrew: me.crew !== null,
      first: MY_WORK_PAGE_SIZE,
      locale,
    },
  });

  // Any change may add work to the list or take it away (assigned, completed,
  // reassigned): ask again, once per burst.
  const refetchTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useLiveEvents(() => {
    clearTimeout(refetchTimer.current);
    refetchTimer.current = setTimeout(() => {
      refetch().catch(() => {});
    }, LIVE_REFETCH_DELAY_MS);
  });
  useEffect(() => () => clearTimeout(refetchTimer.current), []);

  const { state: position, locate } = geolocation;
  const located = position.kind === 'located' ? position.position : null;
  const all = useMemo(() => {
    if (!data) return [];
    const merged = mergeMyWork(
      me.id,
      data.mine.edges.map((edge) => edge.node),
      data.crew?.edges.map((edge) => edge.node) ?? [],
    );
    // Distances stay on the cards in the due order too, once the phone has said.
    return orderWork(
      withDistances(merged, located),
      sortByDistance && located ? 'distance' : 'due',
    );
  }, [data, me.id, located, sortByDistance]);
  const shown = show === 'all' ? all : all.filter((item) => item.relation === show);

  useEffect(() => {
    if (focusId) links.current.get(focusId)?.focus();
  }, [focusId]);

  function sortClicked() {
    if (sortByDistance) {
      setSortByDistance(false);
      return;
    }
    setSortByDistance(true);
    // Asked on this tap, never before: the browser's prompt follows a gesture.
    if (position.kind !== 'located') locate();
  }

  function mapSelected(id: string) {
    setSelectedId(id);
    links.current.get(id)?.scrollIntoView?.({ block: 'nearest' });
  }

  const counts: Record<Show, number> = {
    all: all.length,
    mine: all.filter((item) => item.relation === 'mine').length,
    crew: all.filter((item) => item.relation === 'crew').length,
  };
  const truncated =
    data &&
    (data.mine.totalCount > data.mine.edges.length ||
      (data.crew !== null &&
        data.crew !== undefined &&
        data.crew.totalCount > data.crew.edges.length));

  let orderNote: ReactNode;
  if (sortByDistance && position.kind === 'locating') orderNote = text.sort.locating;
  else if (sortByDistance && position.kind === 'denied') orderNote = text.sort.denied;
  else if (sortByDistance && position.kind === 'unavailable') orderNote = text.sort.unavailable;
  else if (sortByDistance && position.kind === 'located')
    orderNote = text.sort.orderDistance(formatDistance(position.accuracyMeters, language));
  else orderNote = text.sort.orderDue;
  const orderNoteIsProblem =
    sortByDistance && (position.kind === 'denied' || position.kind === 'unavailable');

  let body: ReactNode;
  if (error && !data) {
    body = (
      <LoadFailed
        title={text.errorTitle}
        kind={errorKindOf(error)}
        onRetry={() => refetch().catch(() => {})}
      />
    );
  } else if (!data) {
    body = (
      <p className="notice notice--loading" role="status">
        <span className="spinner" aria-hidden="true" />
        {text.loading}
      </p>
    );
  } else if (all.length === 0) {
    body = (
      <div className="notice mw-empty">
        <p className="notice__title">{text.empty}</p>
        <p className="notice__detail">{text.emptyHint}</p>
      </div>
    );
  } else {
    body = (
      <>
        {shown.length === 0 ? (
          <p className="notice mw-empty">{show === 'mine' ? text.emptyMine : text.emptyCrew}</p>
        ) : (
          <ul className="mw-cards" aria-label={text.listLabel}>
            {shown.map((item) => (
              <li key={item.workOrder.id}>
                <MyWorkCard
                  item={item}
                  changed={recentlyChanged.has(item.workOrder.id)}
                  selected={selectedId === item.workOrder.id}
                  onOpen={onOpen}
                  linkRef={(link) => {
                    if (link) links.current.set(item.workOrder.id, link);
                    else links.current.delete(item.workOrder.id);
                  }}
                />
              </li>
            ))}
          </ul>
        )}
        {truncated ? (
          <p className="mw-note-line">
            {text.truncated(
              formatCount(all.length, language),
              formatCount(Math.max(data.mine.totalCount, data.crew?.totalCount ?? 0), language),
            )}
          </p>
        ) : null}
      </>
    );
  }

  return (
    <section className="mw-list" aria-labelledby={headingId}>
      <header className="mw-list__header">
        <h1 id={headingId} className="mw-list__title">
          {text.heading}
        </h1>
        <p className="mw-list__description">{text.description(me.crew?.name ?? null)}</p>
        {data ? (
          <p className="mw-list__count" data-testid="my-work-count">
            {text.count(all.length, formatCount(all.length, language))}
          </p>
        ) : null}
      </header>

      {data && all.length > 0 && me.crew ? (
        <fieldset className="mw-chips">
          <legend className="visually-hidden">{text.filter.label}</legend>
          {(['all', 'mine', 'crew'] as const).map((value) => (
            <button
              key={value}
              type="button"
              className="mw-chip"
              aria-pressed={show === value}
              onClick={() =>
                setSearchParams({ [SHOW_PARAM]: value === 'all' ? null : value }, { replace: true })
              }
            >
              {text.filter[value]}{' '}
              <span className="mw-chip__count">{formatCount(counts[value], language)}</span>
            </button>
          ))}
        </fieldset>
      ) : null}

      {/* Before the list for the keyboard; on a phone, fixed at the bottom, within the thumb's reach. */}
      <div className="mw-toolbar">
        <button
          type="button"
          className="mw-button"
          aria-pressed={sortByDistance}
          onClick={sortClicked}
        >
          {text.sort.byDistance}
        </button>
        <button
          type="button"
          className="mw-button mw-button--quiet"
          aria-pressed={mapShown}
          onClick={() => setMapShown((shown) => !shown)}
        >
          {mapShown ? text.map.hide : text.map.show}
        </button>
      </div>

      <p
        className={orderNoteIsProblem ? 'mw-order mw-order--problem' : 'mw-order'}
        role="status"
        data-testid="my-work-order-note"
      >
        {orderNote}
      </p>

      {mapShown ? (
        <LazyMyWorkMap
          className="mw-map"
          workOrders={shown.map(({ workOrder }) => ({
            id: workOrder.id,
            number: workOrder.number,
            status: workOrder.status,
            lon: workOrder.location.lon,
            lat: workOrder.location.lat,
          }))}
          selectedId={selectedId}
          onSelect={mapSelected}
        />
      ) : null}

      {body}
    </section>
  );
}
