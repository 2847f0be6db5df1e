import { useApolloClient } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import { formatCount } from '../format';
import type { NoteVisibility, WorkOrderPriority } from '../generated/graphql';
import { useI18n } from '../i18n';
import { checkText, DialogButtons, Field } from './form-fields';
import type { ChangeRequest } from './send-change';
import { type ActionableWorkOrder, RequestByNumberDocument } from './work-order-actions.graphql';

export interface ChangeFormProps {
  seen: ActionableWorkOrder;
  busy: boolean;
  /** A message about the last attempt (an error the person can act on). */
  problem: string | null;
  onSubmit: (change: ChangeRequest) => void;
  onDismiss: () => void;
}

// The graph's limits (subgraphs/requests: TEXT_LIMITS): checked here first so that the
// person learns it beside the field, not from a refusal.
const REASON_MAX = 500;
const NOTE_MAX = 4000;

function useFormTools() {
  const { messages, language } = useI18n();
  const formRef = useRef<HTMLFormElement>(null);
  const check = (value: string, label: string, max: number) =>
    checkText(value, label, max, messages.actions.validation, (n) => formatCount(n, language));
  // After a refused submit, the first field with a message takes focus.
  const focusInvalid = () =>
    queueMicrotask(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  return { messages, formRef, check, focusInvalid };
}

/** Start and resume: nothing to fill in, one confirmation. */
export function ConfirmForm({
  kind,
  busy,
  problem,
  onSubmit,
  onDismiss,
}: ChangeFormProps & { kind: 'start' | 'resume' }) {
  const { messages } = useI18n();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit({ kind });
  };
  return (
    <form onSubmit={submit} noValidate>
      <p className="action-dialog__intro">{messages.actions.intro[kind]}</p>
      <DialogButtons
        submit={messages.actions.submit[kind]}
        busy={busy}
        problem={problem}
        onDismiss={onDismiss}
        autoFocusSubmit
      />
    </form>
  );
}

