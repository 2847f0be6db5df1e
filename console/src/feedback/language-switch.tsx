// Skeleton for issue 10: English / Español, switchable any time, remembered.
export function LanguageSwitch() {
  return null;
}
