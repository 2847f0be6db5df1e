import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { errorKindOf } from '../errors/error-kind';
import { errorText } from '../errors/error-notice';
import { useFeedback } from '../feedback/feedback-context';
import { useI18n } from '../i18n';
import { ActionDialog } from './action-dialog';
import type { Actor } from './action-rules';
import type { ActionKind } from './actions-messages';
import { AssignForm } from './assign-form';
import {
  type ChangeFormProps,
  ConfirmForm,
  DuplicateForm,
  NoteForm,
  PriorityForm,
  ResolutionForm,
  TextForm,
} from './change-forms';
import { ConflictView } from './conflict-view';
import { type ChangeRequest, type Refusal, refusalOf, sendChange } from './send-change';
import { type ActionableWorkOrder, WorkOrderHistoryDocument } from './work-order-actions.graphql';

type Phase =
  | { name: 'form' }
  /** `base`: the version the refused change was sent against. */
  | { name: 'conflict'; change: ChangeRequest; refusal: Refusal; base: ActionableWorkOrder };

interface Props {
  kind: ActionKind;
  /** The work order as the person saw it when they opened the dialog. */
  seen: ActionableWorkOrder;
  actor: Actor;
  layout: 'panel' | 'phone';
  onClose: () => void;
  fallbackFocus: () => HTMLElement | null;
}

function ChangeForm({ kind, ...props }: ChangeFormProps & { kind: ActionKind }) {
  switch (kind) {
    case 'start':
    case 'resume':
      return <ConfirmForm kind={kind} {...props} />;
    case 'hold':
    case 'cancel':
    case 'reopen':
      return <TextForm kind={kind} {...props} />;
    case 'complete':
    case 'close':
      return <ResolutionForm kind={kind} {...props} />;
    case 'assign':
      return <AssignForm {...props} />;
    case 'priority':
      return <PriorityForm {...props} />;
    case 'note':
      return <NoteForm {...props} />;
    case 'duplicate':
      return <DuplicateForm {...props} />;
  }
}

/**
 * One action, from its form to its answer: success closes with a toast; a CONFLICT
 * turns the dialog into the conflict view; INVALID_TRANSITION says from and to (and
 * fetches the work order as it is); anything else says what went wrong by its kind.
 * Every send carries the version the person saw.
 */
export function WorkOrderActionDialog({
  kind,
  seen,
  actor,
  layout,
  onClose,
  fallbackFocus,
}: Props) {
  const client = useApolloClient();
  const { messages, locale } = useI18n();
  const { toast } = useFeedback();
  const m = messages.actions;
  const [phase, setPhase] = useState<Phase>({ name: 'form' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const succeeded = (change: ChangeRequest) => {
    const n = seen.number;
    const message = (() => {
      switch (change.kind) {
        case 'assign':
          return m.done.assign(n, change.toName);
        case 'priority':
          return m.done.priority(n, messages.priority[change.priority]);
        case 'duplicate':
          return m.done.duplicate(n, change.originalNumber);
        default:
          return m.done[change.kind](n);
      }
    })();
    toast({ message, tone: 'success' });
    onClose();
  };

  const send = async (change: ChangeRequest, target: ActionableWorkOrder) => {
    setBusy(true);
    setProblem(null);
    try {
      await sendChange(client, target, change, locale);
      succeeded(change);
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal?.code === 'CONFLICT') {
        setPhase({ name: 'conflict', change, refusal, base: target });
      } else if (refusal?.code === 'INVALID_TRANSITION') {
        const from = refusal.from ? messages.status[refusal.from] : '—';
        const to = refusal.to ? messages.status[refusal.to] : '—';
        setProblem(m.invalidTransition(from, to));
        // The panel should show the status that made it impossible.
        void client
          .query({
            query: WorkOrderHistoryDocument,
            variables: { id: seen.id, locale },
            fetchPolicy: 'network-only',
          })
          .catch(() => {});
      } else {
        setProblem(errorText(messages, errorKindOf(error)));
      }
    } finally {
      setBusy(false);
    }
  };

  const conflict = phase.name === 'conflict' ? phase : null;
  return (
    <ActionDialog
      title={conflict ? m.conflict.title(seen.number) : m.title[kind](seen.number)}
      onClose={onClose}
      fallbackFocus={fallbackFocus}
      layout={layout}
    >
      {conflict ? (
        <ConflictView
          // A second conflict (applied to a version that moved again) starts afresh.
          key={conflict.refusal.currentVersion ?? 'conflict'}
          kind={kind}
          seen={conflict.base}
          refusal={conflict.refusal}
          actor={actor}
          busy={busy}
          problem={problem}
          onReview={onClose}
          onApply={(fresh) => void send(conflict.change, fresh)}
        />
      ) : (
        <ChangeForm
          kind={kind}
          seen={seen}
          busy={busy}
          problem={problem}
          onSubmit={(change) => void send(change, seen)}
          onDismiss={onClose}
        />
      )}
    </ActionDialog>
  );
}
