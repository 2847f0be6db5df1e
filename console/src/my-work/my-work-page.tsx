// Skeleton for issue 10: the field worker's open work and their crew's, nearest first, with a map; phone first.
export function MyWorkPage() {
  return null;
}
