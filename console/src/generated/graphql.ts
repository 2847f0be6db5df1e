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
  /** A JSON object: a dataset row's values (or a group's key or measures) by column name, each of its column's JSON type. Output-only. */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
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

/** PAID: nothing due, or succeeded payments since the statement cover the amount due; PAST_DUE: not paid and the due date has passed in the city; OPEN: not paid, not yet due. */
export type BillStatus =
  | 'OPEN'
  | 'PAID'
  | 'PAST_DUE';

export type BulkAssignWorkOrdersInput = {
  /** An active staff member of the work order's department; with crewId, a member of that crew. Alone, their own crew comes along. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** A crew of the work order's department. */
  crewId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 500 work orders, each at the version you last read. */
  items: Array<WorkOrderVersionInput>;
};

export type CancelAutoPayInput = {
  accountId: Scalars['ID']['input'];
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

export type CreateDatasetInput = {
  /** DCAT-US, e.g. R/P1M. */
  accrualPeriodicity?: InputMaybe<Scalars['String']['input']>;
  columns?: InputMaybe<Array<DatasetColumnInput>>;
  contactEmail: Scalars['String']['input'];
  contactName: Scalars['String']['input'];
  csv: Scalars['String']['input'];
  description: Scalars['String']['input'];
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  landingPage?: InputMaybe<Scalars['String']['input']>;
  /** A department accounts knows. */
  publisherDepartmentId: Scalars['ID']['input'];
  /** Its name in URLs: lower-case words and dashes. */
  slug: Scalars['String']['input'];
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
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

/** COUNT rows (or a column’s non-empty values); SUM, AVG, MEDIAN of integer or number columns; MIN, MAX of any column but boolean. */
export type DatasetAggregateFunction =
  | 'AVG'
  | 'COUNT'
  | 'MAX'
  | 'MEDIAN'
  | 'MIN'
  | 'SUM';

/** Conditions on one column, ANDed with each other and with the other filters. Values are written as text and read as the column's type: integer and number as digits (12, -3.5), boolean as true/false, date as 2026-11-29, datetime as ISO 8601 with an offset. A value that is not of the type is BAD_USER_INPUT naming the column. */
export type DatasetColumnFilter = {
  /** The column, by name. */
  column: Scalars['String']['input'];
  /** Text columns: contains this text, case-insensitively. */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** Equal to. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** Greater than (not boolean). */
  gt?: InputMaybe<Scalars['String']['input']>;
  /** Greater than or equal (not boolean). */
  gte?: InputMaybe<Scalars['String']['input']>;
  /** Equal to one of these (1 to 500 values). */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Less than (not boolean). */
  lt?: InputMaybe<Scalars['String']['input']>;
  /** Less than or equal (not boolean). */
  lte?: InputMaybe<Scalars['String']['input']>;
};

/** What the admin says of a column, over what its cells suggest. */
export type DatasetColumnInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** The column name, as the preview gives it. */
  name: Scalars['String']['input'];
  type?: InputMaybe<DatasetColumnType>;
};

/** The type of the values of a dataset column. */
export type DatasetColumnType =
  | 'BOOLEAN'
  | 'DATE'
  | 'DATETIME'
  | 'INTEGER'
  | 'NUMBER'
  | 'TEXT';

export type DatasetImportMode =
  /** The file's rows follow the dataset's; its header must name the same columns. */
  | 'APPEND'
  /** The file's rows and columns replace the dataset's. */
  | 'REPLACE';

export type DatasetImportPreviewInput = {
  /** A dataset to append to: the file is checked against its columns. */
  appendTo?: InputMaybe<Scalars['ID']['input']>;
  /** Overrides of inferred types. */
  columns?: InputMaybe<Array<DatasetColumnInput>>;
  /** The file: a header row, then a row per record. */
  csv: Scalars['String']['input'];
};

/** A measure of each group, answered under the label `count` (COUNT of rows) or `<function>_<column>` in lower case (e.g. `sum_amount_usd`). */
export type DatasetMeasure = {
  /** The column measured; COUNT without one counts rows. */
  column?: InputMaybe<Scalars['String']['input']>;
  function: DatasetAggregateFunction;
};

/** Sort by a column (empty values last), then by row key. */
export type DatasetRowOrder = {
  column: Scalars['String']['input'];
  direction?: InputMaybe<SortDirection>;
};

/** Where the rows of a dataset come from. */
export type DatasetSource =
  /** Read from another part of the graph (assets). */
  | 'GRAPH'
  /** Kept current from the city operations as they happen (311). */
  | 'LIVE'
  /** A file an administrator uploaded. */
  | 'UPLOADED';

export type DeactivateStaffInput = {
  staffId: Scalars['ID']['input'];
};

export type EnrollAutoPayInput = {
  accountId: Scalars['ID']['input'];
  /** 0 to 20; default 3. */
  daysBeforeDue?: InputMaybe<Scalars['Int']['input']>;
  paymentMethodToken: Scalars['String']['input'];
};

export type GrantResidentConsentInput = {
  /** The partner app (API client) to trust. */
  apiClientId: Scalars['ID']['input'];
};

export type HoldWorkOrderInput = {
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** At most 500 characters. */
  reason: Scalars['String']['input'];
};

export type ImportDatasetRowsInput = {
  /** REPLACE only: overrides of inferred types (APPEND keeps the dataset’s). */
  columns?: InputMaybe<Array<DatasetColumnInput>>;
  csv: Scalars['String']['input'];
  datasetId: Scalars['ID']['input'];
  mode: DatasetImportMode;
};

export type LinkUtilityAccountInput = {
  /** The 10-digit account number on the bill (spaces and dashes allowed). */
  accountNumber: Scalars['String']['input'];
  /** The 6-digit PIN printed on the bill. */
  pin: Scalars['String']['input'];
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

export type PayBillInput = {
  /** A utility account the resident holds. */
  accountId: Scalars['ID']['input'];
  /** 1 to 10000000. Less than the amount due is a partial payment (the rest stays owing); more becomes a credit carried to the next bill. */
  amountCents: Scalars['Int']['input'];
  /** The bill it pays, shown on the receipt (optional). */
  billId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 4217; the account's currency when absent (must match). */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Chosen by the client (a UUID), 1 to 255 printable characters, one per payment: sending it again returns the first result; with other values it is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: Scalars['String']['input'];
  /** A token from the processor's card form (sandbox: see the accounts README). */
  paymentMethodToken: Scalars['String']['input'];
};

/** RESIDENT: the resident or a partner app for them; AUTOPAY: the AutoPay job. */
export type PaymentSource =
  | 'AUTOPAY'
  | 'RESIDENT'
  | 'STAFF';

/** PENDING until the processor has answered (a timeout leaves it PENDING until reconciliation asks); only SUCCEEDED payments count toward the balance. */
export type PaymentStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

/** REPORTER: the resident's own; COMPLETION: the field worker's of the finished work. */
export type PhotoKind =
  | 'COMPLETION'
  | 'REPORTER';

/** The language the city writes to a resident in. */
export type PreferredLanguage =
  | 'EN'
  | 'ES';

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

export type RefreshResidentSessionInput = {
  refreshToken: Scalars['String']['input'];
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

export type ResidentSignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type ResidentSignOutInput = {
  refreshToken: Scalars['String']['input'];
};

export type ResidentSignUpInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** 12 to 1024 characters. */
  password: Scalars['String']['input'];
  preferredLanguage?: InputMaybe<PreferredLanguage>;
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

export type RevokeResidentConsentInput = {
  consentId: Scalars['ID']['input'];
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
  | 'BILLING'
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

export type UnlinkUtilityAccountInput = {
  utilityAccountId: Scalars['ID']['input'];
};

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

/** Only the fields given change; null clears phone or mailing address. */
export type UpdateResidentProfileInput = {
  mailingAddress?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  preferredLanguage?: InputMaybe<PreferredLanguage>;
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

export type BulkItemFragment = { __typename?: 'WorkOrder', id: string, number: string, version: number, status: WorkOrderStatus, department: { __typename?: 'Department', id: string, name: string } };

export type BulkItemQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
}>;


export type BulkItemQuery = { __typename?: 'Query', workOrder: { __typename?: 'WorkOrder', id: string, number: string, version: number, status: WorkOrderStatus, department: { __typename?: 'Department', id: string, name: string } } | null };

export type DepartmentCrewsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DepartmentCrewsQuery = { __typename?: 'Query', department: { __typename?: 'Department', id: string, crews: Array<{ __typename?: 'Crew', id: string, name: string, members: Array<{ __typename?: 'Staff', id: string, name: string, active: boolean }> }> | null } | null };

export type BulkAssignWorkOrdersMutationVariables = Exact<{
  input: BulkAssignWorkOrdersInput;
  locale: Locale;
}>;


export type BulkAssignWorkOrdersMutation = { __typename?: 'Mutation', bulkAssignWorkOrders: { __typename?: 'BulkAssignWorkOrdersPayload', applied: boolean, results: Array<{ __typename?: 'BulkAssignResult', id: string, workOrder: { __typename?: 'WorkOrder', id: string, number: string, version: number, status: WorkOrderStatus, crew: { __typename?: 'Crew', id: string, name: string } | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, department: { __typename?: 'Department', id: string, name: string } } | null, error: { __typename?: 'WorkOrderChangeError', code: WorkOrderChangeErrorCode, message: string, currentVersion: number | null } | null }> } };

export type ActionableWorkOrderFragment = { __typename?: 'WorkOrder', id: string, number: string, status: WorkOrderStatus, priority: WorkOrderPriority, version: number, dueAt: string, holdReason: string | null, resolutionCode: string | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, crew: { __typename?: 'Crew', id: string, name: string } | null, department: { __typename?: 'Department', id: string }, service: { __typename?: 'Service', id: string, resolutionCodes: Array<{ __typename?: 'ResolutionCode', code: string, name: string }> }, serviceRequest: { __typename?: 'ServiceRequest', id: string, number: string, version: number } };

export type WorkOrderActionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
}>;


export type WorkOrderActionsQuery = { __typename?: 'Query', workOrder: { __typename?: 'WorkOrder', id: string, number: string, status: WorkOrderStatus, priority: WorkOrderPriority, version: number, dueAt: string, holdReason: string | null, resolutionCode: string | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, crew: { __typename?: 'Crew', id: string, name: string } | null, department: { __typename?: 'Department', id: string }, service: { __typename?: 'Service', id: string, resolutionCodes: Array<{ __typename?: 'ResolutionCode', code: string, name: string }> }, serviceRequest: { __typename?: 'ServiceRequest', id: string, number: string, version: number } } | null };

export type WorkOrderHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
}>;


export type WorkOrderHistoryQuery = { __typename?: 'Query', workOrder: { __typename?: 'WorkOrder', id: string, number: string, status: WorkOrderStatus, priority: WorkOrderPriority, version: number, dueAt: string, holdReason: string | null, resolutionCode: string | null, history: Array<{ __typename?: 'HistoryEntry', at: string, action: string, version: number, actor: { __typename?: 'ChangeActor', kind: ChangeActorKind, id: string | null, staff: { __typename?: 'Staff', id: string, name: string } | null }, changes: Array<{ __typename?: 'FieldChange', field: string, from: string | null, to: string | null }> }>, assignee: { __typename?: 'Staff', id: string, name: string } | null, crew: { __typename?: 'Crew', id: string, name: string } | null, department: { __typename?: 'Department', id: string }, service: { __typename?: 'Service', id: string, resolutionCodes: Array<{ __typename?: 'ResolutionCode', code: string, name: string }> }, serviceRequest: { __typename?: 'ServiceRequest', id: string, number: string, version: number } } | null };

export type AssignmentCandidatesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssignmentCandidatesQuery = { __typename?: 'Query', workOrder: { __typename?: 'WorkOrder', id: string, assignmentCandidates: Array<{ __typename?: 'AssignmentCandidate', availability: StaffAvailability, openWorkOrders: number, distanceMeters: number | null, crew: { __typename?: 'Crew', id: string, name: string }, staff: { __typename?: 'Staff', id: string, name: string } | null }> } | null };

export type RequestByNumberQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type RequestByNumberQuery = { __typename?: 'Query', serviceRequest: { __typename?: 'ServiceRequest', id: string, number: string, service: { __typename?: 'Service', id: string } } | null };

export type AssignWorkOrderMutationVariables = Exact<{
  input: AssignWorkOrderInput;
  locale: Locale;
}>;


export type AssignWorkOrderMutation = { __typename?: 'Mutation', assignWorkOrder: { __typename?: 'AssignWorkOrderPayload', workOrder: { __typename?: 'WorkOrder', id: string, number: string, status: WorkOrderStatus, priority: WorkOrderPriority, version: number, dueAt: string, holdReason: string | null, resolutionCode: string | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, crew: { __typename?: 'Crew', id: string, name: string } | null, department: { __typename?: 'Department', id: string }, service: { __typename?: 'Service', id: string, resolutionCodes: Array<{ __typename?: 'ResolutionCode', code: string, name: string }> }, serviceRequest: { __typename?: 'ServiceRequest', id: string, number: string, version: number } } } };

export type StartWorkOrderMutationVariables = Exact<{
  input: StartWorkOrderInput;
  locale: Locale;
}>;


export type StartWorkOrderMutation = { __typename?: 'Mutation', startWorkOrder: { __typename?: 'StartWorkOrderPayload', workOrder: { __typename?: 'WorkOrder', id: string, number: string, status: WorkOrderStatus, priority: WorkOrderPriority, version: number, dueAt: string, holdReason: string | null, resolutionCode: string | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, crew: { __typename?: 'Crew', id: string, name: string } | null, department: { __typename?: 'Department', id: string }, service: { __typename?: 'Service', id: string, resolutionCodes: Array<{ __typename?: 'ResolutionCode', code: string, name: string }> }, serviceRequest: { __typename?: 'ServiceRequest', id: string, number: string, version: number } } } };

export type HoldWorkOrderMutationVariables = Exact<{
  input: HoldWorkOrderInput;
  locale: Locale;
}>;


export type HoldWorkOrderMutation = { __typename?: 'Mutation', holdWorkOrder: { __typename?: 'HoldWorkOrderPayload', workOrder: { __typename?: 'WorkOrder', id: string, number: string, status: WorkOrderStatus, priority: WorkOrderPriority, version: number, dueAt: string, holdReason: string | null, resolutionCode: string | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, crew: { __typename?: 'Crew', id: string, name: string } | null, department: { __typename?: 'Department', id: string }, service: { __typename?: 'Service', id: string, resolutionCodes: Array<{ __typename?: 'ResolutionCode', code: string, name: string }> }, serviceRequest: { __typename?: 'ServiceRequest', id: string, number: string, version: number } } } };

export type ResumeWorkOrderMutationVariables = Exact<{
  input: ResumeWorkOrderInput;
  locale: Locale;
}>;


export type ResumeWorkOrderMutation = { __typename?: 'Mutation', resumeWorkOrder: { __typename?: 'ResumeWorkOrderPayload', workOrder: { __typename?: 'WorkOrder', id: string, number: string, status: WorkOrderStatus, priority: WorkOrderPriority, version: number, dueAt: string, holdReason: string | null, resolutionCode: string | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, crew: { __typename?: 'Crew', id: string, name: string } | null, department: { __typename?: 'Department', id: string }, service: { __typename?: 'Service', id: string, resolutionCodes: Array<{ __typename?: 'ResolutionCode', code: string, name: string }> }, serviceRequest: { __typename?: 'ServiceRequest', id: string, number: string, version: number } } } };

export type CompleteWorkOrderMutationVariables = Exact<{
  input: CompleteWorkOrderInput;
  locale: Locale;
}>;


export type CompleteWorkOrderMutation = { __typename?: 'Mutation', completeWorkOrder: { __typename?: 'CompleteWorkOrderPayload', workOrder: { __typename?: 'WorkOrder', id: string, number: string, status: WorkOrderStatus, priority: WorkOrderPriority, version: number, dueAt: string, holdReason: string | null, resolutionCode: string | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, crew: { __typename?: 'Crew', id: string, name: string } | null, department: { __typename?: 'Department', id: string }, service: { __typename?: 'Service', id: string, resolutionCodes: Array<{ __typename?: 'ResolutionCode', code: string, name: string }> }, serviceRequest: { __typename?: 'ServiceRequest', id: string, number: string, version: number } } } };

export type CloseWorkOrderMutationVariables = Exact<{
  input: CloseWorkOrderInput;
  locale: Locale;
}>;


export type CloseWorkOrderMutation = { __typename?: 'Mutation', closeWorkOrder: { __typename?: 'CloseWorkOrderPayload', workOrder: { __typename?: 'WorkOrder', id: string, number: string, status: WorkOrderStatus, priority: WorkOrderPriority, version: number, dueAt: string, holdReason: string | null, resolutionCode: string | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, crew: { __typename?: 'Crew', id: string, name: string } | null, department: { __typename?: 'Department', id: string }, service: { __typename?: 'Service', id: string, resolutionCodes: Array<{ __typename?: 'ResolutionCode', code: string, name: string }> }, serviceRequest: { __typename?: 'ServiceRequest', id: string, number: string, version: number } } } };

export type CancelWorkOrderMutationVariables = Exact<{
  input: CancelWorkOrderInput;
  locale: Locale;
}>;


export type CancelWorkOrderMutation = { __typename?: 'Mutation', cancelWorkOrder: { __typename?: 'CancelWorkOrderPayload', workOrder: { __typename?: 'WorkOrder', id: string, number: string, status: WorkOrderStatus, priority: WorkOrderPriority, version: number, dueAt: string, holdReason: string | null, resolutionCode: string | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, crew: { __typename?: 'Crew', id: string, name: string } | null, department: { __typename?: 'Department', id: string }, service: { __typename?: 'Service', id: string, resolutionCodes: Array<{ __typename?: 'ResolutionCode', code: string, name: string }> }, serviceRequest: { __typename?: 'ServiceRequest', id: string, number: string, version: number } } } };

export type ReopenWorkOrderMutationVariables = Exact<{
  input: ReopenWorkOrderInput;
  locale: Locale;
}>;


export type ReopenWorkOrderMutation = { __typename?: 'Mutation', reopenWorkOrder: { __typename?: 'ReopenWorkOrderPayload', workOrder: { __typename?: 'WorkOrder', id: string, number: string, status: WorkOrderStatus, priority: WorkOrderPriority, version: number, dueAt: string, holdReason: string | null, resolutionCode: string | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, crew: { __typename?: 'Crew', id: string, name: string } | null, department: { __typename?: 'Department', id: string }, service: { __typename?: 'Service', id: string, resolutionCodes: Array<{ __typename?: 'ResolutionCode', code: string, name: string }> }, serviceRequest: { __typename?: 'ServiceRequest', id: string, number: string, version: number } } } };

export type ChangeWorkOrderPriorityMutationVariables = Exact<{
  input: ChangeWorkOrderPriorityInput;
  locale: Locale;
}>;


export type ChangeWorkOrderPriorityMutation = { __typename?: 'Mutation', changeWorkOrderPriority: { __typename?: 'ChangeWorkOrderPriorityPayload', workOrder: { __typename?: 'WorkOrder', id: string, number: string, status: WorkOrderStatus, priority: WorkOrderPriority, version: number, dueAt: string, holdReason: string | null, resolutionCode: string | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, crew: { __typename?: 'Crew', id: string, name: string } | null, department: { __typename?: 'Department', id: string }, service: { __typename?: 'Service', id: string, resolutionCodes: Array<{ __typename?: 'ResolutionCode', code: string, name: string }> }, serviceRequest: { __typename?: 'ServiceRequest', id: string, number: string, version: number } } } };

export type AddWorkOrderNoteMutationVariables = Exact<{
  input: AddWorkOrderNoteInput;
  locale: Locale;
}>;


export type AddWorkOrderNoteMutation = { __typename?: 'Mutation', addWorkOrderNote: { __typename?: 'AddWorkOrderNotePayload', workOrder: { __typename?: 'WorkOrder', id: string, number: string, status: WorkOrderStatus, priority: WorkOrderPriority, version: number, dueAt: string, holdReason: string | null, resolutionCode: string | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, crew: { __typename?: 'Crew', id: string, name: string } | null, department: { __typename?: 'Department', id: string }, service: { __typename?: 'Service', id: string, resolutionCodes: Array<{ __typename?: 'ResolutionCode', code: string, name: string }> }, serviceRequest: { __typename?: 'ServiceRequest', id: string, number: string, version: number } } } };

export type MarkDuplicateMutationVariables = Exact<{
  input: MarkDuplicateInput;
  locale: Locale;
}>;


export type MarkDuplicateMutation = { __typename?: 'Mutation', markDuplicate: { __typename?: 'MarkDuplicatePayload', original: { __typename?: 'ServiceRequest', id: string, number: string }, serviceRequest: { __typename?: 'ServiceRequest', id: string, version: number, workOrders: Array<{ __typename?: 'WorkOrder', id: string, number: string, status: WorkOrderStatus, priority: WorkOrderPriority, version: number, dueAt: string, holdReason: string | null, resolutionCode: string | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, crew: { __typename?: 'Crew', id: string, name: string } | null, department: { __typename?: 'Department', id: string }, service: { __typename?: 'Service', id: string, resolutionCodes: Array<{ __typename?: 'ResolutionCode', code: string, name: string }> }, serviceRequest: { __typename?: 'ServiceRequest', id: string, number: string, version: number } }> | null } } };

export type CityQueryVariables = Exact<{ [key: string]: never; }>;


export type CityQuery = { __typename?: 'Query', city: { __typename?: 'City', id: string, name: string, timeZone: string } };

export type WorkOrderDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
}>;


export type WorkOrderDetailQuery = { __typename?: 'Query', workOrder: { __typename?: 'WorkOrder', id: string, number: string, summary: string, status: WorkOrderStatus, priority: WorkOrderPriority, overdue: boolean, dueAt: string, createdAt: string, updatedAt: string, version: number, district: number | null, holdReason: string | null, resolution: string | null, resolutionCode: string | null, assetId: string | null, location: { __typename?: 'GeoPoint', lon: number, lat: number }, service: { __typename?: 'Service', id: string, code: string, name: string, attributes: Array<{ __typename?: 'ServiceAttribute', code: string, datatype: ServiceAttributeDatatype, variable: boolean, order: number, description: string, values: Array<{ __typename?: 'ServiceAttributeValue', key: string, name: string }> }> }, department: { __typename?: 'Department', id: string, name: string }, crew: { __typename?: 'Crew', id: string, name: string } | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, asset: { __typename?: 'Asset', id: string, tag: string, status: AssetStatus, assetType: { __typename?: 'AssetType', id: string, code: string, name: string }, condition: { __typename?: 'AssetCondition', score: number, inspectedOn: string } | null, workOrders: Array<{ __typename?: 'WorkOrder', id: string, number: string, summary: string, status: WorkOrderStatus, createdAt: string }> | null } | null, history: Array<{ __typename?: 'HistoryEntry', at: string, action: string, note: string | null, version: number, actor: { __typename?: 'ChangeActor', kind: ChangeActorKind, id: string | null, staff: { __typename?: 'Staff', id: string, name: string } | null }, changes: Array<{ __typename?: 'FieldChange', field: string, from: string | null, to: string | null }> }>, serviceRequest: { __typename?: 'ServiceRequest', id: string, number: string, status: ServiceRequestStatus, description: string, address: string, district: number | null, channel: RequestChannel, requestedAt: string, mediaUrls: Array<string>, attributes: Array<{ __typename?: 'AttributeAnswer', code: string, value: string | null, values: Array<string> | null }>, photos: Array<{ __typename?: 'Photo', id: string, url: string, thumbnailUrl: string, width: number, height: number, kind: PhotoKind }>, reporter: { __typename?: 'Reporter', name: string | null, email: string | null, phone: string | null } | null, publicNotes: Array<{ __typename?: 'Note', id: string, body: string, visibility: NoteVisibility, createdAt: string, author: { __typename?: 'ChangeActor', kind: ChangeActorKind, id: string | null, staff: { __typename?: 'Staff', id: string, name: string } | null } | null }>, internalNotes: Array<{ __typename?: 'Note', id: string, body: string, visibility: NoteVisibility, createdAt: string, author: { __typename?: 'ChangeActor', kind: ChangeActorKind, id: string | null, staff: { __typename?: 'Staff', id: string, name: string } | null } | null }> | null } } | null };

export type DetailNoteFragment = { __typename?: 'Note', id: string, body: string, visibility: NoteVisibility, createdAt: string, author: { __typename?: 'ChangeActor', kind: ChangeActorKind, id: string | null, staff: { __typename?: 'Staff', id: string, name: string } | null } | null };

export type LikelyDuplicatesQueryVariables = Exact<{
  serviceCode: Scalars['String']['input'];
  lon: Scalars['Float']['input'];
  lat: Scalars['Float']['input'];
}>;


export type LikelyDuplicatesQuery = { __typename?: 'Query', likelyDuplicates: Array<{ __typename?: 'LikelyDuplicate', number: string, requestedAt: string, distanceMeters: number, serviceRequest: { __typename?: 'ServiceRequest', id: string, number: string, status: ServiceRequestStatus, workOrders: Array<{ __typename?: 'WorkOrder', id: string, number: string, status: WorkOrderStatus }> | null } | null }> };

export type DispatchFilterOptionsQueryVariables = Exact<{
  locale: Locale;
}>;


export type DispatchFilterOptionsQuery = { __typename?: 'Query', services: Array<{ __typename?: 'Service', id: string, code: string, name: string, active: boolean }>, departments: Array<{ __typename?: 'Department', id: string, name: string }>, city: { __typename?: 'City', id: string, districts: Array<{ __typename?: 'CouncilDistrict', number: number, name: string }> } };

export type WorkOrderListQueryVariables = Exact<{
  filter: WorkOrderFilter;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  locale: Locale;
}>;


export type WorkOrderListQuery = { __typename?: 'Query', workOrders: { __typename?: 'WorkOrderConnection', totalCount: number, totalCountIsEstimate: boolean, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'WorkOrderEdge', node: { __typename?: 'WorkOrder', id: string, number: string, summary: string, status: WorkOrderStatus, priority: WorkOrderPriority, overdue: boolean, createdAt: string, dueAt: string, version: number, service: { __typename?: 'Service', id: string, name: string }, crew: { __typename?: 'Crew', id: string, name: string } | null, assignee: { __typename?: 'Staff', id: string, name: string } | null } }> } };

