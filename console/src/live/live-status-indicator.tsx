// Skeleton for issue 10: says in the header whether the view is live, reconnecting or offline.
export function LiveStatusIndicator() {
  return null;
}
