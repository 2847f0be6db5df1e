import type { Caller } from '../access/caller';
import { postSigned } from '../access/post-signed';

/** A peer subgraph answered with errors, or could not be reached. */
export class PeerUnavailable extends Error {}

/**
 * Another subgraph's GraphQL API, asked directly with the same caller the gateway
 * signed for this request: a subgraph reads a peer's data through the graph (its
 * `_entities`, its fields and their access rules), never through the peer's tables,
 * and gains no right its caller does not have.
 */
export interface PeerGraph {
  query<T>(
    peer: string,
    document: string,
    variables: Record<string, unknown>,
    caller: Caller,
  ): Promise<T>;
}

const PEER_TIMEOUT_MS = 5000;

/**
 * `urls` maps a subgraph's name to its GraphQL URL. It is read at call time, so a
 * launcher may fill it in as peers start.
 */
export function peerGraph(urls: Readonly<Record<string, string>>, secret: string): PeerGraph {
  return {
    async query<T>(
      peer: string,
      document: string,
      variables: Record<string, unknown>,
      caller: Caller,
    ) {
      const url = urls[peer];
      if (!url) throw new PeerUnavailable(`no URL is configured for the ${peer} subgraph`);
      let response: Response;
      try {
        response = await postSigned({
          url,
          audience: peer,
          caller,
          body: JSON.stringify({ query: document, variables }),
          secret,
          timeoutMs: PEER_TIMEOUT_MS,
        });
      } catch (error) {
        throw new PeerUnavailable(`the ${peer} subgraph cannot be reached`, { cause: error });
      }
      const answer = (await response.json().catch(() => null)) as {
        data?: T;
        errors?: Array<{ message: string }>;
      } | null;
      if (!answer?.data || answer.errors?.length) {
        const reason =
          answer?.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`;
        throw new PeerUnavailable(`the ${peer} subgraph refused: ${reason}`);
      }
      return answer.data;
    },
  };
}
