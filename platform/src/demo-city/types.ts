/**
 * The demo city as plain data. The generator turns a city profile (JSON, see
 * `cities/`) into these records; each subgraph's seed inserts its own slice.
 * Ids are UUIDs drawn from the seeded random source, so the same seed always
 * yields the same city and cross-subgraph references line up.
 */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from '../geo/geojson';

export type Locale = 'en' | 'es';
export type Bilingual = Record<Locale, string>;

/** Everything the generator needs to know about a city; held as JSON, never as code. */
export interface CityProfile {
  id: string;
  name: string;
  state: string;
  timeZone: string;
  /** Open311 jurisdiction_id. */
  jurisdictionId: string;
  /**
   * Prefix of request and work order numbers ("PHX" in "PHX-26-000123"); defaults to
   * the first three letters of `id`, upper-cased.
   */
  numberPrefix?: string;
  locales: Locale[];
  /** [west, south, east, north] in WGS84. */
  bbox: [number, number, number, number];
  boundary: Feature<Polygon | MultiPolygon, { name: string }>;
  districts: FeatureCollection<Polygon, { number: number; name: string }>;
  /** Arterial grid: streets one `spacingMiles` apart along each axis. */
  streetGrid: {
    spacingMiles: number;
    /** Names of north-south arterials from west to east. */
    northSouth: string[];
    /** Names of east-west arterials from south to north. */
    eastWest: string[];
    /**
     * The arterials where house numbers start (the 0 N/S and 0 E/W lines of addresses);
     * defaults to the middle arterial of each list.
     */
    addressOrigin?: { northSouth: string; eastWest: string };
  };
  departments: Array<{
    code: string;
    name: Bilingual;
    crews: string[];
  }>;
  services: Array<{
    code: string;
    departmentCode: string;
    group: Bilingual;
    name: Bilingual;
    description: Bilingual;
    keywords: string[];
    /** Target hours from report to completion. */
    slaHours: number;
    /** Asset type whose assets this request is usually about, if any. */
    assetTypeCode: string | null;
    /** Relative frequency among incoming requests. */
    weight: number;
  }>;
  assetTypes: Array<{
    code: string;
    name: Bilingual;
    geometry: 'POINT' | 'LINE';
    departmentCode: string;
    /** Assets per street mile at the demo scale. */
    perMile: number;
    /** Prefix of asset tags ("STL" in "STL-000123"); defaults to the first 3 letters of `code`. */
    tagPrefix?: string;
  }>;
  datasets: Array<{
    slug: string;
    title: string;
    description: string;
    keywords: string[];
    theme: string[];
    accrualPeriodicity: string;
    publisherDepartmentCode: string;
  }>;
  /** Staff names are drawn from these lists. */
  people: { givenNames: string[]; familyNames: string[] };
}

export type StaffRole = 'ADMIN' | 'SUPERVISOR' | 'DISPATCHER' | 'FIELD_WORKER' | 'ANALYST';

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
  publisherDepartmentId: string;
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
  departments: DepartmentSeed[];
  crews: CrewSeed[];
  staff: StaffSeed[];
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
