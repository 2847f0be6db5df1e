import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CALLER_HEADER, type Caller, signCaller } from '@civicgraph/platform';

const benchDispatcher: Caller = {
  kind: 'staff',
  id: '00000000-0000-4000-8000-000000000b00',
  roles: ['DISPATCHER'],
};

/**
 * The header the gateway would send the requests subgraph for this query, signed with
 * the stack's development secret (DATA_DIR/secrets.json): calling the subgraph
 * directly needs it like anyone. It lasts 30 seconds: sign again for each round.
 */
export async function signedForSubgraph(
  dataDir: string,
  subgraph: string,
  query: string,
): Promise<Record<string, string>> {
  const secrets = JSON.parse(await readFile(path.join(dataDir, 'secrets.json'), 'utf8')) as {
    callerSigning: string;
  };
  const body = JSON.stringify({ query }); // exactly what load() sends
  const signature = await signCaller(
    benchDispatcher,
    { audience: subgraph, method: 'POST', path: '/graphql', body },
    secrets.callerSigning,
  );
  return { [CALLER_HEADER]: signature };
}
