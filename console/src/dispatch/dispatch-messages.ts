import type { Language } from '../i18n';

/** The dispatcher workspace: filters, the list that follows the map, selection. */
export interface DispatchMessages {
  heading: string;
}

export const dispatchMessages: Record<Language, DispatchMessages> = {
  en: { heading: 'dispatch' },
  es: { heading: 'dispatch' },
};
