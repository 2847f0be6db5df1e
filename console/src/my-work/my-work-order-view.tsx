import { useQuery } from '@apollo/client/react';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { WorkOrderActions } from '../actions/work-order-actions';
import { useCity } from '../city/use-city';
import { errorKindOf } from '../errors/error-kind';
import { formatDateTime, formatDistance } from '../format';
import { useI18n } from '../i18n';
import { useLiveEvents, useRecentlyChanged } from '../live/live-context';
import { PriorityBadge } from '../work-orders/priority-badge';
import { StatusBadge } from '../work-orders/status-badge';
import { distanceMeters, type LonLat } from './distance';
import { LoadFailed } from './load-failed';
import { type MyWorkOrderDetail, MyWorkOrderDocument } from './my-work.graphql';

/** Where the Directions link goes: OpenStreetMap's router, to the work (lat,lon). */
export function directionsHref({ lon, lat }: LonLat): string {
  return `https://www.openstreetmap.org/directions?to=${lat.toFixed(6)}%2C${lon.toFixed(6)}`;
}

/**
 * One work order, full screen on a phone: its status and the actions first (what the
 * field worker came to do), then what, where (with directions) and what others wrote.
 */
export function MyWorkOrderView({
  id,
  meId,
  position,
  onBack,
}: {
  id: string;
  meId: string;
  position: LonLat | null;
  onBack: () => void;
}) {
  const { locale, messages } = useI18n();
  const text = messages.myWork;
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { data, error, refetch } = useQuery(MyWorkOrderDocument, {
    variables: { id, locale },
  });
  const workOrder = data?.workOrder ?? null;

  // The cache follows the work order's own fields live; notes and hold reasons come
  // with a refetch.
  useLiveEvents((event) => {
    if (event.workOrderId === id) refetch().catch(() => {});
  });

  // Opening a work order moves the reader to it, as a new page would.
  const loaded = workOrder !== null;
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);

  let body: ReactNode;
  if (error && !workOrder) {
    body = (
      <LoadFailed
        title={text.detail.errorTitle}
        kind={errorKindOf(error)}
        onRetry={() => refetch().catch(() => {})}
      />
    );
  } else if (!data) {
    body = (
      <p className="notice notice--loading" role="status">
        <span className="spinner" aria-hidden="true" />
        {text.detail.loading}
      </p>
    );
  } else if (!workOrder) {
    body = <LoadFailed title={text.detail.errorTitle} kind="notFound" />;
  } else {
    body = (
      <WorkOrderDetails
        workOrder={workOrder}
        meId={meId}
        position={position}
        headingId={headingId}
        headingRef={headingRef}
      />
    );
  }

  return (
    <section className="mw-view" aria-labelledby={workOrder ? headingId : undefined}>
      <div className="mw-view__bar">
        <button type="button" className="mw-button mw-button--quiet" onClick={onBack}>
          <span aria-hidden="true">←</span> {text.detail.back}
        </button>
      </div>
      {body}
    </section>
  );
}

function WorkOrderDetails({
  workOrder,
  meId,
  position,
  headingId,
  headingRef,
}: {
  workOrder: MyWorkOrderDetail;
  meId: string;
  position: LonLat | null;
  headingId: string;
  headingRef: React.Ref<HTMLHeadingElement>;
}) {
  const { language, messages } = useI18n();
  const text = messages.myWork;
  const detail = text.detail;
  const { timeZone } = useCity();
  const changed = useRecentlyChanged(workOrder.id);
  const due = formatDateTime(workOrder.dueAt, language, timeZone);
  const assignee = workOrder.assignee;
  const assigned =
    assignee?.id === meId
      ? text.relation.mine
      : assignee
        ? assignee.name
        : workOrder.crew
          ? `${workOrder.crew.name}: ${text.relation.crewUnassigned}`
          : messages.openWorkOrders.unassigned;

  return (
    <>
      <div className={changed ? 'mw-view__head mw-card--changed' : 'mw-view__head'}>
        <h1 id={headingId} className="mw-view__title" tabIndex={-1} ref={headingRef}>
          <span className="mw-card__number">{workOrder.number}</span>
          <span className="mw-view__summary">{workOrder.summary}</span>
        </h1>
        {/* The status line: a polite live region, so a change made here or elsewhere is said. */}
        <p className="mw-status-line" role="status" data-testid="my-work-status-line">
          <StatusBadge status={workOrder.status} />{' '}
          <span>{detail.statusLine(messages.status[workOrder.status])}</span>
          {workOrder.status === 'ON_HOLD' && workOrder.holdReason ? (
            <span className="mw-status-line__reason">
              {detail.holdReason(workOrder.holdReason)}
            </span>
          ) : null}
        </p>
      </div>

      {/* Right under the status: what the field worker came to do. The component names its own region. */}
      <div className="mw-view__actions">
        <WorkOrderActions workOrderId={workOrder.id} layout="phone" />
      </div>

      <dl className="mw-facts">
        <div>
          <dt>{detail.service}</dt>
          <dd>{workOrder.service.name}</dd>
        </div>
        <div>
          <dt>{detail.priority}</dt>
          <dd>
            <PriorityBadge priority={workOrder.priority} />
          </dd>
        </div>
        <div>
          <dt>{detail.due}</dt>
          <dd>
            <time dateTime={workOrder.dueAt}>
              {due.date}, {due.time}
            </time>
            {workOrder.overdue ? (
              <>
                {' '}
                <span className="badge badge--overdue">{messages.openWorkOrders.overdue}</span>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{detail.assigned}</dt>
          <dd>{assigned}</dd>
        </div>
        {position ? (
          <div>
            <dt>{detail.distance}</dt>
            <dd>{formatDistance(distanceMeters(position, workOrder.location), language)}</dd>
          </div>
        ) : null}
      </dl>

      <section className="mw-view__section">
        <h2 className="mw-view__heading">{detail.description}</h2>
        <p className="mw-view__text">{workOrder.serviceRequest.description}</p>
      </section>

      {workOrder.resolution ? (
        <section className="mw-view__section">
          <h2 className="mw-view__heading">{detail.resolution}</h2>
          <p className="mw-view__text">{workOrder.resolution}</p>
        </section>
      ) : null}

      <section className="mw-view__section">
        <h2 className="mw-view__heading">{detail.address}</h2>
        <p className="mw-view__text">{workOrder.serviceRequest.address}</p>
        <a
          className="mw-button"
          href={directionsHref(workOrder.location)}
          target="_blank"
          rel="noopener noreferrer"
        >
          {detail.directions}
          <span className="visually-hidden"> {detail.opensOsm}</span>
        </a>
      </section>

      <section className="mw-view__section">
        <h2 className="mw-view__heading">{detail.notes}</h2>
        {workOrder.notes.length === 0 ? (
          <p className="mw-view__text is-muted">{detail.noNotes}</p>
        ) : (
          <ol className="mw-notes">
            {workOrder.notes.map((note) => {
              const at = formatDateTime(note.createdAt, language, timeZone);
              return (
                <li key={note.id} className="mw-note">
                  <p className="mw-note__meta">
                    <span className="mw-note__author">
                      {note.author?.staff?.name ?? detail.noteBySystem}
                    </span>{' '}
                    <time dateTime={note.createdAt}>
                      {at.date}, {at.time}
                    </time>{' '}
                    <span className="badge badge--priority-low">
                      {detail.visibility[note.visibility]}
                    </span>
                  </p>
                  <p className="mw-note__body">{note.body}</p>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </>
  );
}
