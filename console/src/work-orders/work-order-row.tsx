import { useI18n } from '../i18n';
import { DateTime } from './date-time';
import type { OpenWorkOrder } from './open-work-orders.graphql';
import { PriorityBadge } from './priority-badge';
import { StatusBadge } from './status-badge';

export function WorkOrderRow({ workOrder }: { workOrder: OpenWorkOrder }) {
  const { messages } = useI18n();
  const text = messages.openWorkOrders;
  const { asset, assignee, department } = workOrder;
  return (
    <tr className={workOrder.overdue ? 'is-overdue' : undefined}>
      <th scope="row" className="cell-number">
        {workOrder.number}
      </th>
      <td className="cell-summary">{workOrder.summary}</td>
      <td>{workOrder.service.name}</td>
      <td>
        <StatusBadge status={workOrder.status} />
      </td>
      <td>
        <PriorityBadge priority={workOrder.priority} />
      </td>
      <td>{department.name}</td>
      <td className={assignee ? undefined : 'is-muted'}>
        {assignee ? assignee.name : text.unassigned}
      </td>
      <td className="cell-asset">
        {asset ? (
          <>
            <span className="asset-type">{asset.assetType.name}</span>{' '}
            <span className="asset-tag">{asset.tag}</span>
          </>
        ) : (
          <span className="is-muted">{text.none}</span>
        )}
      </td>
      <td className="cell-date">
        <DateTime iso={workOrder.createdAt} />
      </td>
      <td className="cell-date">
        <DateTime iso={workOrder.dueAt} />
        {workOrder.overdue ? <span className="badge badge--overdue">{text.overdue}</span> : null}
      </td>
    </tr>
  );
}
