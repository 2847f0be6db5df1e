import { permits } from '@civicgraph/platform';
import { type Open311RequestRow, pageOfOpen311Requests } from '../db/open311.repository';
import { agencyNames } from './agency-names';
import type { Open311Answer, Open311Call, Open311Endpoint } from './open311-call';
import { Open311Error } from './open311-error';
import { open311RequestDocument } from './request-document';
import { parseOpen311RequestQuery } from './request-filter';

/** GET is public, but it is a permission like any other: checked, so it can be narrowed. */
export function assertOpen311Read(call: Open311Call) {
  if (!permits(call.request.caller, 'requests.open311.read')) {
    throw new Open311Error(403, 'Reading service requests needs requests.open311.read');
  }
}

async function requestList(call: Open311Call, rows: Open311RequestRow[]): Promise<Open311Answer> {
  const agencies = await agencyNames(
    call.peers,
    rows.map((row) => row.departmentId),
    call.locale,
  );
  const context = {
    locale: call.locale,
    timeZone: call.city.city.timeZone,
    origin: call.origin,
    storedPhotos: permits(call.request.caller, 'requests.read'),
    agencies,
  };
  return {
    root: 'service_requests',
    body: rows.map((row) => open311RequestDocument(row, context)),
  };
}

/**
 * `GET requests`: the spec's filters, and as extensions `page`/`page_size`,
 * `updated_after`/`updated_before` (with `after_service_request_id` to resume a walk)
 * and `lat`/`long`/`radius`. See pageOfOpen311Requests for the order pages follow.
 */
export const serviceRequests: Open311Endpoint = async (call) => {
  assertOpen311Read(call);
  const query = parseOpen311RequestQuery(call.query);
  const rows = await pageOfOpen311Requests(
    call.db,
    query.numbers
      ? { numbers: query.numbers }
      : {
          serviceCodes: query.serviceCodes,
          statuses: query.statuses,
          requestedFrom: query.requestedFrom,
          requestedBefore: query.requestedBefore,
          updatedAfter: query.updatedAfter,
          afterNumber: query.afterNumber,
          updatedBefore: query.updatedBefore,
          near: query.near,
        },
    query.numbers
      ? { offset: 0, limit: query.numbers.length }
      : { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
  );
  return requestList(call, rows);
};

/** `GET requests/{service_request_id}`: a list of one; an unknown number is a 404. */
export const serviceRequestById: Open311Endpoint = async (call, id) => {
  assertOpen311Read(call);
  const number = id.trim();
  const rows = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/.test(number)
    ? await pageOfOpen311Requests(call.db, { numbers: [number] }, { offset: 0, limit: 1 })
    : [];
  if (rows.length === 0) {
    throw new Open311Error(404, `No service request ${number.slice(0, 40)}`);
  }
  return requestList(call, rows);
};
