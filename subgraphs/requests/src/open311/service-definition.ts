import { attributesOfService } from '../db/intake.repository';
import { serviceByCode } from '../db/service.repository';
import { assertCatalogRead } from './catalog-access';
import { DATATYPE_DESCRIPTIONS, inLocale } from './catalog-texts';
import type { Open311Endpoint } from './open311-call';
import { Open311Error } from './open311-error';

/**
 * What a service code can look like: wider than the admin's rule (capitals, digits,
 * _), so that no code the catalog may hold is turned away unread, but nothing that
 * could only be a probe (control characters, NUL, which PostgreSQL refuses; megabytes).
 */
const POSSIBLE_CODE = /^[A-Za-z0-9_.-]{1,100}$/;

/**
 * GET services/{service_code}: the service definition, its attributes in the order
 * they are asked, list values as `{key, name}`, texts in the caller's language.
 *
 * A code that cannot be one is a 404 like an unknown one, not a 400: to a client both
 * mean "no such service", the spec's 404, and the answer tells a prober nothing more.
 *
 * A retired service keeps its definition here (it only leaves GET services): requests
 * filed under it stay in GET requests with its service_code, and a client showing one
 * needs the questions and value names to label its answers.
 */
export const serviceDefinition: Open311Endpoint = async (call, code) => {
  assertCatalogRead(call);
  const service = POSSIBLE_CODE.test(code) ? await serviceByCode(call.db, code) : undefined;
  if (!service) {
    throw new Open311Error(404, `service_code ${JSON.stringify(code.slice(0, 60))} was not found`);
  }
  const attributes = await attributesOfService(call.db, service.id);
  const { locale } = call;
  return {
    root: 'service_definition',
    body: {
      service_code: service.code,
      attributes: attributes.map((attribute) => ({
        variable: attribute.variable,
        code: attribute.code,
        datatype: attribute.datatype,
        required: attribute.required,
        datatype_description: inLocale(locale, DATATYPE_DESCRIPTIONS[attribute.datatype]),
        order: attribute.order,
        description: inLocale(locale, {
          en: attribute.descriptionEn,
          es: attribute.descriptionEs,
        }),
        // Every attribute has the list, empty but for list datatypes: one shape to read.
        values: attribute.values.map((value) => ({
          key: value.key,
          name: inLocale(locale, value.name),
        })),
      })),
    },
  };
};
