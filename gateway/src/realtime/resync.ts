import type { ExecutionResult } from 'graphql';
import { graphql } from './graphql-runtime';

/**
 * Told to a subscriber whose position cannot be served (retention deleted the events
 * after it, or it is not an id of this outbox): reload, then resume after `resumeAfter`.
 */
export class ResyncRequired {
  constructor(
    readonly message: string,
    readonly after: bigint,
    /** The newest event when it was told: reload, then subscribe with `after` this. */
    readonly resumeAfter: bigint,
  ) {}

  static pruned(after: bigint, prunedThrough: bigint, newest: bigint) {
    return new ResyncRequired(
      `Events after ${after} are no longer kept (the outbox keeps them from ${prunedThrough + 1n}): reload what you show, then subscribe with after: "${newest}"`,
      after,
      newest,
    );
  }

  static unknown(after: bigint, newest: bigint) {
    return new ResyncRequired(
      `Event ${after} is not in this city's outbox (its newest is ${newest}): reload what you show, then subscribe with after: "${newest}"`,
      after,
      newest,
    );
  }

  asResult(): ExecutionResult {
    return {
      data: null,
      errors: [
        new graphql.GraphQLError(this.message, {
          extensions: {
            code: 'RESYNC_REQUIRED',
            after: this.after.toString(),
            resumeAfter: this.resumeAfter.toString(),
          },
        }),
      ],
    };
  }
}

/** Thrown by a read of events that retention has already deleted. */
export class EventsPruned extends Error {
  constructor(
    readonly after: bigint,
    readonly prunedThrough: bigint,
  ) {
    super(`events after ${after} are pruned through ${prunedThrough}`);
  }
}
