import { permits } from '@civicgraph/platform';
import type { Open311Call } from './open311-call';
import { Open311Error } from './open311-error';

/**
 * The catalog is public (`catalog.read`): anyone, any key. Checked all the same, so
 * that the catalog endpoints follow the permission table if it ever changes, with
 * the spec's 403 rather than the graph's 401.
 */
export function assertCatalogRead(call: Open311Call) {
  if (!permits(call.request.caller, 'catalog.read')) {
    throw new Open311Error(403, 'Reading the service catalog needs catalog.read');
  }
}
