import type { GraphQLFieldResolver, GraphQLFormattedError } from 'graphql';
import { graphql } from './graphql-runtime';
import type { OutboxEvent } from './outbox-event';

/**
 * One event with its entity as the gateway read it for a group: the source of the
 * subscription's payload, executed on the private schema. The entity data is keyed
 * by response keys (aliases), as the query answered it.
 */
export class DeliveredEvent {
  private readonly errorsByPath = new Map<string, GraphQLFormattedError>();

  constructor(
    readonly event: OutboxEvent,
    readonly entityField: string,
    readonly entities: Record<string, unknown>,
    errors: readonly GraphQLFormattedError[],
  ) {
    for (const error of errors) {
      if (error.path) this.errorsByPath.set(error.path.join('.'), error);
    }
  }

  /** The query's error at this path below the event, if it gave one. */
  errorAt(path: readonly (string | number)[]): GraphQLFormattedError | undefined {
    return this.errorsByPath.get(path.join('.'));
  }

  /** The error that explains a missing entity when the query gave none for it. */
  errorWithoutPath(): GraphQLFormattedError | undefined {
    return [...this.errorsByPath.values()][0];
  }

  field(name: string, responseKey: string): unknown {
    const { event } = this;
    switch (name) {
      case 'eventId':
        return event.id;
      case 'type':
        return event.type;
      case 'action':
        return event.action;
      case 'changed':
        return event.changed;
      case 'occurredAt':
        return event.occurredAt.toISOString();
      default:
        return name === this.entityField ? this.entities[responseKey] : undefined;
    }
  }
}

function rethrown(error: GraphQLFormattedError) {
  return new graphql.GraphQLError(error.message, { extensions: error.extensions ?? {} });
}

/**
 * Resolves every field of a payload on the private schema (which has no resolvers of
 * its own): the root field gives the event, the event's fields come from the outbox
 * row, and the entity's from the query's answer by response key. Where the answer
 * has null and an error at that path (a field the caller may not read), the payload
 * gets the same error at the same place, as the query would have.
 */
export const payloadFieldResolver: GraphQLFieldResolver<unknown, unknown> = (
  source,
  _args,
  context,
  info,
) => {
  const delivered = (context as { delivered?: DeliveredEvent }).delivered;
  if (!delivered) return undefined;
  if (source === delivered.event) return delivered;
  const key = info.path.key as string;
  if (source instanceof DeliveredEvent) {
    const value = source.field(info.fieldName, key);
    if (value == null && info.fieldName === source.entityField) {
      const error = source.errorAt([key]) ?? source.errorWithoutPath();
      if (error) throw rethrown(error);
    }
    return value;
  }
  const value = (source as Record<string, unknown>)[key];
  if (value == null) {
    // Below the root field: the path the query answered under.
    const error = delivered.errorAt(graphql.responsePathAsArray(info.path).slice(1));
    if (error) throw rethrown(error);
  }
  return value;
};
