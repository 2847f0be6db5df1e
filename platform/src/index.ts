export type { LogEvent } from 'kysely';
export {
  type AccessScopes,
  accessDenied,
  accessScopesFor,
  assertEveryFieldHasRule,
  fieldsWithoutRule,
} from './access/access-rules';
export {
  ACCESS_TOKEN_TTL_SECONDS,
  AccessTokenRefused,
  type ResidentSessionCaller,
  type SessionCaller,
  type SignedAccessToken,
  signAccessToken,
  signResidentAccessToken,
  verifyAccessToken,
  verifySessionToken,
} from './access/access-token';
export {
  ANONYMOUS,
  type Caller,
  type CallerKind,
  isPartnerScope,
  isStaffRole,
  PARTNER_SCOPES,
  type PartnerScope,
  STAFF_ROLES,
  type StaffRole,
} from './access/caller';
export {
  CALLER_HEADER,
  CallerRefused,
  parseCaller,
  requestDigest,
  type SignedRequest,
  STREAMED_BODY,
  signCaller,
  verifyCaller,
} from './access/caller-token';
export {
  isPermission,
  PERMISSIONS,
  type Permission,
  permissionsOfRoles,
  permits,
} from './access/permissions';
export { postSigned, type SignedPost } from './access/post-signed';
export { requireSignedCaller, type SignedCallerOptions } from './access/require-signed-caller';
export { type AccessSecrets, secretField } from './access/secrets';
export {
  BODY_SIGNATURE_TRAILER,
  BodyDigest,
  isStreamedBodySigned,
  signStreamedBody,
} from './access/streamed-body';
export { CoalescingRunner } from './async/coalescing-runner';
export { type RepeatingJobOptions, startRepeatingJob } from './async/repeating-job';
export { configFields } from './config/fields';
export { ConfigError, loadConfig } from './config/load-config';
export {
  createScratchDatabase,
  ensureDatabase,
  vacuumAnalyze,
  withDatabase,
} from './database/admin';
export { chunks, rowsPerInsert } from './database/chunks';
export { countsInKeyOrder } from './database/counts-in-key-order';
export {
  createDatabase,
  type DatabaseOptions,
  poolOf,
  quoteIdent,
} from './database/create-database';
export { type RunningPostgres, startEmbeddedPostgres } from './database/embedded-postgres';
export { hasRows } from './database/has-rows';
export { MigrationError, migrateToLatest } from './database/migrate';
export {
  NotificationListener,
  type NotificationListenerOptions,
} from './database/notification-listener';
export * from './geo';
export { bboxInputRef, bboxProblems } from './graphql/bbox-input';
export { decodeCursor, encodeCursor } from './graphql/cursor';
export { DateTimeScalar } from './graphql/date-time';
export {
  type EntityKey,
  integerKey,
  loadableEntityRef,
  uuidId,
} from './graphql/entity-ref';
export { badUserInput, notFound } from './graphql/errors';
export { extendedEntityRef, externalEntityRef } from './graphql/external-entity-ref';
export {
  type ConnectionCount,
  type ConnectionOrdering,
  filteredConnection,
} from './graphql/filtered-connection';
export { type GeoPoint, geoPointRef } from './graphql/geo-point';
export { checkedFilterIds, checkedId, checkedOptionalId, isUuid } from './graphql/ids';
export {
  checkPageArgs,
  DEFAULT_PAGE_SIZE,
  type KeysetCodec,
  type KeysetPage,
  MAX_PAGE_SIZE,
  type PageArgs,
  resolveKeysetConnection,
} from './graphql/keyset-connection';
export { LOCALES, type Locale } from './graphql/locale';
export { exactlyOneKey } from './graphql/lookup';
export { unstorableCharacter } from './graphql/storable-text';
export {
  type CallerContext,
  createSubgraphBuilder,
  type ScalarShapes,
  type SubgraphSchemaTypes,
} from './graphql/subgraph-builder';
export { createLogger, type Logger, prettyLogRecord } from './logger';
export { OTHER_LABEL } from './observability/bounded-label';
export {
  type OutgoingCall,
  traceOutgoingCall,
} from './observability/client-tracing';
export {
  decideMetricsAccess,
  isLoopback,
  type MetricsAccess,
  type MetricsDecision,
  type MetricsRequest,
} from './observability/metrics-access';
export { metricsConfig } from './observability/metrics-config';
export { METRICS_PATH } from './observability/metrics-route';
export { observePool } from './observability/pool-metrics';
export {
  ANONYMOUS_OPERATION,
  LATENCY_BUCKETS,
  NO_CODE,
  RequestMetrics,
  UNRESOLVED_OPERATION,
} from './observability/request-metrics';
export {
  currentRequestId,
  REQUEST_ID_HEADER,
  requestIdOf,
} from './observability/request-scope';
export type { ServerMetricsOptions } from './observability/server-metrics';
export { ServiceMetrics } from './observability/service-metrics';
export {
  activeTracer,
  startTracing,
  type Tracing,
  type TracingOptions,
  tracingConfig,
} from './observability/tracing';
export * from './open311';
export * from './privacy';
export { exitWithLauncher, launcherConfig } from './server/exit-with-launcher';
export {
  type InProcessOperations,
  READY_PATH,
  type RunningServer,
  startGraphQLServer,
} from './server/graphql-server';
export { type PeerGraph, PeerUnavailable, peerGraph } from './server/peer-graph';
export {
  isOrigin,
  PUBLIC_ORIGIN_HEADER,
  publicOriginOf,
  requestOrigin,
} from './server/public-origin';
export {
  booleanParam,
  codeListParam,
  districtListParam,
  enumListParam,
  idListParam,
  instantParam,
  type QueryParams,
  refuseUnknownParams,
} from './server/query-params';
export { answerRouteError } from './server/route-errors';
export { assertRoutePermission } from './server/route-permission';
export { badArgument, RouteRefused } from './server/route-refused';
export { runMain } from './server/run-main';
export { runSubgraphProcess, subgraphProcessConfig } from './server/run-subgraph';
export {
  type BeginShutdown,
  SHUTDOWN_DEADLINE_MS,
  type StopOnSignalOptions,
  stopOnSignal,
} from './server/shutdown';
export {
  type AnySubgraph,
  migrateSubgraph,
  openSubgraphDatabase,
  type RunningSubgraph,
  type SubgraphContext,
  type SubgraphDefinition,
  type SubgraphServerOptions,
  type SubgraphServices,
  startSubgraph,
} from './server/subgraph';
export * from './tiles';
export { isoWeekday, localParts, nextDate, zonedInstant, zonedIsoString } from './time/zoned-time';
