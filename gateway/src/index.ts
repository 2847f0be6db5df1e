export { createGateway } from './create-gateway';
export { type StartGatewayOptions, startGateway } from './start-gateway';
