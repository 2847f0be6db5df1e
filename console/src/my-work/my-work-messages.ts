import type { Language } from '../i18n';

/** The field worker’s “My work” page. */
export interface MyWorkMessages {
  heading: string;
}

export const myWorkMessages: Record<Language, MyWorkMessages> = {
  en: { heading: 'myWork' },
  es: { heading: 'myWork' },
};
