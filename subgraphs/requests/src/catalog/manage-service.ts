import { isUuid } from '@civicgraph/platform';
import type { Kysely } from 'kysely';
import type { RequestsDatabase } from '../db/database';
import type { Service } from '../db/service.table';
import {
  insertService,
  lockedService,
  replaceAttributes,
  replaceResolutionCodes,
  serviceCodeTaken,
  updateService,
} from '../db/service-admin.repository';
import { ChangeRefused, invalidInput } from '../lifecycle/change-refused';
import {
  type CheckedServiceFields,
  checkedServiceCode,
  checkedServiceFields,
  type ServiceFieldsInput,
} from './service-input';

/** Whether accounts knows the department (asked through the graph, never its tables). */
export type DepartmentCheck = (departmentId: string) => Promise<boolean>;

/** Resolution codes of a service created without its own, as the demo profile's default. */
const DEFAULT_RESOLUTION_CODES = [{ code: 'RESOLVED', name: { en: 'Resolved', es: 'Resuelto' } }];

async function checkedDepartment(id: string, exists: DepartmentCheck) {
  if (!isUuid(id) || !(await exists(id))) {
    throw invalidInput('departmentId', `No department ${id} exists`);
  }
  return id;
}

function columns(fields: CheckedServiceFields) {
  return {
    groupEn: fields.group?.en,
    groupEs: fields.group?.es,
    nameEn: fields.name?.en,
    nameEs: fields.name?.es,
    descriptionEn: fields.description?.en,
    descriptionEs: fields.description?.es,
    keywords: fields.keywords ? [...fields.keywords] : undefined,
    slaHours: fields.slaHours,
    slaBusinessHours: fields.slaBusinessHours,
    defaultPriority: fields.defaultPriority,
    locationSensitive: fields.locationSensitive,
    assetTypeCode: fields.assetTypeCode,
  };
}

function isUniqueViolation(error: unknown) {
  return (error as { code?: string } | null)?.code === '23505';
}

/**
 * Adds a service to the catalog with its attributes and resolution codes. Its code is
 * unique (SERVICE_CODE_TAKEN otherwise) and never changes afterwards.
 */
export async function createService(
  db: Kysely<RequestsDatabase>,
  input: ServiceFieldsInput & { code: string; departmentId: string },
  departmentExists: DepartmentCheck,
): Promise<Service> {
  const code = checkedServiceCode(input.code);
  const fields = checkedServiceFields(input);
  const departmentId = await checkedDepartment(input.departmentId, departmentExists);
  const taken = () =>
    new ChangeRefused('SERVICE_CODE_TAKEN', `A service with code ${code} exists already`, {
      field: 'code',
      serviceCode: code,
    });
  try {
    return await db.transaction().execute(async (trx) => {
      if (await serviceCodeTaken(trx, code)) throw taken();
      const service = await insertService(trx, {
        ...columns(fields),
        id: crypto.randomUUID(),
        code,
        departmentId,
        groupEn: fields.group!.en,
        groupEs: fields.group!.es,
        nameEn: fields.name!.en,
        nameEs: fields.name!.es,
        descriptionEn: fields.description!.en,
        descriptionEs: fields.description!.es,
        keywords: fields.keywords ? [...fields.keywords] : [],
        slaHours: fields.slaHours!,
        assetTypeCode: fields.assetTypeCode ?? null,
      });
      await replaceAttributes(trx, service.id, fields.attributes ?? []);
      await replaceResolutionCodes(
        trx,
        service.id,
        fields.resolutionCodes ?? DEFAULT_RESOLUTION_CODES,
      );
      return service;
    });
  } catch (error) {
    // Two admins creating one code at once: the unique index decides, the loser is told.
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
}

/**
 * Edits a service: the fields given change, the rest stay; attributes and resolution
 * codes, when given, replace the lists. The code cannot change (partners keep it).
 * Requests already filed keep their answers as they were given.
 */
export async function editService(
  db: Kysely<RequestsDatabase>,
  id: string,
  input: ServiceFieldsInput,
  departmentExists: DepartmentCheck,
): Promise<Service> {
  const fields = checkedServiceFields(input);
  const departmentId =
    input.departmentId == null
      ? undefined
      : await checkedDepartment(input.departmentId, departmentExists);
  return db.transaction().execute(async (trx) => {
    const current = await lockedService(trx, id);
    if (!current) throw new ChangeRefused('NOT_FOUND', `Service ${id} was not found`, { id });
    const set = Object.fromEntries(
      Object.entries({ ...columns(fields), departmentId }).filter(([, v]) => v !== undefined),
    );
    const service = Object.keys(set).length > 0 ? await updateService(trx, id, set) : current;
    if (fields.attributes) await replaceAttributes(trx, id, fields.attributes);
    if (fields.resolutionCodes) await replaceResolutionCodes(trx, id, fields.resolutionCodes);
    return service;
  });
}

/**
 * Retires a service: it takes no new requests (SERVICE_RETIRED at intake) and leaves
 * the default catalog; its requests, work and history stay. Retiring twice keeps the
 * first date.
 */
export async function retireService(db: Kysely<RequestsDatabase>, id: string): Promise<Service> {
  return db.transaction().execute(async (trx) => {
    const current = await lockedService(trx, id);
    if (!current) throw new ChangeRefused('NOT_FOUND', `Service ${id} was not found`, { id });
    if (current.retiredAt) return current;
    return updateService(trx, id, { active: false, retiredAt: new Date() });
  });
}
