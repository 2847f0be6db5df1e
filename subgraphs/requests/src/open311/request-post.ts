import type { Open311Endpoint } from './open311-call';

export const postServiceRequest: Open311Endpoint = async () => {
  throw new Error('postServiceRequest: not built yet');
};
