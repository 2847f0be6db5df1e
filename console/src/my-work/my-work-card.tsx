import type { MouseEvent, Ref } from 'react';
import { useCity } from '../city/use-city';
import { formatDateTime, formatDistance } from '../format';
import { useI18n } from '../i18n';
import { PriorityBadge } from '../work-orders/priority-badge';
import { StatusBadge } from '../work-orders/status-badge';
import type { MyWorkItem } from './my-work-order';

/** The address that opens a work order's own view, within My work. */
export function myWorkOrderHref(id: string): string {
  return `/my-work?${new URLSearchParams({ workOrder: id })}`;
}

/** Who has it, as the field worker reads it: "Assigned to you", "Your crew: Ana Ruiz". */
export function useRelationText(item: MyWorkItem): string {
  const text = useI18n().messages.myWork.relation;
  if (item.relation === 'mine') return text.mine;
  const assignee = item.workOrder.assignee;
  return assignee ? text.crewAssigned(assignee.name) : text.crewUnassigned;
}

/**
 * One work order on the phone: big enough to read at arm's length, the whole card a
 * target for the thumb (the title's link stretches over it).
 */
export function MyWorkCard({
  item,
  changed,
  selected,
  onOpen,
  linkRef,
}: {
  item: MyWorkItem;
  /** Changed live a moment ago: highlighted briefly. */
  changed: boolean;
  /** Selected on the map. */
  selected: boolean;
  onOpen: (id: string) => void;
  linkRef?: Ref<HTMLAnchorElement>;
}) {
  const { language, messages } = useI18n();
  const text = messages.myWork;
  const { timeZone } = useCity();
  const relation = useRelationText(item);
  const { workOrder } = item;
  const due = formatDateTime(workOrder.dueAt, language, timeZone);

  function open(event: MouseEvent<HTMLAnchorElement>) {
    // A new tab or window keeps the browser's own behaviour.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    onOpen(workOrder.id);
  }

  const classes = ['mw-card'];
  if (changed) classes.push('mw-card--changed');
  if (selected) classes.push('mw-card--selected');
  if (workOrder.overdue) classes.push('mw-card--overdue');

  return (
    <article className={classes.join(' ')} data-testid="my-work-card" data-id={workOrder.id}>
      <h2 className="mw-card__title">
        <a
          className="mw-card__link"
          href={myWorkOrderHref(workOrder.id)}
          onClick={open}
          ref={linkRef}
          aria-current={selected ? 'true' : undefined}
        >
          <span className="mw-card__number">
            <span className="visually-hidden">{text.workOrder(workOrder.number)} </span>
            <span aria-hidden="true">{workOrder.number}</span>
          </span>{' '}
          <span className="mw-card__summary">{workOrder.summary}</span>
        </a>
      </h2>
      <p className="mw-card__badges">
        <StatusBadge status={workOrder.status} />
        <PriorityBadge priority={workOrder.priority} />
        {workOrder.overdue ? (
          <span className="badge badge--overdue">{messages.openWorkOrders.overdue}</span>
        ) : null}
        {changed ? <span className="badge mw-badge--changed">{text.justUpdated}</span> : null}
      </p>
      <p className="mw-card__address">{workOrder.serviceRequest.address}</p>
      <p className="mw-card__service">{workOrder.service.name}</p>
      <p className="mw-card__due">
        <time dateTime={workOrder.dueAt}>{text.due(due.date, due.time)}</time>
      </p>
      <p className="mw-card__footer">
        <span className={`mw-relation mw-relation--${item.relation}`}>{relation}</span>
        {item.distanceMeters !== null ? (
          <span className="mw-card__distance" data-testid="my-work-distance">
            {text.away(formatDistance(item.distanceMeters, language))}
          </span>
        ) : null}
      </p>
    </article>
  );
}
