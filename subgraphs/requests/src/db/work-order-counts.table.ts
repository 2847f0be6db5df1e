import type { WorkOrderPriority, WorkOrderStatus } from './work-order.table';

/** Work orders per combination of the dispatcher's filter dimensions (see migration 0003). */
export interface WorkOrderCountsTable {
  status: WorkOrderStatus;
  departmentId: string;
  serviceId: string;
  /** 0: in no district. */
  district: number;
  priority: WorkOrderPriority;
  overdue: boolean;
  count: string;
}
