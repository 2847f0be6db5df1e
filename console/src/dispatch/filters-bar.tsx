// Skeleton for issue 10: the filters (status, department, service, priority, district, overdue, text), written to the URL through useDispatch().setFilters.
export function FiltersBar() {
  return null;
}