export type WorkOrderIdsInViewQueryVariables = Exact<{
  filter: WorkOrderFilter;
  first: Scalars['Int']['input'];
}>;


export type WorkOrderIdsInViewQuery = { __typename?: 'Query', workOrders: { __typename?: 'WorkOrderConnection', totalCount: number, edges: Array<{ __typename?: 'WorkOrderEdge', node: { __typename?: 'WorkOrder', id: string } }> } };

export type WorkOrderChangedSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['ID']['input']>;
}>;


export type WorkOrderChangedSubscription = { __typename?: 'Subscription', workOrderChanged: { __typename?: 'WorkOrderEvent', eventId: string, action: string, changed: Array<string>, occurredAt: string, workOrder: { __typename?: 'WorkOrder', id: string, number: string, status: WorkOrderStatus, priority: WorkOrderPriority, summary: string, version: number, createdAt: string, updatedAt: string, dueAt: string, completedAt: string | null, closedAt: string | null, overdue: boolean, district: number | null, holdReason: string | null, resolution: string | null, resolutionCode: string | null, assetId: string | null, location: { __typename?: 'GeoPoint', lon: number, lat: number }, assignee: { __typename?: 'Staff', id: string, name: string } | null, crew: { __typename?: 'Crew', id: string, name: string } | null, department: { __typename?: 'Department', id: string }, service: { __typename?: 'Service', id: string } } | null } };

