import { createHash } from 'node:crypto';
import type { Caller } from '@civicgraph/platform';
import {
  type DocumentNode,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
  print,
  visit,
} from 'graphql';
import { DeliveredEvent, payloadFieldResolver } from './delivered-event';
import { ENTITY_ID_VARIABLE, type EntityQuery, rootFieldOf } from './entity-query';
import { graphql } from './graphql-runtime';
import type { OutboxEvent } from './outbox-event';
import type { SubscriptionField } from './subscription-fields';

/** Runs a query through the gateway (its planner, its plugins) as a caller. */
export type QueryRunner = (
  query: string,
  variables: Record<string, unknown>,
  caller: Caller,
) => Promise<FormattedExecutionResult>;

/** The gateway's own counts, read by tests and benchmarks. */
export interface LiveCounters {
  /** Entity queries run: one per group per event, whatever the number of subscribers. */
  entityQueries: number;
  /** Subgraph calls those queries made: groups × fetch nodes of their plans, per event. */
  subgraphFetches: number;
  /** Payloads built (the private schema executed): also one per group per event. */
  payloads: number;
  /** Payloads handed to subscribers. */
  deliveries: number;
}

/** Payloads a group keeps for subscribers a little behind the others. */
const KEPT_PAYLOADS = 16;

/**
 * What decides a payload, as a key: the document (without the subscriber's resume
 * position, `after`), the values of the variables it then uses, and who is asking
 * (some access rules depend on who: a staff member's own contact details).
 */
export function groupKey(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  caller: Caller,
): string {
  const root = rootFieldOf(operation, document);
  const withoutResume = visit(document, {
    Field: (field) =>
      field === root
        ? { ...field, arguments: field.arguments?.filter((a) => a.name.value !== 'after') }
        : undefined,
  });
  const used = new Set<string>();
  visit(withoutResume, {
    // A definition is not a use: `$after`'s would otherwise count.
    VariableDefinition: () => false,
    Variable: (variable) => void used.add(variable.name.value),
  });
  const values = [...used].sort().map((name) => [name, variables[name] ?? null]);
  const hash = createHash('sha256');
  hash.update(print(withoutResume));
  hash.update('\0');
  hash.update(operation.name?.value ?? '');
  hash.update('\0');
  hash.update(stableJson(values));
  hash.update('\0');
  hash.update(authorizationKey(caller));
  return hash.digest('base64url');
}

function authorizationKey(caller: Caller): string {
  switch (caller.kind) {
    case 'staff':
      return `staff:${caller.id}:${[...caller.roles].sort().join(',')}`;
    case 'partner':
      return `partner:${caller.id}:${[...caller.scopes].sort().join(',')}`;
    case 'anonymous':
      return 'anonymous';
    default:
      return `${caller.kind}:${caller.id}`;
  }
}

/** JSON with object keys sorted: equal values give equal text. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}

export interface GroupDefinition {
  key: string;
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | null;
  variables: Record<string, unknown>;
  caller: Caller;
  field: SubscriptionField;
  /** Null when the subscription selects nothing of the entity. */
  entityQuery: EntityQuery | null;
}

/**
 * Subscribers that would receive the same payload for every event: same document,
 * same variables, same caller. Each event's payload is built once for all of them:
 * one entity query through the gateway's planner (as the caller, so the access rules
 * apply exactly as to a query), then one execution of the subscription document on
 * the private schema over the answer.
 */
export class SubscriptionGroup {
  subscribers = 0;
  private readonly payloads = new Map<string, Promise<ExecutionResult>>();
  private readonly queryVariables: Record<string, unknown>;

  constructor(
    readonly definition: GroupDefinition,
    private readonly runQuery: QueryRunner,
    private readonly counters: LiveCounters,
  ) {
    const names = definition.entityQuery?.variableNames ?? [];
    this.queryVariables = Object.fromEntries(
      names.filter((name) => name in definition.variables).map((n) => [n, definition.variables[n]]),
    );
  }

  /** The payload of one event for every subscriber of the group. */
  payloadFor(event: OutboxEvent): Promise<ExecutionResult> {
    let payload = this.payloads.get(event.id);
    if (!payload) {
      const building = this.build(event);
      payload = building;
      this.payloads.set(event.id, building);
      // A failure (the gateway closing, say) is not kept: the next subscriber tries again.
      building.catch(() => {
        if (this.payloads.get(event.id) === building) this.payloads.delete(event.id);
      });
      if (this.payloads.size > KEPT_PAYLOADS) {
        this.payloads.delete(this.payloads.keys().next().value!);
      }
    }
    this.counters.deliveries++;
    return payload;
  }

  private async build(event: OutboxEvent): Promise<ExecutionResult> {
    const { definition } = this;
    let answer: FormattedExecutionResult = {};
    if (definition.entityQuery) {
      this.counters.entityQueries++;
      answer = await this.runQuery(
        definition.entityQuery.text,
        { ...this.queryVariables, [ENTITY_ID_VARIABLE]: definition.field.entityIdOf(event) },
        definition.caller,
      );
    }
    this.counters.payloads++;
    const delivered = new DeliveredEvent(
      event,
      definition.field.entityField,
      (answer.data ?? {}) as Record<string, unknown>,
      answer.errors ?? [],
    );
    return await graphql.execute({
      schema: definition.schema,
      document: definition.document,
      operationName: definition.operationName,
      variableValues: definition.variables,
      rootValue: event,
      contextValue: { delivered },
      fieldResolver: payloadFieldResolver,
    });
  }
}
