import type { Open311Endpoint } from './open311-call';

export const serviceRequests: Open311Endpoint = async () => {
  throw new Error('serviceRequests: not built yet');
};

export const serviceRequestById: Open311Endpoint = async () => {
  throw new Error('serviceRequestById: not built yet');
};
