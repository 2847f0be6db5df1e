import { useApolloClient, useQuery } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import { useDispatch } from '../dispatch/dispatch-context';
import { errorKindOf } from '../errors/error-kind';
import { errorText } from '../errors/error-notice';
import { useFeedback } from '../feedback/feedback-context';
import { formatCount } from '../format';
import { useI18n } from '../i18n';
import { usePermissions } from '../session/use-permissions';
import {
  BulkAssignWorkOrdersDocument,
  type BulkItemFragment,
  DepartmentCrewsDocument,
} from './bulk-assign.graphql';
import { useBulkItems } from './use-bulk-items';
import './actions.css';

interface Refused {
  id: string;
  number: string;
  code: string;
}

/** The largest department of the selection, and how many of the selection are in it. */
function byDepartment(items: readonly BulkItemFragment[]) {
  const groups = new Map<string, { name: string; ids: string[] }>();
  for (const item of items) {
    const group = groups.get(item.department.id) ?? { name: item.department.name, ids: [] };
    group.ids.push(item.id);
    groups.set(item.department.id, group);
  }
  const largest = [...groups.values()].sort((a, b) => b.ids.length - a.ids.length)[0];
  return { count: groups.size, largest };
}

/**
 * Shown while work orders are selected for a bulk assignment (a polygon, everything
 * visible, shift-click): assigns them all, at the versions the dispatcher selected, to
 * one crew or person of their department. All or nothing: a refusal lists which and
 * why, and offers to refresh and retry.
 */
export function BulkAssignBar() {
  const { bulkSelection, setBulkSelection } = useDispatch();
  // Nothing is asked of the graph until something is selected.
  if (bulkSelection.size === 0) return null;
  return <BulkAssignGate ids={[...bulkSelection].sort()} onClear={() => setBulkSelection([])} />;
}

function BulkAssignGate({ ids, onClear }: { ids: string[]; onClear: () => void }) {
  const permissions = usePermissions();
  if (!permissions.can('work-orders.assign')) return null;
  return <BulkAssignForm ids={ids} onClear={onClear} />;
}

