import { useEffect, useId, useState } from 'react';
import type { WorkOrderPriority, WorkOrderStatus } from '../generated/graphql';
import { useI18n } from '../i18n';
import { useDispatch } from './dispatch-context';
import { useFilterOptions } from './use-filter-options';
import {
  FILTER_STATUSES,
  MIN_TEXT_LENGTH,
  NO_FILTERS,
  PRIORITIES,
  type WorkOrderFilters,
} from './work-order-filters';
import './filters-bar.css';

/** How long the text box waits for typing to pause before it filters. */
export const TEXT_DEBOUNCE_MS = 300;

/** The text the filter applies: nothing until it is long enough for the graph. */
function appliedText(draft: string): string {
  const trimmed = draft.trim();
  return trimmed.length >= MIN_TEXT_LENGTH ? trimmed : '';
}

/** Filters other than the text box (always in sight): the phone's toggle counts them. */
function countHidden(filters: WorkOrderFilters): number {
  return (
    filters.statuses.length +
    filters.priorities.length +
    [filters.departmentId, filters.serviceCode, filters.district, filters.overdue].filter(
      (value) => value !== null,
    ).length
  );
}

function toggled<T>(values: readonly T[], value: T, on: boolean): T[] {
  return on ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value);
}

/**
 * The list's and the map's filters, kept in the address bar (useDispatch().setFilters):
 * a link shares the view, a reload keeps it, Back undoes a choice. On a phone all but
 * the text box fold behind a "Filters (n)" toggle.
 */
export function FiltersBar() {
  const { messages, language } = useI18n();
  const text = messages.dispatch.filters;
  const { filters, setFilters } = useDispatch();
  const options = useFilterOptions();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(filters.text);
  const ids = {
    text: useId(),
    hint: useId(),
    more: useId(),
    department: useId(),
    service: useId(),
    district: useId(),
    overdue: useId(),
  };

  // The address changed under the box (Back, a link): show what it filters by.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of the applied text counts
  useEffect(() => {
    if (appliedText(draft) !== filters.text) setDraft(filters.text);
  }, [filters.text]);

  useEffect(() => {
    const next = appliedText(draft);
    if (next === filters.text) return;
    const timer = setTimeout(() => setFilters({ text: next }), TEXT_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, filters.text, setFilters]);

  const tooShort = draft.trim().length > 0 && draft.trim().length < MIN_TEXT_LENGTH;
  const hidden = countHidden(filters);
  const anything = hidden > 0 || filters.text !== '' || draft !== '';
  const data = options.data;
  const services = data
    ? [...data.services].sort((a, b) => a.name.localeCompare(b.name, language))
    : [];

  function clear() {
    if (!anything) return;
    setDraft('');
    setFilters(NO_FILTERS);
  }

  return (
    <search className={open ? 'filters filters--open' : 'filters'} aria-label={text.label}>
      <div className="filters__text">
        <label htmlFor={ids.text}>{text.text}</label>
        <input
          id={ids.text}
          type="search"
          className="filters__input"
          value={draft}
          placeholder={text.textPlaceholder}
          autoComplete="off"
          aria-describedby={ids.hint}
          onChange={(event) => setDraft(event.target.value)}
        />
        <p id={ids.hint} className="filters__hint" aria-live="polite">
          {tooShort ? text.textTooShort(MIN_TEXT_LENGTH) : ''}
        </p>
      </div>
      <button
        type="button"
        className="button filters__toggle"
        aria-expanded={open}
        aria-controls={ids.more}
        onClick={() => setOpen(!open)}
      >
        {text.toggle(hidden)}
      </button>
      <div id={ids.more} className="filters__more">
        <fieldset className="filters__chips">
          <legend>{text.status}</legend>
          {FILTER_STATUSES.map((status: WorkOrderStatus) => (
            <label key={status} className="filters__chip">
              <input
                type="checkbox"
                checked={filters.statuses.includes(status)}
                onChange={(event) =>
                  setFilters({ statuses: toggled(filters.statuses, status, event.target.checked) })
                }
              />
              {messages.status[status]}
            </label>
          ))}
        </fieldset>
        <fieldset className="filters__chips">
          <legend>{text.priority}</legend>
          {PRIORITIES.map((priority: WorkOrderPriority) => (
            <label key={priority} className="filters__chip">
              <input
                type="checkbox"
                checked={filters.priorities.includes(priority)}
                onChange={(event) =>
                  setFilters({
                    priorities: toggled(filters.priorities, priority, event.target.checked),
                  })
                }
              />
              {messages.priority[priority]}
            </label>
          ))}
        </fieldset>
        <div className="filters__field">
          <label htmlFor={ids.department}>{text.department}</label>
          <select
            id={ids.department}
            value={filters.departmentId ?? ''}
            onChange={(event) => setFilters({ departmentId: event.target.value || null })}
          >
            <option value="">{text.any}</option>
            {data?.departments.map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor={ids.service}>{text.service}</label>
          <select
            id={ids.service}
            value={filters.serviceCode ?? ''}
            onChange={(event) => setFilters({ serviceCode: event.target.value || null })}
          >
            <option value="">{text.any}</option>
            {services.map((service) => (
              <option key={service.id} value={service.code}>
                {service.active ? service.name : text.retired(service.name)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor={ids.district}>{text.district}</label>
          <select
            id={ids.district}
            value={filters.district === null ? '' : String(filters.district)}
            onChange={(event) =>
              setFilters({ district: event.target.value ? Number(event.target.value) : null })
            }
          >
            <option value="">{text.any}</option>
            {data?.city.districts.map((district) => (
              <option key={district.number} value={district.number}>
                {text.districtOption(district.number, district.name)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor={ids.overdue}>{text.overdue}</label>
          <select
            id={ids.overdue}
            value={filters.overdue === null ? '' : String(filters.overdue)}
            onChange={(event) =>
              setFilters({
                overdue: event.target.value === '' ? null : event.target.value === 'true',
              })
            }
          >
            <option value="">{text.any}</option>
            <option value="true">{text.overdueOnly}</option>
            <option value="false">{text.notOverdue}</option>
          </select>
        </div>
        <button
          type="button"
          className="button filters__clear"
          // aria-disabled rather than disabled: a disabled button drops keyboard focus.
          aria-disabled={!anything}
          onClick={clear}
        >
          {text.clear}
        </button>
        {options.error && !data ? (
          <p className="notice notice--error notice--inline filters__error" role="alert">
            {text.optionsError}{' '}
            <button
              type="button"
              className="button"
              onClick={() => {
                options.refetch().catch(() => {});
              }}
            >
              {text.retry}
            </button>
          </p>
        ) : null}
      </div>
    </search>
  );
}
