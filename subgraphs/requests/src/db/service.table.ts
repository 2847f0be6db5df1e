import type { Generated, Selectable } from 'kysely';
import type { WorkOrderPriority } from './work-order.table';

export interface ServiceTable {
  id: string;
  code: string;
  departmentId: string;
  groupEn: string;
  groupEs: string;
  nameEn: string;
  nameEs: string;
  descriptionEn: string;
  descriptionEs: string;
  keywords: string[];
  slaHours: number;
  assetTypeCode: string | null;
  active: Generated<boolean>;
  createdAt: Generated<Date>;
  /** Encampments, code complaints: the exact location is never published. */
  locationSensitive: Generated<boolean>;
  /** The SLA counts the city's business hours and skips its holidays. */
  slaBusinessHours: Generated<boolean>;
  defaultPriority: Generated<WorkOrderPriority>;
  /** When an admin retired it: it takes no new requests, its history stays. */
  retiredAt: Generated<Date | null>;
  /** Last change to what the catalog publishes of it: Open311 discovery's changeset. */
  changedAt: Generated<Date>;
}

export const attributeDatatypes = [
  'string',
  'number',
  'datetime',
  'text',
  'singlevaluelist',
  'multivaluelist',
] as const;
export type AttributeDatatype = (typeof attributeDatatypes)[number];

/** An Open311 service attribute: a question the reporter answers. */
export interface ServiceAttributeTable {
  serviceId: string;
  code: string;
  datatype: AttributeDatatype;
  required: boolean;
  /** false: information shown to the reporter, not a question. */
  variable: Generated<boolean>;
  order: number;
  descriptionEn: string;
  descriptionEs: string;
  values: Generated<Array<{ key: string; name: { en: string; es: string } }>>;
}

export type ServiceAttribute = Selectable<ServiceAttributeTable>;

export interface ResolutionCodeTable {
  serviceId: string;
  code: string;
  nameEn: string;
  nameEs: string;
}

export type ResolutionCode = Selectable<ResolutionCodeTable>;

/** A public note written on a state change; service null: for every service. */
export interface ReplyTemplateTable {
  id: string;
  serviceId: string | null;
  status: string;
  bodyEn: string;
  bodyEs: string;
}

export type Service = Selectable<ServiceTable>;