/** Hold, cancel (a reason) and reopen (a note): one text. */
export function TextForm({
  kind,
  busy,
  problem,
  onSubmit,
  onDismiss,
}: ChangeFormProps & { kind: 'hold' | 'cancel' | 'reopen' }) {
  const { messages, formRef, check, focusInvalid } = useFormTools();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const label =
    kind === 'reopen' ? messages.actions.fields.reopenNote : messages.actions.fields.reason;
  const max = kind === 'reopen' ? NOTE_MAX : REASON_MAX;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problem = check(text, label, max);
    setError(problem);
    if (problem) return focusInvalid();
    const value = text.trim();
    onSubmit(kind === 'reopen' ? { kind, note: value } : { kind, reason: value });
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      {messages.actions.intro[kind] && (
        <p className="action-dialog__intro">{messages.actions.intro[kind]}</p>
      )}
      <Field label={label} error={error}>
        {(props) => (
          <textarea
            {...props}
            className="action-field__input"
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <DialogButtons
        submit={messages.actions.submit[kind]}
        busy={busy}
        problem={problem}
        onDismiss={onDismiss}
      />
    </form>
  );
}

/** Complete and close: one of the service's resolution codes and what was done. */
export function ResolutionForm({
  kind,
  seen,
  busy,
  problem,
  onSubmit,
  onDismiss,
}: ChangeFormProps & { kind: 'complete' | 'close' }) {
  const { messages, formRef, check, focusInvalid } = useFormTools();
  const f = messages.actions.fields;
  // Closing confirms what completing chose, unless the supervisor changes it.
  const [code, setCode] = useState(seen.resolutionCode ?? '');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ code?: string | null; note?: string | null }>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const next = {
      code: code ? null : messages.actions.validation.required(f.resolutionCode),
      note: check(note, f.note, NOTE_MAX),
    };
    setErrors(next);
    if (next.code || next.note) return focusInvalid();
    onSubmit({ kind, resolutionCode: code, note: note.trim() });
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Field label={f.resolutionCode} error={errors.code}>
        {(props) => (
          <select
            {...props}
            className="action-field__input"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          >
            <option value="">{f.chooseCode}</option>
            {seen.service.resolutionCodes.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={f.note} error={errors.note}>
        {(props) => (
          <textarea
            {...props}
            className="action-field__input"
            rows={4}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </Field>
      <DialogButtons
        submit={messages.actions.submit[kind]}
        busy={busy}
        problem={problem}
        onDismiss={onDismiss}
      />
    </form>
  );
}

const PRIORITIES: WorkOrderPriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

export function PriorityForm({ seen, busy, problem, onSubmit, onDismiss }: ChangeFormProps) {
  const { messages, formRef, focusInvalid } = useFormTools();
  const [priority, setPriority] = useState<WorkOrderPriority>(seen.priority);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problem = priority === seen.priority ? messages.actions.validation.samePriority : null;
    setError(problem);
    if (problem) return focusInvalid();
    onSubmit({ kind: 'priority', priority });
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Field label={messages.actions.fields.priority} error={error}>
        {(props) => (
          <select
            {...props}
            className="action-field__input"
            value={priority}
            onChange={(e) => setPriority(e.target.value as WorkOrderPriority)}
          >
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {messages.priority[p]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <DialogButtons
        submit={messages.actions.submit.priority}
        busy={busy}
        problem={problem}
        onDismiss={onDismiss}
      />
    </form>
  );
}

export function NoteForm({ busy, problem, onSubmit, onDismiss }: ChangeFormProps) {
  const { messages, formRef, check, focusInvalid } = useFormTools();
  const f = messages.actions.fields;
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<NoteVisibility>('INTERNAL');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problem = check(body, f.note, NOTE_MAX);
    setError(problem);
    if (problem) return focusInvalid();
    onSubmit({ kind: 'note', body: body.trim(), visibility });
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Field label={f.note} error={error}>
        {(props) => (
          <textarea
            {...props}
            className="action-field__input"
            rows={4}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </Field>
      <fieldset className="action-field action-choices">
        <legend className="action-field__label">{f.visibility}</legend>
        {(['INTERNAL', 'PUBLIC'] as const).map((v) => (
          <label key={v} className="action-choice">
            <input
              type="radio"
              name="visibility"
              value={v}
              checked={visibility === v}
              onChange={() => setVisibility(v)}
            />
            <span>{v === 'PUBLIC' ? f.visibilityPublic : f.visibilityInternal}</span>
          </label>
        ))}
      </fieldset>
      <DialogButtons
        submit={messages.actions.submit.note}
        busy={busy}
        problem={problem}
        onDismiss={onDismiss}
      />
    </form>
  );
}

/** The original request by its number, looked up before anything is sent. */
export function DuplicateForm({ seen, busy, problem, onSubmit, onDismiss }: ChangeFormProps) {
  const { messages, formRef, focusInvalid } = useFormTools();
  const client = useApolloClient();
  const v = messages.actions.validation;
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [lookingUp, setLookingUp] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || lookingUp) return;
    const wanted = number.trim().toUpperCase();
    const refuse = (message: string) => {
      setError(message);
      focusInvalid();
    };
    if (!wanted) return refuse(v.required(messages.actions.fields.originalNumber));
    setLookingUp(true);
    try {
      const { data } = await client.query({
        query: RequestByNumberDocument,
        variables: { number: wanted },
        fetchPolicy: 'network-only',
      });
      const original = data?.serviceRequest;
      if (!original) return refuse(v.notFound(wanted));
      if (original.id === seen.serviceRequest.id) return refuse(v.sameRequest);
      if (original.service.id !== seen.service.id) return refuse(v.otherService);
      setError(null);
      onSubmit({ kind: 'duplicate', originalId: original.id, originalNumber: original.number });
    } catch {
      refuse(v.notFound(wanted));
    } finally {
      setLookingUp(false);
    }
  };
  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
      <p className="action-dialog__intro">{messages.actions.intro.duplicate}</p>
      <Field
        label={messages.actions.fields.originalNumber}
        hint={messages.actions.fields.originalHint}
        error={error}
      >
        {(props) => (
          <input
            {...props}
            className="action-field__input"
            autoComplete="off"
            value={number}
            onChange={(e) => setNumber(e.target.value)}
          />
        )}
      </Field>
      <DialogButtons
        submit={messages.actions.submit.duplicate}
        busy={busy || lookingUp}
        problem={problem}
        onDismiss={onDismiss}
      />
    </form>
  );
}
