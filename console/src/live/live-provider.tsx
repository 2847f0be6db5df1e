// Skeleton for issue 10: the workOrderChanged subscription feeding the Apollo cache and LiveContext.
export function LiveProvider({ children }: { children: import('react').ReactNode }) {
  return <>{children}</>;
}
