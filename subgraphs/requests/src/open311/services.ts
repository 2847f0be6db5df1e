import { servicesTakingRequests } from '../db/open311-catalog.repository';
import { assertCatalogRead } from './catalog-access';
import type { Open311Endpoint } from './open311-call';

/**
 * GET services: the services that take requests, by group and name, each as the spec
 * lists it. `metadata` says whether GET services/{code} has attributes to ask;
 * `type` is realtime (a request is in the system as soon as it is filed).
 */
export const services: Open311Endpoint = async (call) => {
  assertCatalogRead(call);
  const rows = await servicesTakingRequests(call.db);
  const es = call.locale === 'es';
  return {
    root: 'services',
    body: rows.map((service) => ({
      service_code: service.code,
      service_name: es ? service.nameEs : service.nameEn,
      description: es ? service.descriptionEs : service.descriptionEn,
      metadata: service.hasAttributes,
      type: 'realtime',
      keywords: service.keywords.join(', '),
      group: es ? service.groupEs : service.groupEn,
    })),
  };
};
