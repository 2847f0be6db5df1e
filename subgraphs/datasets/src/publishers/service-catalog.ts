import { ANONYMOUS, type PeerGraph } from '@civicgraph/platform';
import type { Catalog } from './service-request-row';

/** What the 311 publisher needs of a service: the graph's public catalog says it. */
export interface CatalogService {
  code: string;
  name: string;
  locationSensitive: boolean;
  departmentId: string;
}

/**
 * The service catalog and department names, read through the graph as an anonymous
 * caller (both are public, `catalog.read`): never the requests or accounts tables.
 */
export async function readCatalog(peers: PeerGraph): Promise<Catalog> {
  const { services } = await peers.query<{
    services: Array<{
      id: string;
      code: string;
      name: string;
      locationSensitive: boolean;
      department: { id: string };
    }>;
  }>(
    'requests',
    '{ services(includeInactive: true) { id code name locationSensitive department { id } } }',
    {},
    ANONYMOUS,
  );
  const { departments } = await peers.query<{ departments: Array<{ id: string; name: string }> }>(
    'accounts',
    '{ departments { id name } }',
    {},
    ANONYMOUS,
  );
  return {
    services: new Map(
      services.map((s) => [
        s.id,
        {
          code: s.code,
          name: s.name,
          locationSensitive: s.locationSensitive,
          departmentId: s.department.id,
        },
      ]),
    ),
    departments: new Map(departments.map((d) => [d.id, d.name])),
  };
}
