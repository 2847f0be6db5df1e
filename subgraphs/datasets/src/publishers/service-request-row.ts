import { blockAddress, scrubPersonalText, snapToBlock } from '@civicgraph/platform';
import type { RowValues } from '../db/dataset-row.table';
import type { ColumnTypeName } from '../rows/column-types';
import type { CatalogService } from './service-catalog';

/** A column of a live dataset's data dictionary. */
export interface LiveColumn {
  name: string;
  type: ColumnTypeName;
  description: string;
}

/** The columns of "311 service requests", in order. */
export const serviceRequestColumns: readonly LiveColumn[] = [
  { name: 'request_number', type: 'text', description: 'The request number, e.g. PHX-26-000123.' },
  { name: 'service_code', type: 'text', description: 'The service code (Open311 service_code).' },
  { name: 'service_name', type: 'text', description: 'The service, in English.' },
  { name: 'status', type: 'text', description: 'OPEN or CLOSED.' },
  { name: 'requested_at', type: 'datetime', description: 'When the request was filed.' },
  {
    name: 'updated_at',
    type: 'datetime',
    description: 'When the request or its work last changed.',
  },
  {
    name: 'closed_at',
    type: 'datetime',
    description: 'When the request was closed; empty while open.',
  },
  {
    name: 'due_at',
    type: 'datetime',
    description:
      'When its work is due under the service level agreement; empty before work was routed.',
  },
  {
    name: 'district',
    type: 'integer',
    description: 'Council district; empty outside the districts.',
  },
  { name: 'department', type: 'text', description: 'The department doing the work.' },
  {
    name: 'channel',
    type: 'text',
    description: 'How it was filed: PHONE, WEB, MOBILE_APP, CHATBOT, EMAIL, WALK_IN.',
  },
  {
    name: 'address',
    type: 'text',
    description:
      'The block of the address ("1200 block of W Main St"); empty when it has no house number.',
  },
  {
    name: 'description',
    type: 'text',
    description:
      "The resident's description, with emails, phone numbers and house numbers removed.",
  },
  {
    name: 'longitude',
    type: 'number',
    description:
      'WGS84 longitude; for location-sensitive services, the centre of its ~100 m block.',
  },
  {
    name: 'latitude',
    type: 'number',
    description: 'WGS84 latitude; for location-sensitive services, the centre of its ~100 m block.',
  },
];

/** A request's facts in a SERVICE_REQUEST_* event (requests README, "Outbox events"). */
export interface RequestFacts {
  number: string;
  status: string;
  serviceId: string;
  channel: string;
  district: number | null;
  lon: number;
  lat: number;
  requestedAt: string;
  closedAt: string | null;
  description?: string;
  address?: string;
  updatedAt?: string;
}

/** The facts of a WORK_ORDER_* event this publisher uses. */
export interface WorkOrderFacts {
  departmentId: string;
  dueAt: string;
  /** When the work order last changed; events written before it was added lack it. */
  updatedAt?: string;
}

/** Department names by id, services by id: what the graph's public catalog says. */
export interface Catalog {
  services: ReadonlyMap<string, CatalogService>;
  departments: ReadonlyMap<string, string>;
}

/**
 * The published row after a request event: every public field from its facts, made
 * safe to publish. Descriptions lose emails, phones and house numbers; addresses keep
 * only their block; location-sensitive services' points go to the centre of their
 * block. The work-order columns (department, due time) stay as the row had them.
 */
export function requestRow(
  facts: RequestFacts,
  occurredAt: string,
  catalog: Catalog,
  previous: RowValues | undefined,
): RowValues {
  const service = catalog.services.get(facts.serviceId);
  const sensitive = service?.locationSensitive ?? true;
  const [longitude, latitude] = sensitive
    ? snapToBlock(facts.lon, facts.lat)
    : [facts.lon, facts.lat];
  const department =
    previous?.department ??
    (service ? (catalog.departments.get(service.departmentId) ?? null) : null);
  return {
    request_number: facts.number,
    service_code: service?.code ?? null,
    service_name: service?.name ?? null,
    status: facts.status,
    requested_at: isoInstant(facts.requestedAt),
    // The request's own clock, not the event's: an event written long after the change
    // (the demo seed's) must not date it. The row's newer time (its work's) stays.
    updated_at: latest(previous?.updated_at, facts.updatedAt ?? occurredAt),
    closed_at: facts.closedAt ? isoInstant(facts.closedAt) : null,
    due_at: previous?.due_at ?? null,
    district: facts.district,
    department,
    channel: facts.channel,
    address: facts.address ? blockAddress(facts.address) : null,
    description: facts.description
      ? scrubPersonalText(facts.description, { houseNumbers: true })
      : null,
    longitude,
    latitude,
  };
}

/**
 * The published row after one of its work orders changed: the department doing the
 * work and the due time it was last given, and the row's update time.
 */
export function workOrderRow(
  row: RowValues,
  facts: WorkOrderFacts,
  occurredAt: string,
  catalog: Catalog,
): RowValues {
  return {
    ...row,
    department: catalog.departments.get(facts.departmentId) ?? row.department ?? null,
    due_at: isoInstant(facts.dueAt),
    updated_at: latest(row.updated_at, facts.updatedAt ?? occurredAt),
  };
}

function isoInstant(value: string): string {
  return new Date(value).toISOString();
}

/** The newest of the instants given (ISO strings; nulls skipped). */
function latest(...values: Array<string | number | boolean | null | undefined>): string {
  const instants = values
    .filter((v): v is string => typeof v === 'string')
    .map((v) => new Date(v).getTime());
  return new Date(Math.max(...instants)).toISOString();
}
