import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import { type KeyboardEvent, type ReactNode, useCallback, useEffect, useId, useRef } from 'react';
import { WorkOrderActions } from '../actions/work-order-actions';
import { useDispatch } from '../dispatch/dispatch-context';
import { errorKindOf } from '../errors/error-kind';
import { errorText } from '../errors/error-notice';
import { useI18n } from '../i18n';
import { useLiveEvents } from '../live/live-context';
import { DateTime } from '../work-orders/date-time';
import { PriorityBadge } from '../work-orders/priority-badge';
import { StatusBadge } from '../work-orders/status-badge';
import { type DetailWorkOrder, WorkOrderDetailDocument } from './detail-panel.graphql';
import {
  AssetSection,
  DetailSection,
  Facts,
  HistorySection,
  NotesSection,
  RequestSection,
} from './detail-sections';
import { LikelyDuplicates } from './likely-duplicates';
import './detail-panel.css';

/** How long the panel waits after a live change before it reloads history and notes. */
export const LIVE_REFETCH_DELAY_MS = 400;

/**
 * The list's rows and the map's points mark themselves with this attribute: closing
 * the panel returns focus to the row of the work order it showed.
 */
export const WORK_ORDER_ID_ATTRIBUTE = 'data-work-order-id';

/** Fields the graph refused to this role (null there, a FORBIDDEN error naming the path). */
function refusedFields(error: unknown): Set<string> {
  const refused = new Set<string>();
  if (!CombinedGraphQLErrors.is(error)) return refused;
  for (const e of error.errors) {
    const field = e.path?.at(-1);
    if (typeof field === 'string' && e.extensions?.code === 'FORBIDDEN') refused.add(field);
  }
  return refused;
}

/** Errors besides the refusals the panel expects and words itself. */
function unexpectedErrors(error: unknown): boolean {
  if (!error) return false;
  if (!CombinedGraphQLErrors.is(error)) return true;
  return error.errors.some((e) => {
    const field = e.path?.at(-1);
    return !(
      e.extensions?.code === 'FORBIDDEN' &&
      (field === 'reporter' || field === 'internalNotes')
    );
  });
}

function focusable(element: Element | null): element is HTMLElement {
  return element instanceof HTMLElement && element.isConnected;
}

/**
 * The selected work order (useDispatch().selectedId) in full: its header, the actions
 * the signed-in role may take, the request with its answers, photos and (for roles
 * allowed) the reporter, likely duplicates nearby, the asset and its recent work, the
 * history and the notes. It keeps up live: the subscription updates the cache, and a
 * live change of this work order reloads what only the graph knows (history, notes).
 */
export function DetailPanel() {
  const { messages } = useI18n();
  const text = messages.detail;
  const { selectedId, selectionSource, select } = useDispatch();
  const headingId = useId();
  const panel = useRef<HTMLElement>(null);
  // Where keyboard focus entered the panel from: it goes back there on close.
  const cameFrom = useRef<HTMLElement | null>(null);

  const onFocusCapture = (event: React.FocusEvent<HTMLElement>) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !panel.current?.contains(from)) cameFrom.current = from;
  };

  const close = useCallback(() => {
    const id = selectedId;
    select(null, 'list');
    if (!id) return;
    // After the list has re-rendered without the selection.
    requestAnimationFrame(() => {
      const row =
        [...document.querySelectorAll(`[${WORK_ORDER_ID_ATTRIBUTE}]`)].find(
          (element) => element.getAttribute(WORK_ORDER_ID_ATTRIBUTE) === id,
        ) ?? null;
      const origin = cameFrom.current;
      const target = focusable(row) && !panel.current?.contains(row) ? row : origin;
      if (focusable(target)) target.focus();
      cameFrom.current = null;
    });
  }, [select, selectedId]);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape' || event.defaultPrevented || !selectedId) return;
    // A dialog of the actions closes itself on Escape; the panel stays.
    if ((event.target as Element).closest('dialog, [role="dialog"], [role="alertdialog"]')) return;
    event.preventDefault();
    close();
  }

  // On a narrow screen the panel sits below the list: bring it into view on a choice.
  useEffect(() => {
    if (!selectedId || selectionSource === 'url' || selectionSource === 'live') return;
    if (typeof window.matchMedia !== 'function') return;
    if (window.matchMedia('(min-width: 64rem)').matches) return;
    panel.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [selectedId, selectionSource]);

  return (
    <section
      ref={panel}
      className={`detail${selectedId ? '' : ' detail--empty'}`}
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
      onFocusCapture={onFocusCapture}
      data-testid="detail-panel"
    >
      {selectedId ? (
        <WorkOrderDetail
          key={selectedId}
          id={selectedId}
          headingId={headingId}
          onClose={close}
          onSelect={(id) => select(id, 'url')}
        />
      ) : (
        <>
          <h2 id={headingId} className="detail__title">
            {text.heading}
          </h2>
          <p className="detail__muted">{text.hint}</p>
        </>
      )}
    </section>
  );
}

