import type { Open311Endpoint } from './open311-call';

export const serviceDefinition: Open311Endpoint = async () => {
  throw new Error('serviceDefinition: not built yet');
};
