// Skeleton for issue 10: the polite live region and the toasts (FeedbackContext).
export function FeedbackProvider({ children }: { children: import('react').ReactNode }) {
  return <>{children}</>;
}
