// Skeleton for issue 10: shown while useDispatch().bulkSelection is not empty: assign them all to a crew or person.
export function BulkAssignBar() {
  return null;
}
