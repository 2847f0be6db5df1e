import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The checked-in supergraph of this repository (schema/supergraph.graphql). The gateway
 * reads it as a file, like Apollo Router's `--supergraph`: it needs the composed graph,
 * never the subgraphs' code, so a gateway deployment ships one file and no subgraph.
 */
export const DEFAULT_SUPERGRAPH_PATH = fileURLToPath(
  new URL('../../schema/supergraph.graphql', import.meta.url),
);

/** The supergraph SDL at `path`; a missing or unreadable file fails with its path. */
export function readSupergraph(path: string = DEFAULT_SUPERGRAPH_PATH): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot read the supergraph at ${path} (set SUPERGRAPH_PATH): ${reason}`);
  }
}
