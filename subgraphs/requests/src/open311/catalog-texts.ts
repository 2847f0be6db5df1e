import type { Locale } from '@civicgraph/platform';
import type { AttributeDatatype } from '../db/service.table';

/** A text the catalog keeps in both languages, in the caller's. */
export const inLocale = (locale: Locale, text: { en: string; es: string }) => text[locale];

/**
 * Open311's `datatype_description`: how to answer an attribute of each datatype. The
 * catalog has no column for it (an admin writes the question, not the format), and the
 * format follows from the datatype alone.
 */
export const DATATYPE_DESCRIPTIONS: Readonly<
  Record<AttributeDatatype, { en: string; es: string }>
> = {
  string: { en: 'A short text, on one line.', es: 'Un texto breve, en una línea.' },
  text: { en: 'A text, on one or more lines.', es: 'Un texto, en una o más líneas.' },
  number: { en: 'A number, such as 3 or 2.5.', es: 'Un número, como 3 o 2.5.' },
  datetime: {
    en: 'A date and time with its offset, such as 2026-11-28T09:15:00-07:00.',
    es: 'Una fecha y hora con su desfase, como 2026-11-28T09:15:00-07:00.',
  },
  singlevaluelist: {
    en: 'The key of one of the values.',
    es: 'La clave de uno de los valores.',
  },
  multivaluelist: {
    en: 'The keys of one or more of the values.',
    es: 'Las claves de uno o más de los valores.',
  },
};

/** Who answers questions about this endpoint: the city's own 311 team. */
export function contactText(locale: Locale, cityName: string): string {
  return locale === 'es'
    ? `El equipo 311 de ${cityName}: llame al 311 desde la ciudad, o escriba a los administradores de CivicGraph de la ciudad.`
    : `${cityName}'s 311 team: call 311 from within the city, or write to the city's CivicGraph administrators.`;
}

/** How a partner app gets a key, and which scope filing requests takes. */
export function keyServiceText(locale: Locale, cityName: string): string {
  return locale === 'es'
    ? `Las claves de API las emiten los administradores de ${cityName}, con permisos (scopes): pida una con requests:write para crear solicitudes (POST requests). Leer el catálogo y las solicitudes no necesita clave.`
    : `API keys are issued by ${cityName}'s administrators, with scopes: ask for one with requests:write to file requests (POST requests). Reading the catalog and requests needs no key.`;
}
