import { type ReactNode, useCallback, useLayoutEffect, useMemo, useState } from 'react';
import {
  detectLanguage,
  type I18n,
  I18nContext,
  i18nFor,
  isLanguage,
  LANGUAGE_STORAGE_KEY,
  type Language,
} from './i18n';

type LanguageStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The language chosen on this device before, else the browser's first that we have. */
export function initialLanguage(
  storage: LanguageStorage | null,
  preferred: readonly string[],
): Language {
  try {
    const remembered = storage?.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(remembered)) return remembered;
  } catch {
    // Storage disabled (a locked-down browser): fall back to the browser's language.
  }
  return detectLanguage(preferred);
}

/**
 * Holds the console's language: `setLanguage` switches every string at once, is
 * remembered in localStorage (unlike the session, a language preference may outlive
 * the tab), and keeps `<html lang>` and the window title in step, so that screen
 * readers pronounce the page in the language it is written in.
 */
export function I18nProvider({
  storage = null,
  preferred = [],
  initial,
  children,
}: {
  storage?: LanguageStorage | null;
  preferred?: readonly string[];
  /** Overrides what storage and the browser say (tests). */
  initial?: Language;
  children: ReactNode;
}) {
  const [language, setLanguageState] = useState<Language>(
    () => initial ?? initialLanguage(storage, preferred),
  );
  const setLanguage = useCallback(
    (next: Language) => {
      setLanguageState(next);
      try {
        storage?.setItem(LANGUAGE_STORAGE_KEY, next);
      } catch {
        // Not remembered, but switched for as long as the page is open.
      }
    },
    [storage],
  );
  const value = useMemo<I18n>(
    () => ({ ...i18nFor(language), setLanguage }),
    [language, setLanguage],
  );
  // Before paint, and before any page's own title effect (passive effects run later).
  useLayoutEffect(() => {
    document.documentElement.lang = value.language;
    document.title = value.messages.appName;
  }, [value]);
  return <I18nContext value={value}>{children}</I18nContext>;
}
