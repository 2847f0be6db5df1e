import type { Open311Endpoint } from './open311-call';

export const discovery: Open311Endpoint = async () => {
  throw new Error('discovery: not built yet');
};
