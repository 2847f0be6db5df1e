// For tests only: a `fetch` that answers GraphQL requests from a script and records
// what was sent, so that the real HttpLink and auth link run unchanged.

export interface SentRequest {
  operationName: string | undefined;
  authorization: string | null;
  variables: Record<string, unknown>;
}

export type Answer = { status?: number; contentType?: string; body: unknown };

/** Answers each request with `answer(request, n)`, n counting that operation's calls. */
export function fakeFetch(answer: (request: SentRequest, n: number) => Answer) {
  const sent: SentRequest[] = [];
  const fetchFn: typeof fetch = async (_input, init) => {
    const body = JSON.parse(String(init?.body)) as {
      operationName?: string;
      variables?: Record<string, unknown>;
    };
    const request: SentRequest = {
      operationName: body.operationName,
      authorization: new Headers(init?.headers).get('authorization'),
      variables: body.variables ?? {},
    };
    const n = sent.filter((s) => s.operationName === request.operationName).length;
    sent.push(request);
    const { status = 200, contentType = 'application/json', body: json } = answer(request, n);
    return new Response(typeof json === 'string' ? json : JSON.stringify(json), {
      status,
      headers: { 'content-type': contentType },
    });
  };
  return { fetch: fetchFn, sent };
}

/** The gateway's answer to an expired or revoked access token. */
export const unauthenticated401: Answer = {
  status: 401,
  body: { errors: [{ message: 'Access token expired', extensions: { code: 'UNAUTHENTICATED' } }] },
};
