import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageSwitch } from './feedback/language-switch';
import { LANGUAGE_STORAGE_KEY, useI18n } from './i18n';
import { I18nProvider, initialLanguage } from './i18n-provider';
import { memoryStorage } from './session/session-mock';

afterEach(cleanup);

function Heading() {
  return <h1>{useI18n().messages.signIn.heading}</h1>;
}

function renderSwitch(storage = memoryStorage(), preferred: string[] = ['en-US']) {
  render(
    <I18nProvider storage={storage} preferred={preferred}>
      <Heading />
      <LanguageSwitch />
    </I18nProvider>,
  );
  return storage;
}

describe('initialLanguage', () => {
  it('prefers the language chosen before, then the browser’s, then English', () => {
    const storage = memoryStorage();
    expect(initialLanguage(storage, ['es-MX', 'en'])).toBe('es');
    expect(initialLanguage(storage, ['fr-FR'])).toBe('en');
    storage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(initialLanguage(storage, ['es-MX'])).toBe('en');
    // Something else stored there is ignored, not trusted.
    storage.setItem(LANGUAGE_STORAGE_KEY, 'klingon');
    expect(initialLanguage(storage, ['es'])).toBe('es');
    expect(initialLanguage(null, ['es'])).toBe('es');
  });
});

describe('the language switch', () => {
  it('names each language in itself, and says which one is on', () => {
    renderSwitch();
    const group = screen.getByRole('group', { name: 'Language' });
    const english = within(group).getByRole('button', { name: 'English' });
    const spanish = within(group).getByRole('button', { name: 'Español' });
    expect(english.getAttribute('lang')).toBe('en');
    expect(spanish.getAttribute('lang')).toBe('es');
    expect(english.getAttribute('aria-pressed')).toBe('true');
    expect(spanish.getAttribute('aria-pressed')).toBe('false');
  });

  it('switches every string at once, remembers it, and sets <html lang> and the title', async () => {
    const storage = renderSwitch();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('CivicGraph Console');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Español' }));

    expect(screen.getByRole('heading').textContent).toBe('Iniciar sesión');
    expect(screen.getByRole('group', { name: 'Idioma' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(storage.entries.get(LANGUAGE_STORAGE_KEY)).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    expect(document.title).toBe('Consola CivicGraph');

    // A reload: the remembered choice wins over the browser's English.
    cleanup();
    renderSwitch(storage, ['en-US']);
    expect(screen.getByRole('heading').textContent).toBe('Iniciar sesión');
  });

  it('still switches when storage refuses to keep it', async () => {
    const storage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    render(
      <I18nProvider storage={storage} preferred={['es']}>
        <Heading />
        <LanguageSwitch />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading').textContent).toBe('Iniciar sesión');
    await userEvent.setup().click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading').textContent).toBe('Sign in');
  });
});
