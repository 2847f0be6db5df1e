export interface GraphQLResponse<T = Record<string, unknown>> {
  /** HTTP status of the response. */
  status: number;
  data?: T;
  errors?: Array<{
    message: string;
    path?: Array<string | number>;
    extensions?: { code?: string; [key: string]: unknown };
  }>;
}

export interface PostOptions {
  /** Extra request headers: `authorization`, `x-api-key`, a signed caller. */
  headers?: Record<string, string>;
  /** The exact body to send, when a signature covers it; otherwise built from the arguments. */
  body?: string;
}

/** POSTs a GraphQL request over real HTTP, as a client would. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  document: string,
  variables: Record<string, unknown> = {},
  options: PostOptions = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: options.body ?? JSON.stringify({ query: document, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

/**
 * POSTs a GraphQL request and returns its `data`; any error in the answer fails the
 * calling test with the errors as the message (for steps that must succeed).
 */
export async function graphData<T = Record<string, unknown>>(
  url: string,
  document: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const answer = await postGraphQL<T>(url, document, variables, { headers });
  if (answer.errors?.length) throw new Error(JSON.stringify(answer.errors));
  return answer.data as T;
}
