import type { FastifyRequest } from 'fastify';
import type { CallerAddress } from '../access/front-door';
import { Refusal } from '../access/refusal';

/** A request as the subgraph will get it, and the credentials the front door reads. */
export interface CarriedRequest {
  /** Path and query string, as the client sent them but for the key parameter. */
  url: string;
  /** The body, byte for byte, but for the key field of a form. */
  body: Buffer;
  credentials: CallerAddress;
}

const AMPERSAND = Buffer.from('&');
const FORM_TYPE = 'application/x-www-form-urlencoded';

/** The body the buffer parser read (it owns its memory: fetch wants an ArrayBuffer's view). */
export function bodyOf(request: FastifyRequest): Buffer<ArrayBuffer> {
  return Buffer.isBuffer(request.body)
    ? (request.body as Buffer<ArrayBuffer>)
    : (Buffer.alloc(0) as Buffer<ArrayBuffer>);
}

/**
 * Splits `a=1&b=2` (bytes) into the pairs named `name` and the rest, the rest still
 * joined byte for byte as sent. A pair's name is decoded as URLSearchParams would
 * (`api%5Fkey` and `api+key` are what the subgraph would read them as), so no
 * spelling of the key slips through to the subgraph.
 */
function takePairs(encoded: Buffer, name: string): { values: string[]; rest: Buffer } {
  const values: string[] = [];
  const kept: Buffer[] = [];
  let start = 0;
  while (start <= encoded.length) {
    let end = encoded.indexOf(AMPERSAND, start);
    if (end === -1) end = encoded.length;
    const pair = encoded.subarray(start, end);
    const [decoded] = new URLSearchParams(pair.toString('utf8'));
    if (decoded?.[0] === name) values.push(decoded[1]);
    else kept.push(pair);
    start = end + 1;
  }
  const rest = Buffer.concat(kept.flatMap((pair, i) => (i === 0 ? [pair] : [AMPERSAND, pair])));
  return { values, rest };
}

function isForm(request: FastifyRequest) {
  const type = request.headers['content-type'];
  return typeof type === 'string' && type.split(';', 1)[0]!.trim().toLowerCase() === FORM_TYPE;
}

/**
 * Takes a partner API key out of where a protocol carries it besides `X-API-Key`:
 * the query parameter `name` (any method) and the field `name` of a form-encoded
 * body, as Open311's `api_key`. The key goes to the front door as if it were the
 * header (the same lookup, cache and rate limit) and never to the subgraph: its query
 * string and form lose the parameter, and the caller is signed over what is left.
 *
 * An empty value is no key (clients fill the field in with nothing when they have
 * none: they are anonymous, not refused). Two different keys, wherever they came
 * from, are a 400: which one would the caller mean?
 */
export function takeApiKeyParameter(name: string, request: FastifyRequest): CarriedRequest {
  const queryAt = request.url.indexOf('?');
  const path = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
  const query =
    queryAt === -1
      ? { values: [], rest: Buffer.alloc(0) }
      : takePairs(Buffer.from(request.url.slice(queryAt + 1), 'latin1'), name);
  const sent = bodyOf(request);
  const form =
    request.method === 'POST' && isForm(request)
      ? takePairs(sent, name)
      : { values: [], rest: sent };

  const header = request.headers['x-api-key'];
  const keys = new Set(
    [...query.values, ...form.values, ...(typeof header === 'string' ? [header] : [])].filter(
      (key) => key !== '',
    ),
  );
  if (keys.size > 1) {
    throw new Refusal(400, `Send one API key: ${name} was given more than one value`, {
      code: 'BAD_REQUEST',
    });
  }
  const [apiKey] = keys;
  const rest = query.rest.toString('latin1');
  return {
    url: query.values.length === 0 ? request.url : rest === '' ? path : `${path}?${rest}`,
    body: form.values.length === 0 ? sent : (form.rest as Buffer<ArrayBuffer>),
    credentials: {
      ip: request.ip,
      headers: apiKey === undefined ? request.headers : { ...request.headers, 'x-api-key': apiKey },
    },
  };
}
