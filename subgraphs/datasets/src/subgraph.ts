import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@civicgraph/platform';
import type { DatasetsDatabase } from './db/database';
import { OutboxPublisher } from './publishers/outbox-publisher';
import { buildDatasetsSchema } from './schema';

/** The city's open data catalog (DCAT-US); distributions and row queries come later. */
export const datasetsSubgraph: SubgraphDefinition<DatasetsDatabase> = {
  name: 'datasets',
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  buildSchema: buildDatasetsSchema,
  // The live 311 datasets, kept current from the requests outbox.
  background: (services) => {
    const publisher = OutboxPublisher.start({
      db: services.db,
      databaseUrl: services.databaseUrl,
      peers: services.peers,
      logger: services.logger,
    });
    return () => publisher.close();
  },
};
