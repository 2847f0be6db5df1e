import { cityTimeZone } from './config';
import type { Language } from './i18n';

// Formatters are costly to build, and a table formats hundreds of cells.
const dateFormats = new Map<Language, Intl.DateTimeFormat>();
const timeFormats = new Map<Language, Intl.DateTimeFormat>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

function cached(
  formats: Map<Language, Intl.DateTimeFormat>,
  language: Language,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { ...options, timeZone: cityTimeZone });
    formats.set(language, format);
  }
  return format;
}

/**
 * A timestamp as city staff read it: in the city's zone, not the browser's. Date and
 * time apart so that a table can stack them and stay narrow.
 */
export function formatDateTime(iso: string, language: Language): { date: string; time: string } {
  const instant = new Date(iso);
  return {
    date: cached(dateFormats, language, { dateStyle: 'medium' }).format(instant),
    time: cached(timeFormats, language, { timeStyle: 'short' }).format(instant),
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
