export {
  type AccessOverrides,
  accessOptionsFromConfig,
  type GatewayAccessOptions,
  type OperationLimits,
  type RateLimitOptions,
  resolveAccessOptions,
} from './access-options';
export { accessConfig, gatewayConfig } from './config';
export { createGateway } from './create-gateway';
export { operationHash, PersistedOperations } from './policy/persisted-operations';
export { LISTENER_APPLICATION_NAME } from './realtime/outbox-feed';
export type { RealtimeOptions, RealtimeStatus } from './realtime/realtime';
export { CLOSE as SUBSCRIPTION_CLOSE_CODES } from './realtime/websocket-server';
export { type RunningGateway, type StartGatewayOptions, startGateway } from './start-gateway';
export { DEFAULT_SUPERGRAPH_PATH, readSupergraph } from './supergraph';
