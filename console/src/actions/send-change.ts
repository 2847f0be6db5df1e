import type { ApolloClient } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type {
  Locale,
  NoteVisibility,
  WorkOrderPriority,
  WorkOrderStatus,
} from '../generated/graphql';
import type { ActionKind, ActorKind } from './actions-messages';
import type { ActionableWorkOrder } from './work-order-actions.graphql';
import {
  AddWorkOrderNoteDocument,
  AssignWorkOrderDocument,
  CancelWorkOrderDocument,
  ChangeWorkOrderPriorityDocument,
  CloseWorkOrderDocument,
  CompleteWorkOrderDocument,
  HoldWorkOrderDocument,
  MarkDuplicateDocument,
  ReopenWorkOrderDocument,
  ResumeWorkOrderDocument,
  StartWorkOrderDocument,
} from './work-order-mutations.graphql';

/** What a dialog collected: the change the person asked for, whatever its version. */
export type ChangeRequest =
  | { kind: 'assign'; crewId: string; assigneeId: string | null; toName: string }
  | { kind: 'start' }
  | { kind: 'resume' }
  | { kind: 'hold'; reason: string }
  | { kind: 'complete'; resolutionCode: string; note: string }
  | { kind: 'close'; resolutionCode: string; note: string }
  | { kind: 'cancel'; reason: string }
  | { kind: 'reopen'; note: string }
  | { kind: 'priority'; priority: WorkOrderPriority }
  | { kind: 'note'; body: string; visibility: NoteVisibility }
  | { kind: 'duplicate'; originalId: string; originalNumber: string };

// Every dialog produces the request of its own kind.
type Check = ChangeRequest['kind'] extends ActionKind ? true : never;
export const changeKindsAreActions: Check = true;

/**
 * Sends `change` against `target` at the version the person saw (`target.version`, or
 * its request's for a duplicate, which changes the request). Rejects with Apollo's
 * error: `refusalOf` reads the graph's reason.
 */
export async function sendChange(
  client: ApolloClient,
  target: ActionableWorkOrder,
  change: ChangeRequest,
  locale: Locale,
): Promise<void> {
  const base = { id: target.id, expectedVersion: target.version };
  switch (change.kind) {
    case 'assign':
      await client.mutate({
        mutation: AssignWorkOrderDocument,
        variables: {
          locale,
          input: { ...base, crewId: change.crewId, assigneeId: change.assigneeId },
        },
      });
      return;
    case 'start':
      await client.mutate({ mutation: StartWorkOrderDocument, variables: { locale, input: base } });
      return;
    case 'resume':
      await client.mutate({
        mutation: ResumeWorkOrderDocument,
        variables: { locale, input: base },
      });
      return;
    case 'hold':
      await client.mutate({
        mutation: HoldWorkOrderDocument,
        variables: { locale, input: { ...base, reason: change.reason } },
      });
      return;
    case 'complete':
      await client.mutate({
        mutation: CompleteWorkOrderDocument,
        variables: {
          locale,
          input: { ...base, resolutionCode: change.resolutionCode, note: change.note },
        },
      });
      return;
    case 'close':
      await client.mutate({
        mutation: CloseWorkOrderDocument,
        variables: {
          locale,
          input: { ...base, resolutionCode: change.resolutionCode, note: change.note },
        },
      });
      return;
    case 'cancel':
      await client.mutate({
        mutation: CancelWorkOrderDocument,
        variables: { locale, input: { ...base, reason: change.reason } },
      });
      return;
    case 'reopen':
      await client.mutate({
        mutation: ReopenWorkOrderDocument,
        variables: { locale, input: { ...base, note: change.note } },
      });
      return;
    case 'priority':
      await client.mutate({
        mutation: ChangeWorkOrderPriorityDocument,
        variables: { locale, input: { ...base, priority: change.priority } },
      });
      return;
    case 'note':
      await client.mutate({
        mutation: AddWorkOrderNoteDocument,
        variables: {
          locale,
          input: { ...base, body: change.body, visibility: change.visibility },
        },
      });
      return;
    case 'duplicate':
      await client.mutate({
        mutation: MarkDuplicateDocument,
        variables: {
          locale,
          input: {
            id: target.serviceRequest.id,
            originalId: change.originalId,
            expectedVersion: target.serviceRequest.version,
          },
        },
      });
      return;
  }
}

/** Why the graph refused a change, from the error's extensions (WorkOrderChangeError). */
export interface Refusal {
  code: string;
  currentVersion: number | null;
  lastChangedBy: { kind: ActorKind; id: string | null } | null;
  lastChangedAt: string | null;
  from: WorkOrderStatus | null;
  to: WorkOrderStatus | null;
}

export function refusalOf(error: unknown): Refusal | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors.find((e) => typeof e.extensions?.code === 'string')?.extensions;
  if (!extensions) return null;
  const by = extensions.lastChangedBy as { kind?: unknown; id?: unknown } | null | undefined;
  return {
    code: String(extensions.code),
    currentVersion:
      typeof extensions.currentVersion === 'number' ? extensions.currentVersion : null,
    lastChangedBy:
      by && typeof by.kind === 'string'
        ? { kind: by.kind as ActorKind, id: typeof by.id === 'string' ? by.id : null }
        : null,
    lastChangedAt: typeof extensions.lastChangedAt === 'string' ? extensions.lastChangedAt : null,
    from: typeof extensions.from === 'string' ? (extensions.from as WorkOrderStatus) : null,
    to: typeof extensions.to === 'string' ? (extensions.to as WorkOrderStatus) : null,
  };
}
