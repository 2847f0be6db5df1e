import type { WorkOrderPriority } from '../generated/graphql';
import { useI18n } from '../i18n';

// The word carries the meaning; colour and the marker shape only help scanning.
export function PriorityBadge({ priority }: { priority: WorkOrderPriority }) {
  const { messages } = useI18n();
  return (
    <span className={`badge badge--priority-${priority.toLowerCase()}`}>
      {messages.priority[priority]}
    </span>
  );
}
