import {
  accessDenied,
  badUserInput,
  type Caller,
  type Logger,
  permits,
} from '@civicgraph/platform';
import type {
  ExecutionArgs,
  ExecutionResult,
  GraphQLSchema,
  OperationDefinitionNode,
} from 'graphql';
import { entityQuery, rootFieldOf } from './entity-query';
import { EventCursor } from './event-cursor';
import { graphql, sharedGraphQLError } from './graphql-runtime';
import type { OutboxEvent } from './outbox-event';
import type { OutboxFeed } from './outbox-feed';
import { ResyncRequired } from './resync';
import { SUBSCRIPTION_FIELDS } from './subscription-fields';
import {
  groupKey,
  type LiveCounters,
  type QueryRunner,
  SubscriptionGroup,
} from './subscription-group';

/** What a subscription knows of its connection. */
export interface LiveContext {
  caller: Caller;
  /** `lastEventId` from connection_init: where subscriptions without `after` resume. */
  lastEventId: string | null;
}

type Source = AsyncIterableIterator<OutboxEvent | ResyncRequired>;

/** A resume position cannot be served: one signal, then the end of the subscription. */
function resyncOnce(signal: ResyncRequired): Source {
  let sent = false;
  const iterator: Source = {
    next: async () => {
      if (sent) return { value: undefined, done: true };
      sent = true;
      return { value: signal, done: false };
    },
    return: async () => {
      sent = true;
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/** Event ids are bigints as text. */
function eventPosition(value: unknown, argument: string): bigint {
  if (typeof value !== 'string' || !/^\d{1,19}$/.test(value)) {
    throw badUserInput(`${argument} must be an event id you received (digits)`, { argument });
  }
  return BigInt(value);
}

/**
 * The gateway's subscriptions: graphql-js `subscribe()` in its two halves, on a
 * private copy of the API schema. `createSourceEventStream` checks the arguments and
 * runs the field's subscribe step (access, filter, resume position: a cursor over
 * the outbox); each event is then mapped to its payload by the subscriber's group
 * (subscription-group.ts), once for all the group's subscribers, where `subscribe()`
 * would execute it once per subscriber.
 */
export class LiveSubscriptions {
  readonly counters: LiveCounters = {
    entityQueries: 0,
    subgraphFetches: 0,
    payloads: 0,
    deliveries: 0,
  };
  private schema: GraphQLSchema | null = null;
  private readonly groups = new Map<string, SubscriptionGroup>();
  private subscribers = 0;

  constructor(
    private readonly feed: OutboxFeed,
    private readonly runQuery: QueryRunner,
    private readonly logger: Logger,
  ) {}

  /**
   * A failure that is not a refusal (the outbox unreadable, say) reaches the client as
   * INTERNAL_SERVER_ERROR, its cause only in the log, as over HTTP; a refusal (it has
   * a code) as it is.
   */
  private masked(error: unknown, doing: string) {
    const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
    if (typeof code === 'string') return error;
    this.logger.error({ err: error }, `subscription failed while ${doing}`);
    return new graphql.GraphQLError(
      `The subscription failed on the server while ${doing}; resubscribe with your last event id`,
      { extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    );
  }

  /**
   * Apollo Server wraps the resolvers of the schema it serves, in place: subscriptions
   * run on a copy of their own, rebuilt from its text (no resolvers, scalars as sent).
   */
  useApiSchema(apiSchema: GraphQLSchema) {
    const { buildASTSchema, parse, printSchema } = graphql;
    this.schema = buildASTSchema(parse(printSchema(apiSchema)));
  }

  get privateSchema(): GraphQLSchema {
    if (!this.schema) throw new Error('The gateway has not loaded its schema yet');
    return this.schema;
  }

  /** Subscribers, groups and the counters, with the feed's. */
  stats() {
    return {
      subscribers: this.subscribers,
      groups: this.groups.size,
      ...this.counters,
      feed: { ...this.feed.stats, newest: this.feed.newest.toString() },
    };
  }

  async subscribe(
    args: ExecutionArgs,
  ): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const context = args.contextValue as LiveContext;
    const source = (await graphql.createSourceEventStream({
      ...args,
      subscribeFieldResolver: (_root, fieldArgs, _context, info) =>
        this.open(info.fieldName, fieldArgs, context).catch((error: unknown) => {
          throw this.masked(error, 'subscribing');
        }),
    })) as Source | ExecutionResult;
    if (!(Symbol.asyncIterator in source)) return source;
    const operation = graphql.getOperationAST(args.document, args.operationName)!;
    const variables = (args.variableValues ?? {}) as Record<string, unknown>;
    const group = this.join(args, operation, variables, context.caller);
    let left = false;
    const leave = async () => {
      if (left) return;
      left = true;
      this.subscribers--;
      if (--group.subscribers === 0) this.groups.delete(group.definition.key);
      await source.return?.();
    };
    const payloads: AsyncIterableIterator<ExecutionResult> = {
      next: async () => {
        try {
          const step = await source.next();
          if (step.done) {
            await leave();
            return { value: undefined, done: true };
          }
          const item = step.value;
          const value =
            item instanceof ResyncRequired ? item.asResult() : await group.payloadFor(item);
          return { value, done: false };
        } catch (error) {
          await leave();
          throw this.masked(error, 'reading events');
        }
      },
      return: async () => {
        await leave();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]: () => payloads,
    };
    return payloads;
  }

  /** The subscribe step of a field: who may, which events, from where. */
  private async open(name: string, fieldArgs: Record<string, unknown>, context: LiveContext) {
    const field = SUBSCRIPTION_FIELDS[name];
    if (!field) {
      throw new graphql.GraphQLError(`Subscription.${name} is not served by this gateway`, {
        extensions: { code: 'BAD_REQUEST' },
      });
    }
    if (!permits(context.caller, field.permission)) {
      throw sharedGraphQLError(accessDenied(context.caller, 'Subscription', name));
    }
    const matches = field.matcher(fieldArgs);
    const given = fieldArgs.after ?? null;
    const resumeFrom = given ?? context.lastEventId;
    if (resumeFrom === null) return new EventCursor(this.feed, this.feed.newest, matches);
    const after = eventPosition(resumeFrom, given !== null ? 'after' : 'lastEventId');
    const [prunedThrough, newest] = await Promise.all([
      this.feed.prunedThrough(),
      this.feed.newestWritten(),
    ]);
    if (after < prunedThrough)
      return resyncOnce(ResyncRequired.pruned(after, prunedThrough, newest));
    if (after > newest) return resyncOnce(ResyncRequired.unknown(after, newest));
    return new EventCursor(this.feed, after, matches);
  }

  private join(
    args: ExecutionArgs,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
    caller: Caller,
  ): SubscriptionGroup {
    const key = groupKey(args.document, operation, variables, caller);
    let group = this.groups.get(key);
    if (!group) {
      // The source stream opened, so the root field is one of ours.
      const field = SUBSCRIPTION_FIELDS[rootFieldOf(operation, args.document)!.name.value]!;
      group = new SubscriptionGroup(
        {
          key,
          schema: args.schema,
          document: args.document,
          operationName: args.operationName ?? null,
          variables,
          caller,
          field,
          entityQuery: entityQuery(args.document, operation, field.entityField, field.queryField),
        },
        this.runQuery,
        this.counters,
      );
      this.groups.set(key, group);
    }
    group.subscribers++;
    this.subscribers++;
    return group;
  }
}
