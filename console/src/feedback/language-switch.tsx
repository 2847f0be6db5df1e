import { type Language, useI18n } from '../i18n';

/** Each language named in itself, so that a person who reads only one can find it. */
const LANGUAGES: readonly { language: Language; name: string }[] = [
  { language: 'en', name: 'English' },
  { language: 'es', name: 'Español' },
];

/**
 * English / Español: two toggle buttons in a named fieldset, the current one pressed.
 * Switching changes every string at once and is remembered (I18nProvider). Each
 * option carries its own `lang`, so a screen reader says "Español" in Spanish even on
 * the English page.
 */
export function LanguageSwitch({ className }: { className?: string }) {
  const { language, setLanguage, messages } = useI18n();
  return (
    <fieldset className={['language-switch', className].filter(Boolean).join(' ')}>
      <legend className="visually-hidden">{messages.shell.language}</legend>
      {LANGUAGES.map((option) => (
        <button
          key={option.language}
          type="button"
          lang={option.language}
          className="language-switch__option"
          aria-pressed={option.language === language}
          onClick={() => setLanguage(option.language)}
        >
          {option.name}
        </button>
      ))}
    </fieldset>
  );
}
