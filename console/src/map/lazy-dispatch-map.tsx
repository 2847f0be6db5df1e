// Skeleton for issue 10: the dispatcher's map, loaded on demand: honours the filters, reports its viewport, selects both ways, draws a polygon for bulk selection.
export function LazyDispatchMap(_props: { className?: string }) {
  return null;
}
