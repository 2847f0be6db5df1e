import type { WorkOrderStatus } from '../generated/graphql';
import { useI18n } from '../i18n';

// The word carries the meaning; colour only helps scanning (WCAG 1.4.1).
export function StatusBadge({ status }: { status: WorkOrderStatus }) {
  const { messages } = useI18n();
  return (
    <span className={`badge badge--status-${status.toLowerCase().replace('_', '-')}`}>
      {messages.status[status]}
    </span>
  );
}
