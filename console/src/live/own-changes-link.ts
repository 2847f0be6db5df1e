import { ApolloLink } from '@apollo/client';
import { OperationTypeNode } from 'graphql';
import { map } from 'rxjs';
import { noteOwnChange } from './own-changes';

/** Every work order (id and version) anywhere in a mutation's answer. */
function noteWorkOrders(value: unknown, depth = 0): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) noteWorkOrders(item, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  if (
    record.__typename === 'WorkOrder' &&
    typeof record.id === 'string' &&
    typeof record.version === 'number'
  ) {
    noteOwnChange(record.id, record.version);
  }
  for (const field of Object.values(record)) noteWorkOrders(field, depth + 1);
}

/**
 * Notes the work orders this tab's mutations changed, at the version each answer
 * gives, for every mutation in one place (single actions, bulk assignment, whatever
 * comes next): their live echo is then not toasted as someone else's change.
 */
export function createOwnChangesLink(): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const result = forward(operation);
    if (operation.operationType !== OperationTypeNode.MUTATION) return result;
    return result.pipe(
      map((answer) => {
        noteWorkOrders(answer.data);
        return answer;
      }),
    );
  });
}
