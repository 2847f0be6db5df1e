import type { Scalars } from './generated/graphql';
import type { Language } from './i18n';

/** A `DateTime` as the graph sends it: ISO 8601 with a zone (codegen.ts maps the scalar). */
export type IsoDateTime = Scalars['DateTime']['output'];

// Formatters are costly to build, and a table formats hundreds of cells.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

function dateTimeFormat(
  language: Language,
  timeZone: string,
  style: 'date' | 'time',
): Intl.DateTimeFormat {
  const key = `${language} ${timeZone} ${style}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      language,
      style === 'date' ? { dateStyle: 'medium', timeZone } : { timeStyle: 'short', timeZone },
    );
    dateTimeFormats.set(key, format);
  }
  return format;
}

/**
 * A timestamp as city staff read it: in the city's zone (an IANA name, from the
 * graph), not the browser's. Date and time apart so that a table can stack them and
 * stay narrow.
 */
export function formatDateTime(
  iso: IsoDateTime,
  language: Language,
  timeZone: string,
): { date: string; time: string } {
  const instant = new Date(iso);
  return {
    date: dateTimeFormat(language, timeZone, 'date').format(instant),
    time: dateTimeFormat(language, timeZone, 'time').format(instant),
  };
}

export function formatCount(count: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language);
    numberFormats.set(language, format);
  }
  return format.format(count);
}

const distanceFormats = new Map<string, Intl.NumberFormat>();

function distanceFormat(language: Language, unit: 'meter' | 'kilometer', digits: number) {
  const key = `${language} ${unit} ${digits}`;
  let format = distanceFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: digits,
    });
    distanceFormats.set(key, format);
  }
  return format;
}

/**
 * A distance as a person on foot reads it: "850 m" under a kilometre (to 10 m, finer
 * would be false precision for a phone's fix), "1.2 km" up to 100 km, "140 km" beyond;
 * the decimal sign and grouping of the language ("1,2 km" in Spanish).
 */
export function formatDistance(meters: number, language: Language): string {
  if (meters < 995) {
    return distanceFormat(language, 'meter', 0).format(Math.max(0, Math.round(meters / 10) * 10));
  }
  const km = meters / 1000;
  return distanceFormat(language, 'kilometer', km < 99.95 ? 1 : 0).format(km);
}
