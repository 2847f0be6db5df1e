import type { Language } from '../i18n';

/** The dispatcher map: selection, polygon drawing, the field worker map. */
export interface DispatchMapMessages {
  heading: string;
}

export const dispatchMapMessages: Record<Language, DispatchMapMessages> = {
  en: { heading: 'dispatchMap' },
  es: { heading: 'dispatchMap' },
};
