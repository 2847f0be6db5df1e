import type { Language } from '../i18n';

/** The detail panel of one work order. */
export interface DetailMessages {
  heading: string;
}

export const detailMessages: Record<Language, DetailMessages> = {
  en: { heading: 'detail' },
  es: { heading: 'detail' },
};
