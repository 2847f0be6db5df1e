import type { Service } from '../db/service.table';
import { ChangeRefused } from '../lifecycle/change-refused';

/** A service takes new requests until an admin retires it (or it is switched off). */
export function checkServiceTakesRequests(service: Service, field: string): void {
  if (service.retiredAt !== null || !service.active) {
    const since = service.retiredAt ? ` on ${service.retiredAt.toISOString().slice(0, 10)}` : '';
    throw new ChangeRefused(
      'SERVICE_RETIRED',
      `${service.code} was retired${since} and takes no new requests`,
      { field, serviceCode: service.code },
    );
  }
}