function BulkAssignForm({ ids, onClear }: { ids: string[]; onClear: () => void }) {
  const { messages, language, locale } = useI18n();
  const b = messages.actions.bulk;
  const client = useApolloClient();
  const { toast } = useFeedback();
  const { setBulkSelection } = useDispatch();
  const { items, loading, error, refresh } = useBulkItems(ids, locale);
  const departments = useMemo(() => (items ? byDepartment(items) : null), [items]);
  const departmentId = items?.[0]?.department.id ?? null;
  const crews = useQuery(DepartmentCrewsDocument, {
    variables: { id: departmentId ?? '' },
    // Crews only for one department: a mixed selection is trimmed first.
    skip: !departmentId || departments?.count !== 1,
  });
  const [choice, setChoice] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [refused, setRefused] = useState<{ items: Refused[]; notApplied: number } | null>(null);
  const headingId = useId();
  const selectId = useId();
  const problemId = useId();

  const options = (crews.data?.department?.crews ?? []).map((crew) => ({
    crew,
    members: crew.members.filter((member) => member.active),
  }));
  const chosen = (() => {
    const [kind, crewId, staffId] = choice.split(':');
    const entry = options.find((o) => o.crew.id === crewId);
    if (!entry) return null;
    if (kind === 'crew') return { crewId: entry.crew.id, assigneeId: null, name: entry.crew.name };
    const member = entry.members.find((s) => s.id === staffId);
    return member ? { crewId: entry.crew.id, assigneeId: member.id, name: member.name } : null;
  })();

  const send = async (selected: BulkItemFragment[]) => {
    if (!chosen) {
      setProblem(messages.actions.validation.chooseCandidate);
      document.getElementById(selectId)?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const { data } = await client.mutate({
        mutation: BulkAssignWorkOrdersDocument,
        variables: {
          locale,
          input: {
            items: selected.map((item) => ({ id: item.id, expectedVersion: item.version })),
            crewId: chosen.crewId,
            assigneeId: chosen.assigneeId,
          },
        },
      });
      const payload = data?.bulkAssignWorkOrders;
      if (!payload) return;
      if (payload.applied) {
        setRefused(null);
        toast({
          message: b.applied(selected.length, formatCount(selected.length, language), chosen.name),
          tone: 'success',
        });
        onClear();
        return;
      }
      const numbers = new Map(selected.map((item) => [item.id, item.number]));
      const results = payload.results.filter((r) => r.error);
      setRefused({
        items: results
          .filter((r) => r.error?.code !== 'NOT_APPLIED')
          .map((r) => ({ id: r.id, number: numbers.get(r.id) ?? r.id, code: r.error?.code ?? '' })),
        notApplied: results.filter((r) => r.error?.code === 'NOT_APPLIED').length,
      });
    } catch (e) {
      setProblem(errorText(messages, errorKindOf(e)));
    } finally {
      setBusy(false);
    }
  };

  // Conflicts may succeed at the fresh versions; what can never be assigned leaves the selection.
  const refreshAndRetry = async () => {
    if (!refused) return;
    const hopeless = new Set(refused.items.filter((r) => r.code !== 'CONFLICT').map((r) => r.id));
    setBusy(true);
    try {
      const fresh = await refresh();
      const keep = fresh.filter((item) => !hopeless.has(item.id));
      if (hopeless.size > 0) setBulkSelection(keep.map((item) => item.id));
      setRefused(null);
      if (keep.length > 0) await send(keep);
    } catch (e) {
      setProblem(errorText(messages, errorKindOf(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="bulk-bar" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {b.region}
      </h2>
      <p className="bulk-bar__count" aria-live="polite">
        {b.selected(ids.length, formatCount(ids.length, language))}
      </p>
      {loading && <p role="status">{b.loading}</p>}
      {error && (
        <p role="alert" className="action-dialog__problem">
          {b.loadError}
        </p>
      )}
      {departments && departments.count > 1 && departments.largest && (
        <div className="bulk-bar__notice" role="alert">
          <p>{b.manyDepartments(departments.count)}</p>
          <button
            type="button"
            className="button action-button--secondary"
            onClick={() => setBulkSelection(departments.largest?.ids ?? [])}
          >
            {b.keepLargest(
              formatCount(departments.largest.ids.length, language),
              departments.largest.name,
            )}
          </button>
        </div>
      )}
      {items && departments?.count === 1 && (
        <form
          className="bulk-bar__form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!busy) void send(items);
          }}
          noValidate
        >
          <div className="action-field">
            <label htmlFor={selectId} className="action-field__label">
              {b.assignee}
            </label>
            <select
              id={selectId}
              className="action-field__input"
              value={choice}
              aria-invalid={problem && !chosen ? true : undefined}
              aria-describedby={problem ? problemId : undefined}
              onChange={(e) => {
                setChoice(e.target.value);
                setProblem(null);
              }}
            >
              <option value="">{b.choose}</option>
              {options.map(({ crew, members }) => (
                <optgroup key={crew.id} label={crew.name}>
                  <option value={`crew:${crew.id}`}>{b.wholeCrew(crew.name)}</option>
                  {members.map((member) => (
                    <option key={member.id} value={`staff:${crew.id}:${member.id}`}>
                      {member.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <button type="submit" className="button" aria-disabled={busy || undefined}>
            {busy ? b.assigning : b.assign}
          </button>
        </form>
      )}
      {problem && (
        <p id={problemId} role="alert" className="bulk-bar__notice action-field__error">
          {problem}
        </p>
      )}
      {refused && (
        <div className="bulk-bar__notice" role="alert">
          <p>{b.notApplied}</p>
          <ul className="bulk-bar__results">
            {refused.items.map((r) => (
              <li key={r.id}>{b.itemRefused(r.number, b.reason[r.code] ?? r.code)}</li>
            ))}
            {refused.notApplied > 0 && (
              <li>{`${formatCount(refused.notApplied, language)}: ${b.itemNotApplied}`}</li>
            )}
          </ul>
          <button
            type="button"
            className="button"
            aria-disabled={busy || undefined}
            onClick={() => {
              if (!busy) void refreshAndRetry();
            }}
          >
            {b.refreshRetry}
          </button>
        </div>
      )}
    </section>
  );
}
