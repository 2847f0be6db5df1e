import type { Language } from '../i18n';

/** Live updates: connection state, changes, reconnects. */
export interface LiveMessages {
  heading: string;
}

export const liveMessages: Record<Language, LiveMessages> = {
  en: { heading: 'live' },
  es: { heading: 'live' },
};
