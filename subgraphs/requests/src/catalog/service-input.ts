import type { AttributeDatatype } from '../db/service.table';
import type { WorkOrderPriority } from '../db/work-order.table';
import { checkedText } from '../intake/text';
import { invalidInput } from '../lifecycle/change-refused';

export interface BilingualInput {
  en: string;
  es: string;
}

export interface ServiceAttributeInput {
  code: string;
  datatype: AttributeDatatype;
  required: boolean;
  variable?: boolean | null;
  description: BilingualInput;
  values?: ReadonlyArray<{ key: string; name: BilingualInput }> | null;
}

export interface ResolutionCodeInput {
  code: string;
  name: BilingualInput;
}

/** The fields of a service an admin sets; on update each is optional. */
export interface ServiceFieldsInput {
  departmentId?: string | null;
  group?: BilingualInput | null;
  name?: BilingualInput | null;
  description?: BilingualInput | null;
  keywords?: readonly string[] | null;
  slaHours?: number | null;
  slaBusinessHours?: boolean | null;
  defaultPriority?: WorkOrderPriority | null;
  locationSensitive?: boolean | null;
  assetTypeCode?: string | null;
  attributes?: readonly ServiceAttributeInput[] | null;
  resolutionCodes?: readonly ResolutionCodeInput[] | null;
}

/** Service codes as partners keep them: POTHOLE, STREETLIGHT_OUT. */
const SERVICE_CODE = /^[A-Z][A-Z0-9_]{1,49}$/;
/** Attribute and value codes, as the demo profile allows them. */
const ATTRIBUTE_CODE = /^[A-Za-z0-9_-]{1,50}$/;
const MAX_SLA_HOURS = 24 * 365;
const MAX_ATTRIBUTES = 30;
const MAX_VALUES = 50;

export function checkedServiceCode(code: string): string {
  const trimmed = code.trim();
  if (!SERVICE_CODE.test(trimmed)) {
    throw invalidInput(
      'code',
      'A service code is 2 to 50 capital letters, digits or _, starting with a letter',
    );
  }
  return trimmed;
}

function bilingual(value: BilingualInput, field: string, label: string, max: number) {
  const rule = { min: 1, max, refuseMarkup: true };
  return {
    en: checkedText(value.en, { ...rule, field: `${field}.en`, label: `${label} (EN)` }),
    es: checkedText(value.es, { ...rule, field: `${field}.es`, label: `${label} (ES)` }),
  };
}

function unique<T>(items: readonly T[], key: (item: T) => string, field: string, what: string) {
  const seen = new Set<string>();
  for (const item of items) {
    const value = key(item);
    if (seen.has(value)) throw invalidInput(field, `${what} ${value} appears twice`);
    seen.add(value);
  }
}

function checkedAttributes(attributes: readonly ServiceAttributeInput[]) {
  if (attributes.length > MAX_ATTRIBUTES) {
    throw invalidInput('attributes', `A service has at most ${MAX_ATTRIBUTES} attributes`);
  }
  unique(attributes, (a) => a.code, 'attributes', 'Attribute');
  return attributes.map((attribute, index) => {
    const field = `attributes.${index}`;
    if (!ATTRIBUTE_CODE.test(attribute.code)) {
      throw invalidInput(`${field}.code`, 'An attribute code is letters, digits, _ or -');
    }
    const variable = attribute.variable ?? true;
    if (!variable && attribute.required) {
      throw invalidInput(`${field}.required`, 'Information for the reporter cannot be required');
    }
    const values = attribute.values ?? [];
    const isList =
      attribute.datatype === 'singlevaluelist' || attribute.datatype === 'multivaluelist';
    if (isList && values.length === 0) {
      throw invalidInput(`${field}.values`, 'A list attribute needs its choices');
    }
    if (!isList && values.length > 0) {
      throw invalidInput(`${field}.values`, 'Only list attributes have choices');
    }
    if (values.length > MAX_VALUES) {
      throw invalidInput(`${field}.values`, `A list has at most ${MAX_VALUES} choices`);
    }
    unique(values, (v) => v.key, `${field}.values`, 'Choice');
    return {
      code: attribute.code,
      datatype: attribute.datatype,
      required: attribute.required,
      variable,
      order: index + 1,
      description: bilingual(attribute.description, `${field}.description`, 'The question', 500),
      values: values.map((value, v) => {
        if (!ATTRIBUTE_CODE.test(value.key)) {
          throw invalidInput(`${field}.values.${v}.key`, 'A choice key is letters, digits, _ or -');
        }
        return {
          key: value.key,
          name: bilingual(value.name, `${field}.values.${v}.name`, 'The choice', 200),
        };
      }),
    };
  });
}

export type CheckedAttribute = ReturnType<typeof checkedAttributes>[number];

function checkedResolutionCodes(codes: readonly ResolutionCodeInput[]) {
  if (codes.length === 0) {
    throw invalidInput('resolutionCodes', 'Finished work needs at least one resolution code');
  }
  unique(codes, (c) => c.code, 'resolutionCodes', 'Resolution code');
  return codes.map((code, index) => {
    if (!SERVICE_CODE.test(code.code)) {
      throw invalidInput(
        `resolutionCodes.${index}.code`,
        'A resolution code is capital letters, digits or _',
      );
    }
    return {
      code: code.code,
      name: bilingual(code.name, `resolutionCodes.${index}.name`, 'The resolution', 200),
    };
  });
}

/**
 * The fields given, checked and trimmed: bilingual texts in both languages without
 * markup, an SLA of 1 hour to a year, attributes as Open311 defines them (list ones
 * with choices, information never required), unique codes. Absent fields stay absent.
 */
export function checkedServiceFields(input: ServiceFieldsInput) {
  const keywords = input.keywords?.map((keyword, i) =>
    checkedText(keyword, { field: `keywords.${i}`, label: 'A keyword', min: 1, max: 60 }),
  );
  if (keywords && keywords.length > 30) throw invalidInput('keywords', 'At most 30 keywords');
  const slaHours = input.slaHours;
  if (
    slaHours != null &&
    (!Number.isInteger(slaHours) || slaHours < 1 || slaHours > MAX_SLA_HOURS)
  ) {
    throw invalidInput('slaHours', `The SLA is 1 to ${MAX_SLA_HOURS} whole hours`);
  }
  return {
    group: input.group ? bilingual(input.group, 'group', 'The group', 120) : undefined,
    name: input.name ? bilingual(input.name, 'name', 'The name', 120) : undefined,
    description: input.description
      ? bilingual(input.description, 'description', 'The description', 1000)
      : undefined,
    keywords,
    slaHours: slaHours ?? undefined,
    slaBusinessHours: input.slaBusinessHours ?? undefined,
    defaultPriority: input.defaultPriority ?? undefined,
    locationSensitive: input.locationSensitive ?? undefined,
    assetTypeCode:
      input.assetTypeCode === undefined
        ? undefined
        : input.assetTypeCode === null || input.assetTypeCode.trim() === ''
          ? null
          : checkedText(input.assetTypeCode, {
              field: 'assetTypeCode',
              label: 'The asset type code',
              min: 1,
              max: 50,
            }),
    attributes: input.attributes ? checkedAttributes(input.attributes) : undefined,
    resolutionCodes: input.resolutionCodes
      ? checkedResolutionCodes(input.resolutionCodes)
      : undefined,
  };
}

export type CheckedServiceFields = ReturnType<typeof checkedServiceFields>;
