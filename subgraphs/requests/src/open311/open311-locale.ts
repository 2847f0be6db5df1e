import type { Locale } from '@civicgraph/platform';
import type { FastifyRequest } from 'fastify';
import { badOpen311Argument } from './open311-error';

const LANGUAGE_TAG = /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/;

/** `es`, `es-MX`, `es_US` → `es`; `en…` → `en`; another language → null. */
function ourLocale(tag: string): Locale | null {
  const language = tag.slice(0, 2).toLowerCase();
  return language === 'es' || language === 'en' ? language : null;
}

/** The languages of an Accept-Language header, most wanted first (q=0 left out). */
function acceptedLanguages(header: string): string[] {
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const q = parameters.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ tag, q }) => tag !== '' && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(({ tag }) => tag);
}

/**
 * The language of the catalog's texts: the `locale` parameter (a common GeoReport v2
 * extension: `es`, `es-MX`) when given, else the first of Accept-Language's languages
 * the city writes in, else English. A `locale` that is not a language tag is a 400; a
 * language the city does not write in falls back to English, as Accept-Language does.
 */
export function open311Locale(request: FastifyRequest, given: string | undefined): Locale {
  if (given !== undefined) {
    if (!LANGUAGE_TAG.test(given)) {
      throw badOpen311Argument(
        `locale must be a language tag such as en or es, not "${given.slice(0, 20)}"`,
      );
    }
    return ourLocale(given) ?? 'en';
  }
  const header = request.headers['accept-language'];
  if (typeof header !== 'string') return 'en';
  for (const tag of acceptedLanguages(header)) {
    const locale = ourLocale(tag);
    if (locale) return locale;
  }
  return 'en';
}
