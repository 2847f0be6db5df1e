// Skeleton for issue 10: the selected work order (useDispatch().selectedId): request, photo, reporter (allowed roles), duplicates nearby, asset and its work, history, notes, and <WorkOrderActions>.
export function DetailPanel() {
  return null;
}
