import {
  type PeerGraph,
  publicOriginOf,
  type QueryParams,
  sendOpen311,
} from '@civicgraph/platform';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { citySettings } from '../db/city.repository';
import type { RequestsDatabase } from '../db/database';
import { discovery } from './discovery';
import { checkJurisdiction } from './jurisdiction';
import type { Open311Call, Open311Endpoint } from './open311-call';
import { Open311Error } from './open311-error';
import { answerOpen311Error } from './open311-error-handler';
import { open311Locale } from './open311-locale';
import { OPEN311_PREFIX, parseOpen311Path } from './open311-path';
import { postServiceRequest } from './request-post';
import { serviceRequestById, serviceRequests } from './request-query';
import { serviceDefinition } from './service-definition';
import { services } from './services';
import { tokenLookup } from './tokens';

/** Form bodies are small: a description of 4,000 characters and a few attributes. */
const MAX_FORM_BYTES = 64 * 1024;

/** The endpoints by path shape: `requests/:id` is `requests` with an id. */
const ENDPOINTS: Readonly<Record<string, Partial<Record<'GET' | 'POST', Open311Endpoint>>>> = {
  discovery: { GET: discovery },
  services: { GET: services },
  'services/:id': { GET: serviceDefinition },
  requests: { GET: serviceRequests, POST: postServiceRequest },
  'requests/:id': { GET: serviceRequestById },
  'tokens/:id': { GET: tokenLookup },
};

function endpointOf(method: string, segments: readonly string[]) {
  const [first, id, ...more] = segments;
  const shape =
    first === undefined || more.length > 0 ? null : id === undefined ? first : `${first}/:id`;
  const methods = shape === null ? undefined : ENDPOINTS[shape];
  if (!methods || (id !== undefined && id === '')) {
    throw new Open311Error(
      404,
      `No ${OPEN311_PREFIX}/${segments.join('/')}: see ${OPEN311_PREFIX}/discovery`,
    );
  }
  const endpoint = methods[(method === 'HEAD' ? 'GET' : method) as 'GET' | 'POST'];
  if (!endpoint) {
    throw new Open311Error(
      405,
      `${method} is not served here: use ${Object.keys(methods).join(' or ')}`,
    );
  }
  return { endpoint, id: id ?? '' };
}

/** Every value of a name in the query and the form, for parameters taken from either. */
function allValues(query: QueryParams, form: URLSearchParams | null, name: string): string[] {
  const inQuery = query[name];
  const fromQuery = inQuery === undefined ? [] : Array.isArray(inQuery) ? inQuery : [inQuery];
  return [...fromQuery, ...(form?.getAll(name) ?? [])];
}

/**
 * Open311 GeoReport v2 (`/open311/v2/…`, the gateway routes it here): discovery, the
 * service catalog, service requests (read, and filed by POST) and tokens, each in
 * JSON or XML by the path's extension, every error in the spec's list shape.
 */
export function open311Routes(db: Kysely<RequestsDatabase>, peers: PeerGraph | null = null) {
  return async (scope: FastifyInstance) => {
    scope.setErrorHandler(answerOpen311Error);
    // The caller's signature covers the exact bytes: keep them beside the parsed form.
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'buffer', bodyLimit: MAX_FORM_BYTES },
      (request: FastifyRequest, body: Buffer | string, done) => {
        request.rawBody = body;
        done(null, new URLSearchParams(body.toString('utf8')));
      },
    );

    const handle = async (request: FastifyRequest, reply: FastifyReply) => {
      const { segments, format } = parseOpen311Path(request.url);
      const { endpoint, id } = endpointOf(request.method, segments);
      const query = (request.query ?? {}) as QueryParams;
      let form: URLSearchParams | null = null;
      if (request.method === 'POST') {
        if (!(request.body instanceof URLSearchParams)) {
          throw new Open311Error(
            400,
            'Send the request form-encoded (application/x-www-form-urlencoded)',
          );
        }
        form = request.body;
      }
      const city = await citySettings(db);
      checkJurisdiction(city, allValues(query, form, 'jurisdiction_id'));
      const [locale] = allValues(query, form, 'locale');
      const call: Open311Call = {
        request,
        db,
        format,
        query,
        form,
        locale: open311Locale(request, locale),
        city,
        origin: publicOriginOf(request),
        peers,
      };
      const answer = await endpoint(call, id);
      return sendOpen311(reply, format, answer.root, answer.body, answer.status);
    };
    scope.route({ method: ['GET', 'HEAD', 'POST'], url: OPEN311_PREFIX, handler: handle });
    scope.route({ method: ['GET', 'HEAD', 'POST'], url: `${OPEN311_PREFIX}/*`, handler: handle });
  };
}
