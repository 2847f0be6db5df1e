import { useQuery } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { useI18n } from '../i18n';
import { usePermissions } from '../session/use-permissions';
import { availableActions } from './action-rules';
import type { ActionKind } from './actions-messages';
import { WorkOrderActionDialog } from './work-order-action-dialog';
import { type ActionableWorkOrder, WorkOrderActionsDocument } from './work-order-actions.graphql';
import './actions.css';

interface WorkOrderActionsProps {
  workOrderId: string;
  layout?: 'panel' | 'phone';
}

/**
 * The actions the signed-in person may take on one work order, as its status allows:
 * each button opens its dialog. The work order is read from the cache the rest of the
 * page shares, so a live change or a mutation's answer updates the buttons at once.
 */
export function WorkOrderActions({ workOrderId, layout = 'panel' }: WorkOrderActionsProps) {
  const { messages, locale } = useI18n();
  const m = messages.actions;
  const permissions = usePermissions();
  const { data, loading, error, refetch } = useQuery(WorkOrderActionsDocument, {
    variables: { id: workOrderId, locale },
  });
  const workOrder = data?.workOrder ?? null;
  const headingId = useId();
  const groupRef = useRef<HTMLFieldSetElement>(null);
  // The snapshot is taken when the dialog opens: it is what the person decides on.
  const [open, setOpen] = useState<{ kind: ActionKind; seen: ActionableWorkOrder } | null>(null);

  if ((loading && !workOrder) || (!permissions.ready && !permissions.error)) {
    return (
      <p className="work-order-actions__status" role="status">
        {m.loading}
      </p>
    );
  }
  if (!workOrder || permissions.error) {
    if (!error && !permissions.error) return null;
    return (
      <div className="work-order-actions__status" role="alert">
        <p>{m.loadError}</p>
        <button type="button" className="button" onClick={() => void refetch()}>
          {m.retry}
        </button>
      </div>
    );
  }

  const actions = availableActions(workOrder, permissions);
  return (
    <section
      className={`work-order-actions work-order-actions--${layout}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="work-order-actions__heading" tabIndex={-1}>
        {m.heading}
      </h3>
      {actions.length === 0 ? (
        <p className="work-order-actions__none">{m.none}</p>
      ) : (
        <fieldset ref={groupRef} className="work-order-actions__buttons">
          <legend className="visually-hidden">{m.groupLabel(workOrder.number)}</legend>
          {actions.map((kind) => (
            <button
              key={kind}
              type="button"
              className={`button action-button action-button--${kind === 'cancel' ? 'danger' : 'secondary'}`}
              data-action={kind}
              onClick={() => setOpen({ kind, seen: workOrder })}
            >
              {kind === 'assign' && (workOrder.crew || workOrder.assignee)
                ? m.reassign
                : m.action[kind]}
            </button>
          ))}
        </fieldset>
      )}
      {open && (
        <WorkOrderActionDialog
          kind={open.kind}
          seen={open.seen}
          actor={permissions}
          layout={layout}
          onClose={() => setOpen(null)}
          fallbackFocus={() =>
            groupRef.current?.querySelector<HTMLElement>('button') ??
            document.getElementById(headingId)
          }
        />
      )}
    </section>
  );
}
