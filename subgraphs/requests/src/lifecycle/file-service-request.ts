import type { Kysely } from 'kysely';
import { citySettings } from '../db/city.repository';
import type { RequestsDatabase } from '../db/database';
import { attributesOfService, serviceForIntake } from '../db/intake.repository';
import type { ServiceRequest } from '../db/service-request.table';
import type { WorkOrder } from '../db/work-order.table';
import { type IntakeContext, type IntakeInput, intakeRequest } from '../intake/intake-request';
import { attachReporterPhotos } from '../photos/attach';
import type { Actor } from './actor';
import { invalidInput } from './change-refused';
import { createWorkOrder, insertServiceRequest } from './create';
import { writeRequests } from './requests-write';

/** The service a new request names, and which input field named it (for its errors). */
export interface ServiceKey {
  field: IntakeContext['serviceField'];
  by: { code: string } | { id: string };
}

/** A request to file: intake's input, the service it names, photos uploaded for it. */
export interface ServiceRequestFiling extends IntakeInput {
  service: ServiceKey;
  photoIds?: readonly string[] | null;
}

export interface FiledRequest {
  serviceRequest: ServiceRequest;
  workOrder: WorkOrder;
}

/**
 * The one way a request is filed, whoever files it (the graph's `createServiceRequest`,
 * Open311's `POST requests`): the service looked up and locked, the input checked by
 * intake, the request inserted with its photos and its first work order, in one write.
 * A refusal (`ChangeRefused` naming the field) writes nothing.
 */
export async function fileServiceRequest(
  db: Kysely<RequestsDatabase>,
  actor: Actor,
  filing: ServiceRequestFiling,
): Promise<FiledRequest> {
  const { field, by } = filing.service;
  const city = await citySettings(db);
  return writeRequests(db, actor, async (write) => {
    const service = await serviceForIntake(write.trx, by);
    if (!service) {
      throw invalidInput(field, `No service ${'code' in by ? by.code : by.id} exists`);
    }
    const attributes = await attributesOfService(write.trx, service.id);
    const values = intakeRequest(filing, {
      service,
      serviceField: field,
      attributes,
      city,
      actor,
    });
    const serviceRequest = await insertServiceRequest(write, values);
    await attachReporterPhotos(write, serviceRequest, filing.photoIds ?? []);
    const workOrder = await createWorkOrder(write, { request: serviceRequest, service });
    return { serviceRequest, workOrder };
  });
}
