import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { cleanup, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nContext, i18nFor } from '../i18n';
import { ErrorNotice, useErrorText } from './error-notice';

afterEach(cleanup);

describe('ErrorNotice', () => {
  it('says what happened and what to do, with Retry when trying again may help', async () => {
    const retry = vi.fn();
    render(<ErrorNotice error={new TypeError('Failed to fetch')} onRetry={retry} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(
      'You are offline.Check your connection; nothing is saved until it is back.Try again',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('offers no Retry where it cannot help', () => {
    render(<ErrorNotice kind="forbidden" onRetry={() => {}} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'You don’t have permission to do this.Ask a supervisor.',
    );
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('speaks Spanish', () => {
    render(
      <I18nContext value={i18nFor('es')}>
        <ErrorNotice kind="unavailable" onRetry={() => {}} />
      </I18nContext>,
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'El servicio no responde en este momento.',
    );
    expect(screen.getByRole('button', { name: 'Reintentar' })).toBeTruthy();
  });
});

describe('useErrorText', () => {
  it('gives the message of the error’s kind as one text, for a toast', () => {
    const conflict = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'stale', extensions: { code: 'CONFLICT' } }],
    });
    const { result } = renderHook(() => useErrorText(conflict));
    expect(result.current).toBe(
      'Someone else changed this first. Look at the latest version, then try again.',
    );
  });
});
