/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant as an ISO 8601 string with a time zone, e.g. 2026-11-29T08:00:00.000Z */
  DateTime: { input: string; output: string; }
  /** A GeoJSON geometry (RFC 7946: Point, LineString, Polygon or MultiPolygon) in WGS84 [lon, lat] positions, as a JSON object. Output-only: it is never accepted as input. */
  GeoJSON: { input: unknown; output: unknown; }
};

export type AddWorkOrderNoteInput = {
  /** At most 4,000 characters. */
  body: Scalars['String']['input'];
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  visibility: NoteVisibility;
};

export type ApiClientFilter = {
  /** Only revoked (true) or only working (false) clients. */
  revoked?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The statuses an edit may set: retiring is retireAsset. */
export type AssetActiveStatus =
  | 'ACTIVE'
  | 'OUT_OF_SERVICE';

/** Who made a change: a staff member, a partner app, a resident, or the platform. */
export type AssetActorKind =
  | 'PARTNER'
  | 'RESIDENT'
  | 'STAFF'
  | 'SYSTEM';

export type AssetChangeAction =
  | 'CREATED'
  | 'INSPECTED'
  | 'RETIRED'
  | 'UPDATED';

/** Conditions an asset must all meet. */
export type AssetFilter = {
  /** Only assets whose point lies in this box. */
  bbox?: InputMaybe<BBoxInput>;
  /** Council district number. */
  district?: InputMaybe<Scalars['Int']['input']>;
  /** Only assets within this circle; the list then comes nearest first (then by tag), and each asset carries its distanceMeters. */
  near?: InputMaybe<AssetNearInput>;
  status?: InputMaybe<AssetStatus>;
  /** Street name, compared case-insensitively. */
  streetName?: InputMaybe<Scalars['String']['input']>;
  /** Code of the asset type, e.g. STREETLIGHT. */
  typeCode?: InputMaybe<Scalars['String']['input']>;
};

/** Whether assets of a type are points (a streetlight) or lines (a road segment). */
export type AssetGeometryKind =
  | 'LINE'
  | 'POINT';

/** A position in WGS84 degrees. */
export type AssetLocationInput = {
  lat: Scalars['Float']['input'];
  lon: Scalars['Float']['input'];
};

/** A circle around a point: assets whose point lies within `meters` of it, great-circle distance on a sphere of radius 6,378,168 m (PostgreSQL earthdistance), edge included. */
export type AssetNearInput = {
  /** Latitude of the centre, -90 to 90. */
  lat: Scalars['Float']['input'];
  /** Longitude of the centre, -180 to 180. */
  lon: Scalars['Float']['input'];
  /** Radius in metres, more than 0 and at most 50000. */
  meters: Scalars['Float']['input'];
};

/** Whether an asset is in use. */
export type AssetStatus =
  | 'ACTIVE'
  | 'OUT_OF_SERVICE'
  | 'RETIRED';

/** A crew, a person, or both (at least one): the assignment replaces the previous one. */
export type AssignWorkOrderInput = {
  /** An active staff member of the work order's department; with crewId, a member of that crew. Alone, their own crew comes along. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** A crew of the work order's department. */
  crewId?: InputMaybe<Scalars['ID']['input']>;
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

/** An answer to one of the service's attributes (Open311 `attribute[code]`): `value` for every datatype but MULTIVALUELIST, whose chosen keys go in `values`. */
export type AttributeAnswerInput = {
  code: Scalars['String']['input'];
  /** Text; a decimal number; an ISO 8601 date-time; or the key chosen. */
  value?: InputMaybe<Scalars['String']['input']>;
  /** The keys chosen from a MULTIVALUELIST, each once. */
  values?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type AuditedEntity =
  | 'SERVICE_REQUEST'
  | 'WORK_ORDER';

/** A longitude/latitude box in WGS84 degrees; edges are included. */
export type BBoxInput = {
  east: Scalars['Float']['input'];
  north: Scalars['Float']['input'];
  south: Scalars['Float']['input'];
  west: Scalars['Float']['input'];
};

/** The same text in English and Spanish, both required. */
export type BilingualTextInput = {
  en: Scalars['String']['input'];
  es: Scalars['String']['input'];
};

export type BulkAssignWorkOrdersInput = {
  /** An active staff member of the work order's department; with crewId, a member of that crew. Alone, their own crew comes along. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** A crew of the work order's department. */
  crewId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 500 work orders, each at the version you last read. */
  items: Array<WorkOrderVersionInput>;
};

export type CancelWorkOrderInput = {
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** At most 500 characters. */
  reason: Scalars['String']['input'];
};

/** Who made a change: a staff member, a partner app, a resident, or the platform. */
export type ChangeActorKind =
  | 'PARTNER'
  | 'RESIDENT'
  | 'STAFF'
  | 'SYSTEM';

/** What an outbox event records (subgraphs/requests/README.md, "Outbox events"). */
export type ChangeEventType =
  | 'SERVICE_REQUEST_CREATED'
  | 'SERVICE_REQUEST_UPDATED'
  | 'WORK_ORDER_CREATED'
  | 'WORK_ORDER_UPDATED';

export type ChangeWorkOrderPriorityInput = {
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  priority: WorkOrderPriority;
};

export type CloseWorkOrderInput = {
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** What was done; at most 4,000 characters. */
  note: Scalars['String']['input'];
  /** One of the service's resolution codes. */
  resolutionCode: Scalars['String']['input'];
};

export type CompleteWorkOrderInput = {
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** What was done; at most 4,000 characters. */
  note: Scalars['String']['input'];
  /** A photo of the finished work, uploaded with POST /photos?kind=COMPLETION; the reporter sees it in the request's public status. */
  photoId?: InputMaybe<Scalars['ID']['input']>;
  /** One of the service's resolution codes. */
  resolutionCode: Scalars['String']['input'];
};

export type CreateApiClientInput = {
  contactEmail: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Default false. */
  persistedOperationsOnly?: InputMaybe<Scalars['Boolean']['input']>;
  rateLimitPerMinute: Scalars['Int']['input'];
  scopes: Array<PartnerScope>;
};

export type CreateAssetInput = {
  /** Council district; when left out, the district the location lies in. */
  district?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM-DD. */
  installedOn: Scalars['String']['input'];
  location: AssetLocationInput;
  streetName: Scalars['String']['input'];
  /** Unique; at most 64 characters. */
  tag: Scalars['String']['input'];
  /** Code of a point asset type. */
  typeCode: Scalars['String']['input'];
};

export type CreateServiceInput = {
  assetTypeCode?: InputMaybe<Scalars['String']['input']>;
  attributes?: InputMaybe<Array<ServiceAttributeInput>>;
  /** Unique, never changes: POTHOLE. */
  code: Scalars['String']['input'];
  defaultPriority?: InputMaybe<WorkOrderPriority>;
  /** A department accounts knows. */
  departmentId: Scalars['ID']['input'];
  description: BilingualTextInput;
  group: BilingualTextInput;
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  locationSensitive?: InputMaybe<Scalars['Boolean']['input']>;
  name: BilingualTextInput;
  /** Default: RESOLVED alone. */
  resolutionCodes?: InputMaybe<Array<ResolutionCodeInput>>;
  slaBusinessHours?: InputMaybe<Scalars['Boolean']['input']>;
  slaHours: Scalars['Int']['input'];
};

export type CreateServiceRequestInput = {
  /** Where, in words; at most 300 characters. */
  address: Scalars['String']['input'];
  /** Answers, by code. */
  attributes?: InputMaybe<Array<AttributeAnswerInput>>;
  /** PHONE and WALK_IN are for city staff taking a request for someone. */
  channel: RequestChannel;
  /** Plain text, 1 to 4000 characters once trimmed; HTML is refused. */
  description: Scalars['String']['input'];
  /** Written in. */
  locale?: InputMaybe<Locale>;
  /** Inside the city. */
  location: LocationInput;
  /** Links to photos: http(s), at most 5. */
  mediaUrls?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Photos uploaded with POST /photos by the same caller, at most 5: stored by the city, stripped of their metadata, shown with the request. */
  photoIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  reporter?: InputMaybe<ReporterInput>;
  /** The service, by code (or give serviceId). */
  serviceCode?: InputMaybe<Scalars['String']['input']>;
  /** The service, by id (or give serviceCode). */
  serviceId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateStaffInput = {
  /** A crew of the same department. */
  crewId?: InputMaybe<Scalars['ID']['input']>;
  departmentId: Scalars['ID']['input'];
  /** Unique, whatever the capitals. */
  email: Scalars['String']['input'];
  familyName: Scalars['String']['input'];
  givenName: Scalars['String']['input'];
  /** At least 12 characters. */
  initialPassword: Scalars['String']['input'];
  role: StaffRole;
};

export type DeactivateStaffInput = {
  staffId: Scalars['ID']['input'];
};

export type HoldWorkOrderInput = {
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** At most 500 characters. */
  reason: Scalars['String']['input'];
};

/** A language residents read the city in. */
export type Locale =
  | 'EN'
  | 'ES';

/** A position in WGS84 degrees. */
export type LocationInput = {
  /** Latitude, north positive. */
  lat: Scalars['Float']['input'];
  /** Longitude, east positive. */
  lon: Scalars['Float']['input'];
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LogoutInput = {
  refreshToken: Scalars['String']['input'];
};

export type MarkDuplicateInput = {
  /** The duplicate's version. */
  expectedVersion: Scalars['Int']['input'];
  /** The request that duplicates another. */
  id: Scalars['ID']['input'];
  /** The request it duplicates; if that is itself a duplicate, its original. */
  originalId: Scalars['ID']['input'];
};

/** Within radiusMeters (at most 50000) of a point. */
export type NearInput = {
  lat: Scalars['Float']['input'];
  lon: Scalars['Float']['input'];
  radiusMeters: Scalars['Float']['input'];
};

/** PUBLIC: the reporter sees it in the status of their request; INTERNAL: staff only. */
export type NoteVisibility =
  | 'INTERNAL'
  | 'PUBLIC';

/** What a partner API client may do (in tokens and logs: catalog:read, …). */
export type PartnerScope =
  /** Read the service catalog and the asset inventory. */
  | 'CATALOG_READ'
  /** Read open datasets. */
  | 'DATA_READ'
  /** Read service requests' public fields. */
  | 'REQUESTS_READ'
  /** Submit service requests. */
  | 'REQUESTS_WRITE'
  /** Act for the residents who authorised the partner. */
  | 'RESIDENTS_ACT';

/** REPORTER: the resident's own; COMPLETION: the field worker's of the finished work. */
export type PhotoKind =
  | 'COMPLETION'
  | 'REPORTER';

export type ReactivateStaffInput = {
  staffId: Scalars['ID']['input'];
};

export type RecordAssetInspectionInput = {
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** YYYY-MM-DD, not in the future. */
  inspectedOn: Scalars['String']['input'];
  /** What was found; at most 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 1 = failed, 2 = poor, 3 = fair, 4 = good, 5 = as new. */
  score: Scalars['Int']['input'];
};

export type RefreshSessionInput = {
  refreshToken: Scalars['String']['input'];
};

export type ReopenWorkOrderInput = {
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** Why the work is not done. */
  note: Scalars['String']['input'];
};

/** The reporter's contact details, kept with this request only (personal data). */
export type ReporterInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** 7 to 15 digits; + ( ) - . and spaces allowed between. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** How the request reached the city. */
export type RequestChannel =
  | 'CHATBOT'
  | 'EMAIL'
  | 'MOBILE_APP'
  | 'PHONE'
  | 'WALK_IN'
  | 'WEB';

export type ResetStaffPasswordInput = {
  /** At least 12 characters. */
  newPassword: Scalars['String']['input'];
  staffId: Scalars['ID']['input'];
};

export type ResolutionCodeInput = {
  code: Scalars['String']['input'];
  name: BilingualTextInput;
};

export type ResumeWorkOrderInput = {
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type RetireAssetInput = {
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** At most 500 characters. */
  reason: Scalars['String']['input'];
};

export type RetireServiceInput = {
  id: Scalars['ID']['input'];
};

export type RevokeApiClientInput = {
  clientId: Scalars['ID']['input'];
};

export type RotateApiClientKeyInput = {
  clientId: Scalars['ID']['input'];
  /** How long the old keys keep working: 0 to 168, default 24. */
  graceHours?: InputMaybe<Scalars['Int']['input']>;
};

/** An Open311 attribute's datatype (Open311 writes it in lower case). */
export type ServiceAttributeDatatype =
  | 'DATETIME'
  | 'MULTIVALUELIST'
  | 'NUMBER'
  | 'SINGLEVALUELIST'
  | 'STRING'
  | 'TEXT';

/** An Open311 attribute; the list order is the order it is asked in. */
export type ServiceAttributeInput = {
  code: Scalars['String']['input'];
  datatype: ServiceAttributeDatatype;
  description: BilingualTextInput;
  required: Scalars['Boolean']['input'];
  /** List choices. */
  values?: InputMaybe<Array<ServiceAttributeValueInput>>;
  /** False: information only. */
  variable?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ServiceAttributeValueInput = {
  key: Scalars['String']['input'];
  name: BilingualTextInput;
};

/** Which new requests to follow: every condition given must hold. */
export type ServiceRequestCreatedFilter = {
  /** Only requests whose point lies in this box. */
  bbox?: InputMaybe<BBoxInput>;
  channel?: InputMaybe<RequestChannel>;
  district?: InputMaybe<Scalars['Int']['input']>;
  /** Only requests within the radius of the point. */
  near?: InputMaybe<NearInput>;
  serviceId?: InputMaybe<Scalars['ID']['input']>;
};

export type ServiceRequestFilter = {
  /** Only requests whose point lies in this box. */
  bbox?: InputMaybe<BBoxInput>;
  channel?: InputMaybe<RequestChannel>;
  district?: InputMaybe<Scalars['Int']['input']>;
  /** Only requests within the radius of the point. */
  near?: InputMaybe<NearInput>;
  /** Inclusive. */
  requestedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Exclusive. */
  requestedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ServiceRequestStatus>;
  /** Words in the description or address (at least 3 characters, case-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Inclusive. */
  updatedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Exclusive. */
  updatedBefore?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ServiceRequestOrder = {
  direction?: InputMaybe<SortDirection>;
  field: ServiceRequestSortField;
};

export type ServiceRequestSortField =
  | 'REQUESTED_AT'
  | 'UPDATED_AT';

/** OPEN until the city has dealt with the request. */
export type ServiceRequestStatus =
  | 'CLOSED'
  | 'OPEN';

export type SetStaffRoleInput = {
  role: StaffRole;
  staffId: Scalars['ID']['input'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type SplitWorkOrderInput = {
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** Unless given, that of the work order split from. */
  priority?: InputMaybe<WorkOrderPriority>;
  /** What the new work is; at most 200 characters. */
  summary: Scalars['String']['input'];
};

/** AVAILABLE: on shift with no work in progress; BUSY: on shift with work IN_PROGRESS; OFF_SHIFT: not on shift now (a crew: none of its people on shift). */
export type StaffAvailability =
  | 'AVAILABLE'
  | 'BUSY'
  | 'OFF_SHIFT';

export type StaffFilter = {
  crewId?: InputMaybe<Scalars['ID']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<StaffRole>;
};

/** What a staff member does; it decides what they may see and change. */
export type StaffRole =
  | 'ADMIN'
  | 'ANALYST'
  | 'DISPATCHER'
  | 'FIELD_WORKER'
  | 'SUPERVISOR';

export type StartWorkOrderInput = {
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

/** The direction a grid street runs in. */
export type StreetAxis =
  | 'EAST_WEST'
  | 'NORTH_SOUTH';

/** The fields to change; those left out keep their values. */
export type UpdateAssetInput = {
  district?: InputMaybe<Scalars['Int']['input']>;
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** YYYY-MM-DD. */
  installedOn?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<AssetLocationInput>;
  /** Why; at most 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<AssetActiveStatus>;
  streetName?: InputMaybe<Scalars['String']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** The fields to change; the code cannot. Attributes and resolution codes, when given, replace the lists. */
export type UpdateServiceInput = {
  /** null clears it. */
  assetTypeCode?: InputMaybe<Scalars['String']['input']>;
  attributes?: InputMaybe<Array<ServiceAttributeInput>>;
  defaultPriority?: InputMaybe<WorkOrderPriority>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<BilingualTextInput>;
  group?: InputMaybe<BilingualTextInput>;
  id: Scalars['ID']['input'];
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  locationSensitive?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<BilingualTextInput>;
  resolutionCodes?: InputMaybe<Array<ResolutionCodeInput>>;
  slaBusinessHours?: InputMaybe<Scalars['Boolean']['input']>;
  slaHours?: InputMaybe<Scalars['Int']['input']>;
};

/** Why a change was refused, as single mutations say in extensions.code; NOT_APPLIED: another item of the same bulk was refused, so nothing was applied. */
export type WorkOrderChangeErrorCode =
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'INVALID_TRANSITION'
  | 'NOT_APPLIED'
  | 'NOT_FOUND'
  | 'OUTSIDE_CITY'
  | 'SERVICE_CODE_TAKEN'
  | 'SERVICE_RETIRED';

/** Which work orders to follow: every condition given must hold (the `workOrders` filters an event can be matched on). A change is delivered when the work order matched before it or matches after it, so a live list also learns what left it. */
export type WorkOrderChangeFilter = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only work whose point lies in this box. */
  bbox?: InputMaybe<BBoxInput>;
  crewId?: InputMaybe<Scalars['ID']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Council district of the work order's request. */
  district?: InputMaybe<Scalars['Int']['input']>;
  /** Only work within the radius of the point. */
  near?: InputMaybe<NearInput>;
  /** true: not COMPLETED, CLOSED or CANCELLED; false: those. */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: flagged overdue by the scheduler (open and past due); false: all others. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Any of these priorities. */
  priorities?: InputMaybe<Array<WorkOrderPriority>>;
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these statuses. */
  statuses?: InputMaybe<Array<WorkOrderStatus>>;
};

export type WorkOrderFilter = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only work whose point lies in this box. */
  bbox?: InputMaybe<BBoxInput>;
  /** Inclusive. */
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Exclusive. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  crewId?: InputMaybe<Scalars['ID']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Council district of the work order's request. */
  district?: InputMaybe<Scalars['Int']['input']>;
  /** Only work within the radius of the point. */
  near?: InputMaybe<NearInput>;
  /** true: not COMPLETED, CLOSED or CANCELLED; false: those. */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: flagged overdue by the scheduler (open and past due); false: all others. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Any of these priorities. */
  priorities?: InputMaybe<Array<WorkOrderPriority>>;
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these statuses. */
  statuses?: InputMaybe<Array<WorkOrderStatus>>;
  /** Words in the summary, or in the request's description or address (at least 3 characters, case-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Inclusive. */
  updatedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Exclusive. */
  updatedBefore?: InputMaybe<Scalars['DateTime']['input']>;
};

export type WorkOrderOrder = {
  direction?: InputMaybe<SortDirection>;
  field: WorkOrderSortField;
};

export type WorkOrderPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

/** PRIORITY sorts URGENT > HIGH > NORMAL > LOW; ties go by id. */
export type WorkOrderSortField =
  | 'CREATED_AT'
  | 'DUE_AT'
  | 'PRIORITY'
  | 'UPDATED_AT';

/** Where the work stands; COMPLETED, CLOSED and CANCELLED are finished. */
export type WorkOrderStatus =
  | 'ASSIGNED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'NEW'
  | 'ON_HOLD';

export type WorkOrderVersionInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type CityQueryVariables = Exact<{ [key: string]: never; }>;


export type CityQuery = { __typename?: 'Query', city: { __typename?: 'City', id: string, name: string, timeZone: string } };

export type MyWorkStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkStaffQuery = { __typename?: 'Query', me: { __typename?: 'Staff', id: string, name: string, crew: { __typename?: 'Crew', id: string, name: string } | null } | null };

export type MyWorkOrdersQueryVariables = Exact<{
  assigneeId: Scalars['ID']['input'];
  crewId?: InputMaybe<Scalars['ID']['input']>;
  withCrew: Scalars['Boolean']['input'];
  first: Scalars['Int']['input'];
  locale: Locale;
}>;


export type MyWorkOrdersQuery = { __typename?: 'Query', mine: { __typename?: 'WorkOrderConnection', totalCount: number, edges: Array<{ __typename?: 'WorkOrderEdge', node: { __typename?: 'WorkOrder', id: string, number: string, summary: string, status: WorkOrderStatus, priority: WorkOrderPriority, dueAt: string, overdue: boolean, updatedAt: string, location: { __typename?: 'GeoPoint', lon: number, lat: number }, service: { __typename?: 'Service', id: string, name: string }, serviceRequest: { __typename?: 'ServiceRequest', id: string, address: string }, assignee: { __typename?: 'Staff', id: string, name: string } | null, crew: { __typename?: 'Crew', id: string, name: string } | null } }> }, crew?: { __typename?: 'WorkOrderConnection', totalCount: number, edges: Array<{ __typename?: 'WorkOrderEdge', node: { __typename?: 'WorkOrder', id: string, number: string, summary: string, status: WorkOrderStatus, priority: WorkOrderPriority, dueAt: string, overdue: boolean, updatedAt: string, location: { __typename?: 'GeoPoint', lon: number, lat: number }, service: { __typename?: 'Service', id: string, name: string }, serviceRequest: { __typename?: 'ServiceRequest', id: string, address: string }, assignee: { __typename?: 'Staff', id: string, name: string } | null, crew: { __typename?: 'Crew', id: string, name: string } | null } }> } };

export type MyWorkOrderCardFragment = { __typename?: 'WorkOrder', id: string, number: string, summary: string, status: WorkOrderStatus, priority: WorkOrderPriority, dueAt: string, overdue: boolean, updatedAt: string, location: { __typename?: 'GeoPoint', lon: number, lat: number }, service: { __typename?: 'Service', id: string, name: string }, serviceRequest: { __typename?: 'ServiceRequest', id: string, address: string }, assignee: { __typename?: 'Staff', id: string, name: string } | null, crew: { __typename?: 'Crew', id: string, name: string } | null };

export type MyWorkOrderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
}>;


export type MyWorkOrderQuery = { __typename?: 'Query', workOrder: { __typename?: 'WorkOrder', version: number, holdReason: string | null, resolution: string | null, id: string, number: string, summary: string, status: WorkOrderStatus, priority: WorkOrderPriority, dueAt: string, overdue: boolean, updatedAt: string, serviceRequest: { __typename?: 'ServiceRequest', id: string, description: string, address: string }, notes: Array<{ __typename?: 'Note', id: string, body: string, visibility: NoteVisibility, createdAt: string, author: { __typename?: 'ChangeActor', kind: ChangeActorKind, staff: { __typename?: 'Staff', id: string, name: string } | null } | null }>, location: { __typename?: 'GeoPoint', lon: number, lat: number }, service: { __typename?: 'Service', id: string, name: string }, assignee: { __typename?: 'Staff', id: string, name: string } | null, crew: { __typename?: 'Crew', id: string, name: string } | null } | null };

export type SessionFieldsFragment = { __typename?: 'SessionPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, staff: { __typename?: 'Staff', id: string, name: string, role: StaffRole } };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'SessionPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, staff: { __typename?: 'Staff', id: string, name: string, role: StaffRole } } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refreshSession: { __typename?: 'SessionPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, staff: { __typename?: 'Staff', id: string, name: string, role: StaffRole } } };

export type LogoutMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: { __typename?: 'LogoutPayload', sessionId: string | null } };

export type OpenWorkOrdersQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  locale: Locale;
}>;


export type OpenWorkOrdersQuery = { __typename?: 'Query', workOrders: { __typename?: 'WorkOrderConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'WorkOrderEdge', node: { __typename?: 'WorkOrder', id: string, number: string, summary: string, status: WorkOrderStatus, priority: WorkOrderPriority, createdAt: string, dueAt: string, overdue: boolean, service: { __typename?: 'Service', id: string, name: string }, department: { __typename?: 'Department', id: string, name: string }, assignee: { __typename?: 'Staff', id: string, name: string } | null, asset: { __typename?: 'Asset', id: string, tag: string, assetType: { __typename?: 'AssetType', id: string, code: string, name: string } } | null } }> } };

export const MyWorkOrderCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkOrderCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyWorkOrderCardFragment, unknown>;
export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const CityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"City"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<CityQuery, CityQueryVariables>;
export const MyWorkStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyWorkStaffQuery, MyWorkStaffQueryVariables>;
export const MyWorkOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crewId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withCrew"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"mine"},"name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"assigneeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkOrderCard"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"crew"},"name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"crewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crewId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCrew"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkOrderCard"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkOrderCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyWorkOrdersQuery, MyWorkOrdersQueryVariables>;
export const MyWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkOrderCard"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkOrderCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyWorkOrderQuery, MyWorkOrderQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const OpenWorkOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenWorkOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}},{"kind":"Field","name":{"kind":"Name","value":"assetType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenWorkOrdersQuery, OpenWorkOrdersQueryVariables>;