import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../subgraph-data-source';

/** A document's id in the manifest: what Apollo's persisted queries send, sha256 hex of its text. */
export function operationHash(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

/**
 * The persisted-operation allowlist: reviewed documents by the sha256 of their text
 * (a JSON object `{ "<hash>": "<document>" }`, PERSISTED_OPERATIONS_PATH). A client
 * may run one by its hash alone (`extensions.persistedQuery.sha256Hash`, as Apollo's
 * automatic persisted queries send it); partners held to the list may run nothing else.
 */
export class PersistedOperations {
  private constructor(private readonly documents: ReadonlyMap<string, string>) {}

  /** Reads and checks the manifest; a wrong hash or a non-string entry stops start-up. */
  static load(path: string): PersistedOperations {
    let manifest: unknown;
    try {
      manifest = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Cannot read the persisted operations at ${path}: ${reason}`);
    }
    if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
      throw new Error(`${path} must be a JSON object of sha256 hash → document`);
    }
    const documents = new Map<string, string>();
    for (const [hash, document] of Object.entries(manifest)) {
      if (typeof document !== 'string' || operationHash(document) !== hash) {
        throw new Error(`${path}: the entry ${hash} is not the sha256 of its document`);
      }
      documents.set(hash, document);
    }
    return new PersistedOperations(documents);
  }

  has(hash: string | undefined): boolean {
    return hash !== undefined && this.documents.has(hash);
  }

  get size() {
    return this.documents.size;
  }

  /**
   * The manifest as Apollo Server's persisted-query cache: a hash finds its document,
   * and nothing a client sends is ever stored (Apollo's own cache would let anyone
   * register any document under its hash). Apollo prefixes its keys (`apq:`).
   */
  get apolloCache() {
    const documents = this.documents;
    return {
      async get(key: string) {
        return documents.get(key.slice(key.lastIndexOf(':') + 1));
      },
      async set() {},
      async delete() {
        return false;
      },
    };
  }
}

/**
 * Holds partner clients whose key says `persistedOperationsOnly` to the manifest:
 * any other document is refused (PERSISTED_OPERATION_REQUIRED) before it is planned,
 * whether it came by hash or as text.
 */
export function persistedOnlyPolicy(
  operations: PersistedOperations,
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (!contextValue.persistedOperationsOnly) return;
      return {
        async didResolveOperation({ queryHash }) {
          if (operations.has(queryHash)) return;
          throw new GraphQLError(
            'This API key may run persisted operations only: send one by its sha256Hash',
            { extensions: { code: 'PERSISTED_OPERATION_REQUIRED', http: { status: 403 } } },
          );
        },
      };
    },
  };
}
