/**
 * The demo city as plain data. The generator turns a city profile (JSON, see
 * `cities/`) into these records; each subgraph's seed inserts its own slice.
 * Ids are UUIDs drawn from the seeded random source, so the same seed always
 * yields the same city and cross-subgraph references line up.
 */
import type { LineString } from '@civicgraph/platform/geo';
import type { Bilingual, CityProfile, Locale } from './profile-schema';

export type { Bilingual, CityProfile, Locale };

export type StaffRole =
  | 'ADMIN'
  | 'SUPERVISOR'
  | 'DISPATCHER'
  | 'FIELD_WORKER'
  | 'ANALYST'
  | 'BILLING';

export interface DepartmentSeed {
  id: string;
  code: string;
  name: Bilingual;
}

export interface CrewSeed {
  id: string;
  departmentId: string;
  code: string;
  name: string;
}

export interface StaffSeed {
  id: string;
  departmentId: string;
  crewId: string | null;
  givenName: string;
  familyName: string;
  email: string;
  role: StaffRole;
  /** Set only on the documented demo logins (one per role). */
  demoPassword: string | null;
}

/** A shift worked every week, in the city's local time (ISO weekday, HH:MM). */
export interface StaffShiftSeed {
  staffId: string;
  /** 1 = Monday … 7 = Sunday: the day the shift starts. */
  weekday: number;
  startsAt: string;
  /** At or before `startsAt`: the shift ends the next day. */
  endsAt: string;
  timeZone: string;
}

export interface ServiceSeed {
  id: string;
  code: string;
  departmentId: string;
  group: Bilingual;
  name: Bilingual;
  description: Bilingual;
  keywords: string[];
  slaHours: number;
  assetTypeCode: string | null;
  slaBusinessHours: boolean;
  locationSensitive: boolean;
  defaultPriority: WorkOrderPriority;
  attributes: ServiceAttributeSeed[];
  /** The service's own resolution codes, or the profile's defaults. */
  resolutionCodes: Array<{ code: string; name: Bilingual }>;
}

export interface ServiceAttributeSeed {
  code: string;
  datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  required: boolean;
  variable: boolean;
  description: Bilingual;
  values: Array<{ key: string; name: Bilingual }>;
}

export interface StreetSeed {
  id: string;
  name: string;
  axis: 'NORTH_SOUTH' | 'EAST_WEST';
  geometry: LineString;
}

export interface AssetTypeSeed {
  id: string;
  code: string;
  name: Bilingual;
  geometry: 'POINT' | 'LINE';
}

export type AssetStatus = 'ACTIVE' | 'OUT_OF_SERVICE' | 'RETIRED';

export interface AssetSeed {
  id: string;
  assetTypeId: string;
  tag: string;
  status: AssetStatus;
  /** Representative point: the asset itself, or a road segment's midpoint. */
  lon: number;
  lat: number;
  /** Full geometry for line assets (road segments); null for points. */
  line: LineString | null;
  streetName: string;
  district: number | null;
  installedOn: string; // YYYY-MM-DD
}

export type RequestChannel = 'PHONE' | 'WEB' | 'MOBILE_APP' | 'CHATBOT' | 'EMAIL' | 'WALK_IN';
export type ServiceRequestStatus = 'OPEN' | 'CLOSED';

export interface ServiceRequestSeed {
  id: string;
  /** Human-facing number, unique per city, e.g. "PHX-26-000123". */
  number: string;
  serviceId: string;
  status: ServiceRequestStatus;
  channel: RequestChannel;
  description: string;
  locale: Locale;
  lon: number;
  lat: number;
  address: string;
  district: number | null;
  requestedAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

export type WorkOrderStatus =
  | 'NEW'
  | 'ASSIGNED'
  | 'IN_PROGRESS'
  | 'ON_HOLD'
  | 'COMPLETED'
  | 'CLOSED'
  | 'CANCELLED';
export type WorkOrderPriority = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';

export interface WorkOrderSeed {
  id: string;
  number: string;
  serviceRequestId: string;
  serviceId: string;
  departmentId: string;
  crewId: string | null;
  assigneeId: string | null;
  assetId: string | null;
  status: WorkOrderStatus;
  priority: WorkOrderPriority;
  summary: string;
  lon: number;
  lat: number;
  createdAt: Date;
  updatedAt: Date;
  dueAt: Date;
  completedAt: Date | null;
  closedAt: Date | null;
  resolution: string | null;
}

export interface DatasetSeed {
  id: string;
  slug: string;
  title: string;
  description: string;
  keywords: string[];
  theme: string[];
  accrualPeriodicity: string;
  source: 'UPLOADED' | 'LIVE' | 'GRAPH';
  publisherDepartmentId: string;
  /** The publishing department's English name (DCAT-US publisher.name). */
  publisherName: string;
  contactName: string;
  contactEmail: string;
  landingPage: string;
  /** DCAT-US spatial: the city's bbox, "west,south,east,north". */
  spatial: string;
  /** DCAT-US temporal: "YYYY-MM-DD/YYYY-MM-DD". */
  temporal: string;
  issued: Date;
  modified: Date;
}

export interface ServiceRequestBatch {
  serviceRequests: ServiceRequestSeed[];
  workOrders: WorkOrderSeed[];
}

export interface GenerateOptions {
  /** Seed of the random source: same seed, same city. */
  seed: number;
  /** End of the 90-day window the requests fall in. */
  now: Date;
  /** Number of service requests (each has one work order). */
  requests: number;
  /** Number of assets; by default derived from the street grid and `perMile`. */
  assets?: number;
  /** Rows per yielded batch (requests and assets are streamed for the scale option). */
  batchSize?: number;
}

/** A generated city. Small parts are arrays; the large ones stream in batches. */
export interface DemoCity {
  profile: CityProfile;
  /** The seed and clock it was generated with: seeds that generate more (bills) draw from them. */
  seed: number;
  now: Date;
  departments: DepartmentSeed[];
  crews: CrewSeed[];
  staff: StaffSeed[];
  /** The field workers' weekly shifts. */
  shifts: StaffShiftSeed[];
  services: ServiceSeed[];
  streets: StreetSeed[];
  assetTypes: AssetTypeSeed[];
  datasets: DatasetSeed[];
  assetCount: number;
  requestCount: number;
  /** Yields the assets in batches; calling it again yields the same assets. */
  assetBatches(): Iterable<AssetSeed[]>;
  /** Yields requests with their work orders; calling it again yields the same rows. */
  requestBatches(): Iterable<ServiceRequestBatch>;
}
