import type { Language } from '../i18n';
import type { ErrorKind } from './error-kind';

/** What went wrong in a few words, and what the person can do about it. */
export interface ErrorText {
  title: string;
  action: string;
}

/** Errors a person can act on, one message per ErrorKind. */
export interface ErrorMessages {
  kinds: Record<ErrorKind, ErrorText>;
  /** The button of an error that may go away on its own (offline, unavailable). */
  retry: string;
}

export const errorMessages: Record<Language, ErrorMessages> = {
  en: {
    kinds: {
      offline: {
        title: 'You are offline.',
        action: 'Check your connection; nothing is saved until it is back.',
      },
      sessionExpired: {
        title: 'Your session has expired.',
        action: 'Sign in again to continue.',
      },
      forbidden: {
        title: 'You don’t have permission to do this.',
        action: 'Ask a supervisor.',
      },
      conflict: {
        title: 'Someone else changed this first.',
        action: 'Look at the latest version, then try again.',
      },
      notFound: {
        title: 'This no longer exists.',
        action: 'It may have been removed or merged. Refresh the list.',
      },
      badInput: {
        title: 'Some of what you entered is not valid.',
        action: 'Check the highlighted fields and try again.',
      },
      unavailable: {
        title: 'The service is not answering right now.',
        action: 'Try again in a moment.',
      },
    },
    retry: 'Try again',
  },
  es: {
    kinds: {
      offline: {
        title: 'No tiene conexión.',
        action: 'Revise su conexión; no se guarda nada hasta que vuelva.',
      },
      sessionExpired: {
        title: 'Su sesión ha caducado.',
        action: 'Vuelva a iniciar sesión para continuar.',
      },
      forbidden: {
        title: 'No tiene permiso para hacer esto.',
        action: 'Pídaselo a una persona supervisora.',
      },
      conflict: {
        title: 'Otra persona lo cambió antes.',
        action: 'Revise la versión más reciente y vuelva a intentarlo.',
      },
      notFound: {
        title: 'Esto ya no existe.',
        action: 'Puede que se haya eliminado o combinado. Actualice la lista.',
      },
      badInput: {
        title: 'Parte de lo que escribió no es válido.',
        action: 'Revise los campos marcados y vuelva a intentarlo.',
      },
      unavailable: {
        title: 'El servicio no responde en este momento.',
        action: 'Vuelva a intentarlo en un momento.',
      },
    },
    retry: 'Reintentar',
  },
};
