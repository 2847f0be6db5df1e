import { permits } from '@civicgraph/platform';
import { serviceByCode } from '../db/service.repository';
import { actorOf } from '../lifecycle/actor';
import { ChangeRefused } from '../lifecycle/change-refused';
import { fileServiceRequest } from '../lifecycle/file-service-request';
import { placeRequest } from './address-location';
import { open311Refusal } from './intake-refusal';
import type { Open311Call, Open311Endpoint } from './open311-call';
import { Open311Error } from './open311-error';
import { readRequestForm } from './request-form';

/** The reporter's name as the spec splits it, joined as people write it. */
function reporterName(first: string | null, last: string | null): string | null {
  const name = [first?.trim(), last?.trim()].filter((part) => part).join(' ');
  return name === '' ? null : name;
}

/**
 * The spec leaves `description` optional, and some apps file a pothole with its
 * attributes alone; the city's staff still read a request by its text. A request sent
 * without one is described by its service's name, in the reporter's language: true,
 * short, and never mistaken for words the reporter wrote.
 */
async function descriptionOf(call: Open311Call, serviceCode: string, given: string | null) {
  if (given !== null) return given;
  const service = await serviceByCode(call.db, serviceCode);
  // An unknown code is refused by filing, naming service_code: no text is needed for that.
  if (!service) return '';
  return call.locale === 'es' ? service.nameEs : service.nameEn;
}

/**
 * `POST requests`: files a service request the one way every request is filed
 * (lifecycle/file-service-request.ts), as the caller: a partner app with
 * `requests:write` or city staff. Intake's refusals come back as the spec's 400
 * naming the form's argument; an unknown `service_code` is a 400 too, as the spec
 * lists for this method, since the code is an argument and not the path.
 */
export const postServiceRequest: Open311Endpoint = async (call) => {
  const caller = call.request.caller;
  if (!permits(caller, 'requests.create')) {
    throw new Open311Error(
      403,
      caller.kind === 'anonymous'
        ? 'api_key is required to file a request: ask the city for a key with requests:write'
        : 'api_key does not allow filing requests: it needs the requests:write scope',
    );
  }
  const form = readRequestForm(call.form ?? new URLSearchParams());
  const placed = await placeRequest(form, call.peers, caller);
  const description = await descriptionOf(call, form.serviceCode, form.description);
  try {
    const { serviceRequest } = await fileServiceRequest(call.db, actorOf(caller), {
      service: { field: 'serviceCode', by: { code: form.serviceCode } },
      location: placed.location,
      address: placed.address,
      description,
      // A device id is what a phone app sends; a web form has none.
      channel: form.deviceId !== null ? 'MOBILE_APP' : 'WEB',
      locale: call.locale,
      attributes: form.attributes.map((answer) => ({
        code: answer.code,
        value: answer.value ?? null,
        values: answer.values ?? null,
      })),
      mediaUrls: form.mediaUrl === null ? [] : [form.mediaUrl],
      reporter: {
        name: reporterName(form.firstName, form.lastName),
        email: form.email,
        phone: form.phone,
      },
    });
    return {
      root: 'service_requests',
      status: 201,
      body: [
        {
          service_request_id: serviceRequest.number,
          token: serviceRequest.id,
          service_notice: null,
          account_id: form.accountId,
        },
      ],
    };
  } catch (error) {
    if (error instanceof ChangeRefused) {
      throw open311Refusal(error, { placedBy: placed.placedBy, attributes: form.attributes });
    }
    throw error;
  }
};
