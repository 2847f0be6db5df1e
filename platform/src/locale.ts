/** The languages residents read the city in, as the catalog stores them. */
export const LOCALES = ['en', 'es'] as const;

export type Locale = (typeof LOCALES)[number];
