import type { Language } from '../i18n';

/** Errors a person can act on, one message per ErrorKind. */
export interface ErrorMessages {
  heading: string;
}

export const errorMessages: Record<Language, ErrorMessages> = {
  en: { heading: 'errors' },
  es: { heading: 'errors' },
};
