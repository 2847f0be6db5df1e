import type { Unit } from 'maplibre-gl';

// Where people measure streets in feet and miles (CLDR's "US" measurement system).
const IMPERIAL_REGIONS = new Set(['US', 'LR', 'MM']);

/** The scale bar's unit for the browser's preferred locales: the first one with a region decides. */
export function scaleUnitFor(preferred: readonly string[]): Unit {
  for (const tag of preferred) {
    let region: string | undefined;
    try {
      region = new Intl.Locale(tag).maximize().region;
    } catch {
      continue;
    }
    if (region) return IMPERIAL_REGIONS.has(region) ? 'imperial' : 'metric';
  }
  return 'metric';
}
