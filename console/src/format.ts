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