export type WorkOrderLastChangeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WorkOrderLastChangeQuery = { __typename?: 'Query', workOrder: { __typename?: 'WorkOrder', id: string, history: Array<{ __typename?: 'HistoryEntry', action: string, version: number, actor: { __typename?: 'ChangeActor', kind: ChangeActorKind, staff: { __typename?: 'Staff', id: string, name: string } | null } }> } | null };

export type WorkOrderLocationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WorkOrderLocationQuery = { __typename?: 'Query', workOrder: { __typename?: 'WorkOrder', id: string, location: { __typename?: 'GeoPoint', lon: number, lat: number } } | null };

export type AreaWorkOrdersQueryVariables = Exact<{
  filter: WorkOrderFilter;
  first: Scalars['Int']['input'];
}>;


export type AreaWorkOrdersQuery = { __typename?: 'Query', workOrders: { __typename?: 'WorkOrderConnection', edges: Array<{ __typename?: 'WorkOrderEdge', node: { __typename?: 'WorkOrder', id: string, location: { __typename?: 'GeoPoint', lon: number, lat: number } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } };

export type AreaServiceQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type AreaServiceQuery = { __typename?: 'Query', service: { __typename?: 'Service', id: string } | null };

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

export type PermissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsQuery = { __typename?: 'Query', me: { __typename?: 'Staff', id: string, permissions: Array<string>, crew: { __typename?: 'Crew', id: string } | null } | null };

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

export const BulkItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]} as unknown as DocumentNode<BulkItemFragment, unknown>;
export const ActionableWorkOrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionableWorkOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ActionableWorkOrderFragment, unknown>;
export const DetailNoteFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DetailNote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Note"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DetailNoteFragment, unknown>;
export const MyWorkOrderCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkOrderCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyWorkOrderCardFragment, unknown>;
export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const BulkItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]} as unknown as DocumentNode<BulkItemQuery, BulkItemQueryVariables>;
export const DepartmentCrewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentCrews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"crews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentCrewsQuery, DepartmentCrewsQueryVariables>;
export const BulkAssignWorkOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkAssignWorkOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkAssignWorkOrdersInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkAssignWorkOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkItem"}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]} as unknown as DocumentNode<BulkAssignWorkOrdersMutation, BulkAssignWorkOrdersMutationVariables>;
export const WorkOrderActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkOrderActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionableWorkOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionableWorkOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<WorkOrderActionsQuery, WorkOrderActionsQueryVariables>;
export const WorkOrderHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkOrderHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionableWorkOrder"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionableWorkOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<WorkOrderHistoryQuery, WorkOrderHistoryQueryVariables>;
export const AssignmentCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"openWorkOrders"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssignmentCandidatesQuery, AssignmentCandidatesQueryVariables>;
export const RequestByNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestByNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RequestByNumberQuery, RequestByNumberQueryVariables>;
export const AssignWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignWorkOrderInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionableWorkOrder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionableWorkOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AssignWorkOrderMutation, AssignWorkOrderMutationVariables>;
export const StartWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartWorkOrderInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionableWorkOrder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionableWorkOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StartWorkOrderMutation, StartWorkOrderMutationVariables>;
export const HoldWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HoldWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldWorkOrderInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionableWorkOrder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionableWorkOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<HoldWorkOrderMutation, HoldWorkOrderMutationVariables>;
export const ResumeWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResumeWorkOrderInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionableWorkOrder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionableWorkOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ResumeWorkOrderMutation, ResumeWorkOrderMutationVariables>;
export const CompleteWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteWorkOrderInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionableWorkOrder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionableWorkOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CompleteWorkOrderMutation, CompleteWorkOrderMutationVariables>;
export const CloseWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseWorkOrderInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionableWorkOrder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionableWorkOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CloseWorkOrderMutation, CloseWorkOrderMutationVariables>;
export const CancelWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelWorkOrderInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionableWorkOrder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionableWorkOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CancelWorkOrderMutation, CancelWorkOrderMutationVariables>;
export const ReopenWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenWorkOrderInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionableWorkOrder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionableWorkOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReopenWorkOrderMutation, ReopenWorkOrderMutationVariables>;
export const ChangeWorkOrderPriorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeWorkOrderPriority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeWorkOrderPriorityInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeWorkOrderPriority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionableWorkOrder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionableWorkOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ChangeWorkOrderPriorityMutation, ChangeWorkOrderPriorityMutationVariables>;
export const AddWorkOrderNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddWorkOrderNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddWorkOrderNoteInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addWorkOrderNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionableWorkOrder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionableWorkOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddWorkOrderNoteMutation, AddWorkOrderNoteMutationVariables>;
export const MarkDuplicateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkDuplicate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkDuplicateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markDuplicate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"original"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"workOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionableWorkOrder"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionableWorkOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MarkDuplicateMutation, MarkDuplicateMutationVariables>;
export const CityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"City"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<CityQuery, CityQueryVariables>;
export const WorkOrderDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkOrderDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"datatype"}},{"kind":"Field","name":{"kind":"Name","value":"variable"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"description"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"asset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assetType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mediaUrls"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DetailNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DetailNote"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DetailNote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Note"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WorkOrderDetailQuery, WorkOrderDetailQueryVariables>;
export const LikelyDuplicatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LikelyDuplicates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lon"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lat"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"likelyDuplicates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"lon"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lon"}}},{"kind":"Argument","name":{"kind":"Name","value":"lat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LikelyDuplicatesQuery, LikelyDuplicatesQueryVariables>;
export const DispatchFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchFilterOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchFilterOptionsQuery, DispatchFilterOptionsQueryVariables>;
export const WorkOrderListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkOrderList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkOrderListQuery, WorkOrderListQueryVariables>;
export const WorkOrderIdsInViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkOrderIdsInView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkOrderIdsInViewQuery, WorkOrderIdsInViewQueryVariables>;
export const WorkOrderChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WorkOrderChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrderChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionCode"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkOrderChangedSubscription, WorkOrderChangedSubscriptionVariables>;
export const WorkOrderLastChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkOrderLastChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkOrderLastChangeQuery, WorkOrderLastChangeQueryVariables>;
export const WorkOrderLocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkOrderLocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}}]}}]}}]} as unknown as DocumentNode<WorkOrderLocationQuery, WorkOrderLocationQueryVariables>;
export const AreaWorkOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaWorkOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AreaWorkOrdersQuery, AreaWorkOrdersQueryVariables>;
export const AreaServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AreaServiceQuery, AreaServiceQueryVariables>;
export const MyWorkStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyWorkStaffQuery, MyWorkStaffQueryVariables>;
export const MyWorkOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crewId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withCrew"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"mine"},"name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"assigneeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkOrderCard"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"crew"},"name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"crewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crewId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCrew"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkOrderCard"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkOrderCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyWorkOrdersQuery, MyWorkOrdersQueryVariables>;
export const MyWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyWorkOrderCard"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyWorkOrderCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyWorkOrderQuery, MyWorkOrderQueryVariables>;
export const PermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PermissionsQuery, PermissionsQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;