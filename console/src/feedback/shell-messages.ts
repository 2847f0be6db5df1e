import type { Language } from '../i18n';

/** The frame around every page: language switch, navigation, toasts. */
export interface ShellMessages {
  heading: string;
}

export const shellMessages: Record<Language, ShellMessages> = {
  en: { heading: 'shell' },
  es: { heading: 'shell' },
};
