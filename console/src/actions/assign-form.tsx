import { useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { formatCount, formatDistance } from '../format';
import { useI18n } from '../i18n';
import type { ChangeFormProps } from './change-forms';
import { DialogButtons } from './form-fields';
import { AssignmentCandidatesDocument } from './work-order-actions.graphql';

/**
 * Who could take the work, best first as the graph ranks them: a crew as a whole or one
 * of its people, each with availability (in words, not only colour), live workload and
 * distance. A radio group: arrow keys move through the candidates.
 */
export function AssignForm({ seen, busy, problem, onSubmit, onDismiss }: ChangeFormProps) {
  const { messages, language } = useI18n();
  const a = messages.actions.assign;
  // Workload and whereabouts move all day: always ask.
  const { data, loading, error, refetch } = useQuery(AssignmentCandidatesDocument, {
    variables: { id: seen.id },
    fetchPolicy: 'network-only',
  });
  const candidates = data?.workOrder?.assignmentCandidates ?? [];
  const [chosen, setChosen] = useState<number | null>(null);
  const [invalid, setInvalid] = useState(false);
  const groupRef = useRef<HTMLFieldSetElement>(null);
  const hasCandidates = candidates.length > 0;
  // Once they arrive, focus the best candidate: Enter then assigns the graph's first choice
  // only after the person has picked it (nothing is chosen for them).
  useEffect(() => {
    if (hasCandidates) groupRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [hasCandidates]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const candidate = chosen === null ? undefined : candidates[chosen];
    if (!candidate) {
      setInvalid(true);
      groupRef.current?.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    onSubmit({
      kind: 'assign',
      crewId: candidate.crew.id,
      assigneeId: candidate.staff?.id ?? null,
      toName: candidate.staff?.name ?? candidate.crew.name,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      {loading && (
        <p role="status" className="action-dialog__intro">
          {a.loading}
        </p>
      )}
      {error && !loading && (
        <div role="alert" className="action-dialog__problem">
          <p>{a.loadError}</p>
          <button type="button" className="button" onClick={() => void refetch()}>
            {messages.actions.retry}
          </button>
        </div>
      )}
      {!loading && !error && candidates.length === 0 && (
        <p className="action-dialog__intro">{a.none}</p>
      )}
      {candidates.length > 0 && (
        <fieldset
          ref={groupRef}
          className="candidates"
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? 'assign-candidate-error' : undefined}
        >
          <legend className="action-field__label">{a.legend}</legend>
          <ul className="candidates__list">
            {candidates.map((c, index) => {
              const current =
                c.crew.id === seen.crew?.id &&
                (c.staff?.id ?? null) === (seen.assignee?.id ?? null);
              return (
                <li key={`${c.crew.id} ${c.staff?.id ?? ''}`}>
                  <label className="candidate">
                    <input
                      type="radio"
                      name="candidate"
                      value={index}
                      checked={chosen === index}
                      onChange={() => {
                        setChosen(index);
                        setInvalid(false);
                      }}
                    />
                    <span className="candidate__body">
                      <span className="candidate__name">
                        {c.staff ? c.staff.name : c.crew.name}
                        <span className="candidate__crew">
                          {c.staff ? `, ${c.crew.name}` : `, ${a.wholeCrew}`}
                        </span>
                      </span>
                      <span className="candidate__facts">
                        <span
                          className={`candidate__availability candidate__availability--${c.availability.toLowerCase()}`}
                        >
                          {a.availability[c.availability]}
                        </span>
                        <span>
                          {', '}
                          {a.workload(c.openWorkOrders, formatCount(c.openWorkOrders, language))}
                        </span>
                        <span>
                          {', '}
                          {c.distanceMeters === null
                            ? a.distanceUnknown
                            : a.distance(formatDistance(c.distanceMeters, language))}
                        </span>
                        {current && <span className="candidate__current">{`, ${a.current}`}</span>}
                      </span>
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
          {invalid && (
            <p id="assign-candidate-error" className="action-field__error">
              {messages.actions.validation.chooseCandidate}
            </p>
          )}
        </fieldset>
      )}
      <DialogButtons
        submit={messages.actions.submit.assign}
        busy={busy}
        problem={problem}
        onDismiss={onDismiss}
      />
    </form>
  );
}
