// Skeleton for issue 10: the list of open work orders in the map's viewport, honouring the filters; selection both ways; shift-select for bulk.
export function WorkOrderList() {
  return null;
}
