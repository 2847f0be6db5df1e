import { CALLER_HEADER, type Caller, signCaller } from '@civicgraph/platform';

/** Who the direct case and Hive Gateway call the subgraphs as (our gateway signs its session's staff member). */
export const BENCH_DISPATCHER: Caller = {
  kind: 'staff',
  id: '00000000-0000-4000-8000-000000000b00',
  roles: ['DISPATCHER'],
};

/**
 * The header our gateway would send `subgraph` for exactly `body`: what a direct call
 * needs like any other. It lasts 30 seconds: sign again for each case.
 */
export async function signedDirectCall(
  subgraph: string,
  body: string,
  secret: string,
): Promise<Record<string, string>> {
  const signature = await signCaller(
    BENCH_DISPATCHER,
    { audience: subgraph, method: 'POST', path: '/graphql', body },
    secret,
  );
  return { [CALLER_HEADER]: signature };
}
