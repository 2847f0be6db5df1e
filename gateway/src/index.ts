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
export { type StartGatewayOptions, startGateway } from './start-gateway';
export { DEFAULT_SUPERGRAPH_PATH, readSupergraph } from './supergraph';