function DetailHeader({
  headingId,
  title,
  onClose,
  children,
}: {
  headingId: string;
  title: string;
  onClose: () => void;
  children?: ReactNode;
}) {
  const { messages } = useI18n();
  return (
    <header className="detail__header">
      <div className="detail__heading">
        <h2 id={headingId} className="detail__title">
          {title}
        </h2>
        {children}
      </div>
      <button
        type="button"
        className="button detail__close"
        onClick={onClose}
        aria-label={messages.detail.close}
        title={messages.detail.close}
      >
        <span aria-hidden="true">×</span>
      </button>
    </header>
  );
}

function WorkOrderDetail({
  id,
  headingId,
  onClose,
  onSelect,
}: {
  id: string;
  headingId: string;
  onClose: () => void;
  onSelect: (id: string) => void;
}) {
  const { locale, messages } = useI18n();
  const text = messages.detail;
  const { data, error, loading, refetch } = useQuery(WorkOrderDetailDocument, {
    variables: { id, locale },
    // A role that may not read the reporter gets null there and an error: show the rest.
    errorPolicy: 'all',
    // Back to a work order seen before: show it at once, and its history as it is now.
    fetchPolicy: 'cache-and-network',
  });

  // History and notes grow on the graph only: reload them after a live change of this
  // work order, once a burst of changes (assign, then start) has settled.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useLiveEvents((event) => {
    if (event.workOrderId !== id) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      refetch().catch(() => {});
    }, LIVE_REFETCH_DELAY_MS);
  });
  useEffect(() => () => clearTimeout(timer.current), []);

  const workOrder = data?.workOrder ?? null;

  if (!workOrder) {
    let body: ReactNode;
    if (loading) {
      body = (
        <p className="notice notice--loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {text.loading}
        </p>
      );
    } else if (!error || ['notFound', 'badInput', 'forbidden'].includes(errorKindOf(error))) {
      // A stale link (the id no longer exists, or names nothing this role may read).
      body = (
        <div className="notice" role="status">
          <p className="notice__title">{text.notFound}</p>
          <p className="notice__detail">{text.notFoundHint}</p>
        </div>
      );
    } else {
      body = (
        <div className="notice notice--error" role="alert">
          <p className="notice__title">{text.errorTitle}</p>
          <p className="notice__detail">{errorText(messages, errorKindOf(error))}</p>
          <button type="button" className="button" onClick={() => refetch().catch(() => {})}>
            {text.retry}
          </button>
        </div>
      );
    }
    return (
      <>
        <DetailHeader headingId={headingId} title={text.heading} onClose={onClose} />
        {body}
      </>
    );
  }

  const refused = refusedFields(error);
  return (
    <>
      <WorkOrderSummary workOrder={workOrder} headingId={headingId} onClose={onClose} />
      {unexpectedErrors(error) ? (
        <p className="notice notice--inline detail__partial" role="status">
          {text.partial}
        </p>
      ) : null}
      <div className="detail__actions">
        <WorkOrderActions workOrderId={id} layout="panel" />
      </div>
      <RequestSection workOrder={workOrder} reporterHidden={refused.has('reporter')} />
      <LikelyDuplicates
        serviceCode={workOrder.service.code}
        lon={workOrder.location.lon}
        lat={workOrder.location.lat}
        requestNumber={workOrder.serviceRequest.number}
        onSelect={onSelect}
      />
      {workOrder.assetId ? (
        workOrder.asset ? (
          <AssetSection asset={workOrder.asset} workOrderId={workOrder.id} onSelect={onSelect} />
        ) : (
          <DetailSection title={text.asset.heading}>
            <p className="detail__muted">{text.asset.hidden}</p>
          </DetailSection>
        )
      ) : null}
      <HistorySection history={workOrder.history} />
      <NotesSection
        publicNotes={workOrder.serviceRequest.publicNotes}
        internalNotes={workOrder.serviceRequest.internalNotes}
        internalHidden={refused.has('internalNotes')}
      />
    </>
  );
}

function WorkOrderSummary({
  workOrder,
  headingId,
  onClose,
}: {
  workOrder: DetailWorkOrder;
  headingId: string;
  onClose: () => void;
}) {
  const { messages } = useI18n();
  const text = messages.detail;
  const rows: [string, ReactNode][] = [
    [text.fields.due, <DateTime key="due" iso={workOrder.dueAt} />],
    [text.fields.department, workOrder.department.name],
    [text.fields.crew, workOrder.crew?.name ?? text.none],
    [text.fields.assignee, workOrder.assignee?.name ?? text.unassigned],
    [text.fields.version, String(workOrder.version)],
  ];
  if (workOrder.holdReason) rows.push([text.fields.holdReason, workOrder.holdReason]);
  if (workOrder.resolution) rows.push([text.fields.resolution, workOrder.resolution]);
  return (
    <>
      <DetailHeader headingId={headingId} title={text.title(workOrder.number)} onClose={onClose}>
        <p className="detail__summary">{workOrder.summary}</p>
        <p className="detail__badges">
          <span className="visually-hidden">{text.fields.status}: </span>
          <StatusBadge status={workOrder.status} />
          <span className="visually-hidden">, {text.fields.priority}: </span>
          <PriorityBadge priority={workOrder.priority} />
          {workOrder.overdue ? <span className="badge badge--overdue">{text.overdue}</span> : null}
        </p>
      </DetailHeader>
      <Facts rows={rows} />
    </>
  );
}
