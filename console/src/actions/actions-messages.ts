import type { Language } from '../i18n';

/** Actions on work orders: assign, start, hold, …, bulk assign, conflicts. */
export interface ActionsMessages {
  heading: string;
}

export const actionsMessages: Record<Language, ActionsMessages> = {
  en: { heading: 'actions' },
  es: { heading: 'actions' },
};
