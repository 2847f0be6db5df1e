import { isUuid } from '@civicgraph/platform';
import { requestNumberByToken } from '../db/open311.repository';
import type { Open311Endpoint } from './open311-call';
import { Open311Error } from './open311-error';
import { assertOpen311Read } from './request-query';

/**
 * `GET tokens/{token}`: the token POST answered is the request's id, so the request
 * exists as soon as the token does; `[{service_request_id, token}]`. Unknown or
 * malformed: 404 (a malformed token is as absent as an unknown one).
 */
export const tokenLookup: Open311Endpoint = async (call, token) => {
  assertOpen311Read(call);
  const found = isUuid(token)
    ? await requestNumberByToken(call.db, token.toLowerCase())
    : undefined;
  if (!found) throw new Open311Error(404, `No token ${token.slice(0, 40)}`);
  return {
    root: 'service_requests',
    body: [{ service_request_id: found.number, token: found.id }],
  };
};
