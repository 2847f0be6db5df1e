import { useI18n } from '../i18n';
import type { OpenWorkOrder } from './open-work-orders.graphql';
import { WorkOrderRow } from './work-order-row';

export function WorkOrdersTable({ workOrders }: { workOrders: readonly OpenWorkOrder[] }) {
  const { messages } = useI18n();
  const text = messages.openWorkOrders;
  const columns = text.columns;
  return (
    // Ten columns do not fit a phone: the table scrolls sideways inside a region that
    // keyboard users can focus and screen readers can name.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1)
    <section className="table-scroll" aria-label={text.scrollHint} tabIndex={0}>
      <table className="work-orders">
        <caption className="visually-hidden">{text.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.number}</th>
            <th scope="col">{columns.summary}</th>
            <th scope="col">{columns.service}</th>
            <th scope="col">{columns.status}</th>
            <th scope="col">{columns.priority}</th>
            <th scope="col">{columns.department}</th>
            <th scope="col">{columns.assignee}</th>
            <th scope="col">{columns.asset}</th>
            <th scope="col">{columns.created}</th>
            <th scope="col">{columns.due}</th>
          </tr>
        </thead>
        <tbody>
          {workOrders.map((workOrder) => (
            <WorkOrderRow key={workOrder.id} workOrder={workOrder} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
