import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAt, renderDispatch } from './dispatch-test-harness';
import { FiltersBar } from './filters-bar';
import { filterOptionsMock } from './work-order-list-mock';

beforeEach(() => openAt('/dispatch'));
afterEach(cleanup);

function params(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}

async function renderBar(language: 'en' | 'es' = 'en') {
  const harness = renderDispatch(<FiltersBar />, {
    mocks: [filterOptionsMock(language === 'es' ? 'ES' : 'EN')],
    language,
  });
  // The catalog's choices are in.
  await screen.findByRole('option', {
    name: language === 'es' ? 'Distrito 2 — South' : 'District 2 — South',
  });
  return harness;
}

/** Back in the browser: jsdom moves through history asynchronously, with popstate. */
async function back() {
  const before = window.location.search;
  act(() => window.history.back());
  await waitFor(() => expect(window.location.search).not.toBe(before));
}

describe('FiltersBar', () => {
  it('writes each choice to the address, one history entry each, so Back undoes it', async () => {
    const user = userEvent.setup();
    const harness = await renderBar();
    const length = window.history.length;

    await user.click(screen.getByRole('checkbox', { name: 'New' }));
    await user.click(screen.getByRole('checkbox', { name: 'On hold' }));
    await user.click(screen.getByRole('checkbox', { name: 'Urgent' }));
    await user.selectOptions(screen.getByLabelText('Department'), 'Water Services');
    // The service goes into the link by its code, readable and stable.
    await user.selectOptions(screen.getByLabelText('Service'), 'Streetlight out');
    await user.selectOptions(screen.getByLabelText('District'), 'District 2 — South');
    await user.selectOptions(screen.getByLabelText('Overdue'), 'Not overdue');

    expect(params().getAll('status')).toEqual(['NEW', 'ON_HOLD']);
    expect(params().getAll('priority')).toEqual(['URGENT']);
    expect(params().get('department')).toBe('dep-water');
    expect(params().get('service')).toBe('STREETLIGHT');
    expect(params().get('district')).toBe('2');
    expect(params().get('overdue')).toBe('false');
    expect(window.history.length).toBe(length + 7);
    expect(harness.dispatch().filters.statuses).toEqual(['NEW', 'ON_HOLD']);
    expect(screen.getByRole('button', { name: 'Filters (7)' }).getAttribute('aria-expanded')).toBe(
      'false',
    );

    await back();
    expect(params().get('overdue')).toBeNull();
    expect((screen.getByLabelText('Overdue') as HTMLSelectElement).value).toBe('');
    await back();
    expect(params().get('district')).toBeNull();
    expect(params().get('service')).toBe('STREETLIGHT');

    await user.click(screen.getByRole('checkbox', { name: 'New' }));
    expect(params().getAll('status')).toEqual(['ON_HOLD']);
  });

  it('shows the filters of a shared link or a reload', async () => {
    openAt(
      '/dispatch?status=IN_PROGRESS&priority=HIGH&department=dep-streets&service=OLD&district=1&overdue=true&q=broken%20lamp',
    );
    await renderBar();
    expect(
      (screen.getByRole('checkbox', { name: 'In progress' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'New' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'High' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Department') as HTMLSelectElement).value).toBe('dep-streets');
    const service = screen.getByLabelText('Service') as HTMLSelectElement;
    expect(service.value).toBe('OLD');
    expect(service.selectedOptions[0]?.textContent).toBe('Old service (retired)');
    expect((screen.getByLabelText('District') as HTMLSelectElement).value).toBe('1');
    expect((screen.getByLabelText('Overdue') as HTMLSelectElement).value).toBe('true');
    expect((screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe(
      'broken lamp',
    );
  });

  it('searches from 3 characters, after typing pauses, without filling the history', async () => {
    const user = userEvent.setup();
    await renderBar();
    const length = window.history.length;
    const box = screen.getByRole('searchbox', { name: 'Search' });

    await user.type(box, 'la');
    const hint = document.getElementById(box.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).toBe('Type at least 3 characters to search.');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(params().get('q')).toBeNull();

    await user.type(box, 'mp');
    expect(hint.textContent).toBe('');
    // Not at every key: only once typing pauses.
    expect(params().get('q')).toBeNull();
    await waitFor(() => expect(params().get('q')).toBe('lamp'));
    expect(window.history.length).toBe(length);

    await user.clear(box);
    await waitFor(() => expect(params().get('q')).toBeNull());
  });

  it('clears every filter at once, text included', async () => {
    openAt('/dispatch?status=NEW&district=2&q=lamp&selected=wo-1');
    const user = userEvent.setup();
    await renderBar();
    const length = window.history.length;
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    // The selection is not a filter: it stays.
    expect(window.location.search).toBe('?selected=wo-1');
    expect(window.history.length).toBe(length + 1);
    expect((screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe('');
    expect(
      screen.getByRole('button', { name: 'Clear filters' }).getAttribute('aria-disabled'),
    ).toBe('true');
    // Back brings them all back.
    await back();
    expect(params().get('q')).toBe('lamp');
    expect(params().getAll('status')).toEqual(['NEW']);
    await waitFor(() =>
      expect((screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe(
        'lamp',
      ),
    );
  });

  it('folds behind a toggle that counts the filters set, and speaks Spanish', async () => {
    openAt('/dispatch?status=NEW&priority=LOW&overdue=true');
    const user = userEvent.setup();
    await renderBar('es');
    const toggle = screen.getByRole('button', { name: 'Filtros (3)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const more = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(more).getByLabelText('Departamento')).toBeTruthy();
    expect(within(more).getByRole('checkbox', { name: 'Nueva' })).toBeTruthy();
    expect(within(more).getByRole('option', { name: 'Solo vencidas' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Buscar' })).toBeTruthy();
    // A <search> landmark (jsdom's role table predates the element; Chromium maps it).
    expect(document.querySelector('search')?.getAttribute('aria-label')).toBe('Filtros');
  });
});
