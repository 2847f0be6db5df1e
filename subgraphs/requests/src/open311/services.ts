import type { Open311Endpoint } from './open311-call';

export const services: Open311Endpoint = async () => {
  throw new Error('services: not built yet');
};
