import type { Language } from '../i18n';

/** The frame around every page: language switch, navigation, toasts. */
export interface ShellMessages {
  /** The header's navigation landmark. */
  navigation: string;
  pages: { dispatch: string; myWork: string };
  /** The language switch's group name (each option is named in its own language). */
  language: string;
  /** The toasts' region. */
  notifications: string;
  dismiss: string;
  offline: string;
  backOnline: string;
}

export const shellMessages: Record<Language, ShellMessages> = {
  en: {
    navigation: 'Pages',
    pages: { dispatch: 'Dispatch', myWork: 'My work' },
    language: 'Language',
    notifications: 'Notifications',
    dismiss: 'Dismiss',
    offline: 'You are offline: changes will not be saved until the connection is back.',
    backOnline: 'You are back online.',
  },
  es: {
    navigation: 'Páginas',
    pages: { dispatch: 'Despacho', myWork: 'Mi trabajo' },
    language: 'Idioma',
    notifications: 'Notificaciones',
    dismiss: 'Descartar',
    offline: 'No tiene conexión: los cambios no se guardarán hasta que vuelva la conexión.',
    backOnline: 'Ha vuelto la conexión.',
  },
};
