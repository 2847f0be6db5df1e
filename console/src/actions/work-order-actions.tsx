// Skeleton for issue 10: the actions the signed-in person may take on one work order, with their dialogs and the conflict view.
export function WorkOrderActions(_props: { workOrderId: string; layout?: 'panel' | 'phone' }) {
  return null;
}
