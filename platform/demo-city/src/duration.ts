const DAY_MS = 86_400_000;

// Designators in ISO 8601 order; the optional "R/" or "Rn/" prefix of a repeating
// interval (DCAT's accrualPeriodicity) is accepted and ignored.
const ISO_DURATION = new RegExp(
  '^(?:R\\d*/)?P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?' +
    '(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$',
);

/**
 * Approximate length in ms of an ISO 8601 duration or repeating interval ("R/P1D",
 * "P3M", "PT6H"), with months of 30 days and years of 365 — enough to date a "last
 * modified" plausibly. Null when `value` is not such a duration or is zero long.
 */
export function durationMs(value: string): number | null {
  const match = ISO_DURATION.exec(value);
  if (!match) return null;
  const [years, months, weeks, days, hours, minutes, seconds] = match
    .slice(1)
    .map((part) => Number(part ?? 0)) as [number, number, number, number, number, number, number];
  const ms =
    (years * 365 + months * 30 + weeks * 7 + days) * DAY_MS +
    (hours * 3600 + minutes * 60 + seconds) * 1000;
  return ms > 0 ? ms : null;
}
