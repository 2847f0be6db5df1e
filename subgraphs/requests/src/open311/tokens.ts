import type { Open311Endpoint } from './open311-call';

export const tokenLookup: Open311Endpoint = async () => {
  throw new Error('tokenLookup: not built yet');
};
