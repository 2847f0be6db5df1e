import type { KeyboardEvent, MouseEvent } from 'react';
import { useI18n } from '../i18n';
import { DateTime } from '../work-orders/date-time';
import { PriorityBadge } from '../work-orders/priority-badge';
import { StatusBadge } from '../work-orders/status-badge';
import type { WorkOrderListItem } from './work-order-list.graphql';

export interface WorkOrderListRowProps {
  workOrder: WorkOrderListItem;
  /** Open in the detail panel (aria-selected). */
  selected: boolean;
  /** In the bulk selection (the checkbox). */
  inBulk: boolean;
  /** The row the grid's roving focus rests on: the one Tab reaches. */
  active: boolean;
  /** Changed live a moment ago: a brief highlight. */
  recent: boolean;
  rowRef: (element: HTMLTableRowElement | null) => void;
  onRowClick: (event: MouseEvent<HTMLTableRowElement>) => void;
  onRowKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => void;
  onFocus: () => void;
  /** The checkbox: `extend` when Shift was held (a range from the last one toggled). */
  onBulkToggle: (extend: boolean) => void;
}

/** One open work order: number, badges, summary, service, who has it, when it is due. */
export function WorkOrderListRow({
  workOrder,
  selected,
  inBulk,
  active,
  recent,
  rowRef,
  onRowClick,
  onRowKeyDown,
  onFocus,
  onBulkToggle,
}: WorkOrderListRowProps) {
  const { messages } = useI18n();
  const text = messages.dispatch.list;
  const { assignee, crew } = workOrder;
  const className = [
    'wol__row',
    selected ? 'is-selected' : '',
    inBulk ? 'is-in-bulk' : '',
    recent ? 'is-recent' : '',
    workOrder.overdue ? 'is-overdue' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <tr
      ref={rowRef}
      className={className}
      aria-selected={selected}
      aria-current={selected ? 'true' : undefined}
      tabIndex={active ? 0 : -1}
      data-id={workOrder.id}
      onClick={onRowClick}
      onKeyDown={onRowKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocus();
      }}
    >
      <td className="wol__check">
        <input
          type="checkbox"
          checked={inBulk}
          // Only the active row's checkbox is a Tab stop: the grid is one stop, not 25.
          tabIndex={active ? 0 : -1}
          aria-label={text.selectForBulk(workOrder.number)}
          onChange={(event) => onBulkToggle((event.nativeEvent as PointerEvent).shiftKey === true)}
        />
      </td>
      <th scope="row" className="wol__number">
        {workOrder.number}
      </th>
      <td className="wol__badges">
        <StatusBadge status={workOrder.status} />
        <PriorityBadge priority={workOrder.priority} />
        {workOrder.overdue ? (
          <span className="badge badge--overdue wol__overdue">{text.overdue}</span>
        ) : null}
      </td>
      <td className="wol__summary">
        <span className="wol__summary-text">{workOrder.summary}</span>
        <span className="wol__service">{workOrder.service.name}</span>
      </td>
      <td className={assignee || crew ? 'wol__assignee' : 'wol__assignee is-muted'}>
        {assignee || crew
          ? [assignee?.name, crew?.name].filter(Boolean).join(' · ')
          : text.unassigned}
      </td>
      <td className="wol__due">
        <span className="wol__due-label">{text.due}</span> <DateTime iso={workOrder.dueAt} />
      </td>
    </tr>
  );
}
