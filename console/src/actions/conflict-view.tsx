import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useCityState } from '../city/use-city';
import { formatDateTime } from '../format';
import { useI18n } from '../i18n';
import { type Actor, mayTake } from './action-rules';
import type { ActionKind, DiffField } from './actions-messages';
import { diffWorkOrder } from './conflict-diff';
import type { Refusal } from './send-change';
import {
  type ActionableWorkOrder,
  type FreshWorkOrder,
  type HistoryEntry,
  WorkOrderHistoryDocument,
} from './work-order-actions.graphql';

interface ConflictViewProps {
  kind: ActionKind;
  seen: ActionableWorkOrder;
  refusal: Refusal;
  actor: Actor;
  busy: boolean;
  problem: string | null;
  /** Closes: the panel shows the fresh version, which this view has just fetched. */
  onReview: () => void;
  /** Re-sends the person's change against the fresh version: only on their say-so. */
  onApply: (fresh: FreshWorkOrder) => void;
}

/**
 * A stale edit, explained: who changed the work order and when, what differs from what
 * the person saw, and the fresh version (fetched from the network, so the cache and the
 * panel show it too). Nothing is re-sent unless the person chooses to.
 */
export function ConflictView(props: ConflictViewProps) {
  const { kind, seen, refusal, actor, busy, problem, onReview, onApply } = props;
  const { messages, language, locale } = useI18n();
  const c = messages.actions.conflict;
  const timeZone = useCityState().city?.timeZone ?? 'UTC';
  const { data, loading, error, refetch } = useQuery(WorkOrderHistoryDocument, {
    variables: { id: seen.id, locale },
    fetchPolicy: 'network-only',
  });
  const fresh = data?.workOrder ?? null;
  const reviewRef = useRef<HTMLButtonElement>(null);
  // The dialog was already open on the form: bring focus to the choice now in front.
  useEffect(() => reviewRef.current?.focus(), []);

  const when = (iso: string) => {
    const { date, time } = formatDateTime(iso, language, timeZone);
    return `${date} ${time}`;
  };
  const who = (actorOf: HistoryEntry['actor'] | Refusal['lastChangedBy'] | null) => {
    if (!actorOf) return c.someone;
    if (actorOf.kind === 'STAFF' && actorOf.id && actorOf.id === actor.me?.id) return c.you;
    if ('staff' in actorOf && actorOf.staff) return actorOf.staff.name;
    return actorOf.kind === 'STAFF' ? c.someone : c.actor[actorOf.kind];
  };

  const since = fresh ? fresh.history.filter((entry) => entry.version > seen.version) : [];
  // The entry that made the version the graph named: it has the name the error lacks.
  const last =
    since.find((entry) => entry.version === refusal.currentVersion) ?? since[since.length - 1];
  const changedBy = last ? who(last.actor) : who(refusal.lastChangedBy);
  const changedAt = refusal.lastChangedAt ?? last?.at ?? null;

  const show = (field: DiffField, value: string | null) => {
    if (value === null || value === '') return c.empty;
    if (field === 'status') return messages.status[value as keyof typeof messages.status];
    if (field === 'priority') return messages.priority[value as keyof typeof messages.priority];
    if (field === 'dueAt') return when(value);
    return value;
  };
  const differences = fresh ? diffWorkOrder(seen, fresh) : [];
  const canApply = fresh !== null && mayTake(kind, fresh, actor);

  return (
    <div className="conflict" data-testid="conflict-view">
      <p className="conflict__who" role="alert">
        {c.changedBy(changedBy, seen.number, changedAt ? when(changedAt) : '—')} {c.notSent}
      </p>
      {loading && <p role="status">{c.loadingFresh}</p>}
      {error && !loading && (
        <div className="action-dialog__problem" role="alert">
          <p>{c.freshError}</p>
          <button type="button" className="button" onClick={() => void refetch()}>
            {messages.actions.retry}
          </button>
        </div>
      )}
      {fresh && (
        <>
          <h3 className="conflict__heading">{c.whatChanged}</h3>
          {differences.length > 0 ? (
            <ul className="conflict__changes" aria-label={c.whatChanged}>
              {differences.map((d) => (
                <li key={d.field}>
                  {c.change(c.field[d.field], show(d.field, d.before), show(d.field, d.after))}
                </li>
              ))}
            </ul>
          ) : (
            <p>{c.noVisibleChange}</p>
          )}
          {since.length > 0 && (
            <>
              <h3 className="conflict__heading">{c.since}</h3>
              <ul className="conflict__history">
                {since.map((entry) => (
                  <li key={entry.version}>
                    {`${messages.historyActions[entry.action] ?? entry.action} — ${who(entry.actor)} — ${when(entry.at)}`}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="conflict__fresh">{c.freshVersion(String(fresh.version))}</p>
          {!canApply && <p className="conflict__cannot">{c.applyUnavailable}</p>}
        </>
      )}
      {problem && (
        <p className="action-dialog__problem" role="alert">
          {problem}
        </p>
      )}
      <div className="action-dialog__buttons">
        <button
          type="button"
          className="button action-button--primary"
          onClick={onReview}
          ref={reviewRef}
        >
          {c.review}
        </button>
        {fresh && canApply && (
          <button
            type="button"
            className="button action-button--secondary"
            aria-disabled={busy || undefined}
            onClick={() => {
              if (!busy) onApply(fresh);
            }}
          >
            {busy ? messages.actions.working : c.apply}
          </button>
        )}
      </div>
    </div>
  );
}
