export { createGateway } from './create-gateway';
export { type StartGatewayOptions, startGateway } from './start-gateway';
export { DEFAULT_SUPERGRAPH_PATH, readSupergraph } from './supergraph';
