import {
  CoalescingRunner,
  type Logger,
  NotificationListener,
  type PeerGraph,
} from '@civicgraph/platform';
import type { Kysely, Transaction } from 'kysely';
import type { DatasetsDatabase } from '../db/database';
import type { RowValues } from '../db/dataset-row.table';
import { writeRows } from '../rows/row-writer';
import { CityTimeZone } from './city-time-zone';
import { refreshExtent } from './extent';
import { type LiveDatasetIds, prepareLiveDatasets } from './live-datasets';
import { type OutboxEvent, readOutbox } from './outbox-events';
import { recomputePerformance } from './performance';
import { advancePosition, readPosition } from './positions';
import { readCatalog } from './service-catalog';
import {
  type Catalog,
  type RequestFacts,
  requestRow,
  type WorkOrderFacts,
  workOrderRow,
} from './service-request-row';

/** Its name in `publisher_positions`. */
export const SERVICE_REQUESTS_PUBLISHER = '311-service-requests';
/** The requests outbox's channel (requests README): the payload is an id, the rows are read. */
const OUTBOX_CHANNEL = 'requests_outbox';

export interface OutboxPublisherOptions {
  db: Kysely<DatasetsDatabase>;
  /** For the LISTEN connection (a pool's connections cannot hold one). */
  databaseUrl: string;
  peers: PeerGraph;
  logger: Logger;
  /** A read every so often besides NOTIFY: a lost notification delays, never loses. */
  pollMilliseconds?: number;
  /** Events applied per transaction. */
  batchSize?: number;
}

/** Another instance moved the position first: this batch rolls back, nothing applied twice. */
class PositionMoved extends Error {}

/**
 * Keeps "311 service requests" and "311 performance" current from the requests outbox.
 * Each batch of events after the publisher's position is applied with `writeRows`,
 * the performance figures recomputed from the published rows, and the position moved,
 * in ONE transaction: a restart resumes exactly after the last batch committed.
 * LISTEN on the outbox's channel makes it prompt; a periodic read and a read after
 * every reconnect make a lost notification harmless.
 *
 * Behind the outbox horizon (retention deleted events it had not read) it publishes
 * on from the oldest event still there and logs the gap: rows of requests whose
 * events were lost keep their last published state until their next event (a
 * request event carries the request's whole public state).
 */
export class OutboxPublisher {
  private readonly db: Kysely<DatasetsDatabase>;
  private readonly peers: PeerGraph;
  private readonly logger: Logger;
  private readonly batchSize: number;
  private readonly poll: NodeJS.Timeout;
  private readonly listener: NotificationListener;
  private closed = false;
  private readonly reader: CoalescingRunner;
  private datasets: LiveDatasetIds | null = null;
  private catalog: Catalog | null = null;
  private readonly cityZone: CityTimeZone;

  private constructor(options: OutboxPublisherOptions) {
    this.db = options.db;
    this.peers = options.peers;
    this.cityZone = new CityTimeZone(options.peers);
    this.logger = options.logger.child({ component: 'outbox-publisher' });
    this.batchSize = options.batchSize ?? 500;
    this.reader = new CoalescingRunner(
      async () => {
        while (!this.closed && (await this.applyBatch())) {}
      },
      // The next notification or poll tries again from the committed position.
      (error) => this.logger.warn({ err: error }, 'publishing outbox events failed'),
    );
    this.poll = setInterval(() => this.reader.run(), options.pollMilliseconds ?? 5000);
    this.poll.unref();
    this.listener = new NotificationListener({
      connectionString: options.databaseUrl,
      channel: OUTBOX_CHANNEL,
      applicationName: 'civicgraph-datasets-publisher',
      logger: this.logger,
      onWake: () => this.reader.run(),
    });
  }

  /** Starts listening and publishes whatever is waiting; a LISTEN failure is retried. */
  static start(options: OutboxPublisherOptions): OutboxPublisher {
    const publisher = new OutboxPublisher(options);
    publisher.listener.connectInBackground();
    return publisher;
  }

  async close() {
    this.closed = true;
    clearInterval(this.poll);
    await this.listener.close();
    await this.reader.stop();
  }

  /** Applies one batch; true when there may be more. */
  private async applyBatch(): Promise<boolean> {
    const from = await readPosition(this.db, SERVICE_REQUESTS_PUBLISHER);
    const { events, prunedThrough } = await readOutbox(this.db, from, this.batchSize);
    if (BigInt(from) < BigInt(prunedThrough)) {
      this.logger.warn(
        { position: from, prunedThrough },
        'outbox events were pruned before they were published: publishing on from the oldest left',
      );
      if (events.length === 0) {
        // Every event left was pruned: the gap is logged once, the position moves past it.
        await this.db
          .transaction()
          .execute((trx) => advancePosition(trx, SERVICE_REQUESTS_PUBLISHER, from, prunedThrough));
        return false;
      }
    }
    if (events.length === 0) return false;
    // Only once there is something to publish: the catalog stays as seeded until then.
    this.datasets ??= await prepareLiveDatasets(this.db);
    const datasets = this.datasets;
    if (!datasets) return false;
    const catalog = await this.catalogFor(events);
    // Read once; until the graph answers, nothing is published (rather than UTC months).
    const timeZone = await this.cityZone.get();
    const to = events.at(-1)!.id;
    try {
      await this.db.transaction().execute(async (trx) => {
        await applyEvents(trx, datasets.serviceRequests, events, catalog);
        const now = new Date();
        await recomputePerformance(
          trx,
          datasets.serviceRequests,
          datasets.performance,
          now,
          timeZone,
        );
        await refreshExtent(trx, datasets.serviceRequests, datasets.performance);
        if (!(await advancePosition(trx, SERVICE_REQUESTS_PUBLISHER, from, to))) {
          throw new PositionMoved();
        }
      });
    } catch (error) {
      if (error instanceof PositionMoved) return true;
      throw error;
    }
    return events.length === this.batchSize;
  }

  /** The catalog, read again when an event names a service it does not know. */
  private async catalogFor(events: OutboxEvent[]): Promise<Catalog> {
    const unknown = events.some(
      (e) =>
        e.type.startsWith('SERVICE_REQUEST') &&
        !this.catalog?.services.has((e.facts as unknown as RequestFacts).serviceId),
    );
    if (!this.catalog || unknown) this.catalog = await readCatalog(this.peers);
    return this.catalog;
  }
}

/** The published rows the events change, applied in id order, written once each. */
async function applyEvents(
  trx: Transaction<DatasetsDatabase>,
  datasetId: string,
  events: OutboxEvent[],
  catalog: Catalog,
) {
  const keys = new Map<string, string>();
  for (const event of events) {
    if (event.type.startsWith('SERVICE_REQUEST')) {
      keys.set(event.serviceRequestId, (event.facts as unknown as RequestFacts).number);
    }
  }
  const unknownIds = [...new Set(events.map((e) => e.serviceRequestId))].filter(
    (id) => !keys.has(id),
  );
  if (unknownIds.length > 0) {
    const known = await trx
      .selectFrom('liveRequestKeys')
      .selectAll()
      .where('serviceRequestId', 'in', unknownIds)
      .execute();
    for (const k of known) keys.set(k.serviceRequestId, k.rowKey);
  }
  const rows = new Map<string, RowValues>();
  if (keys.size > 0) {
    const existing = await trx
      .selectFrom('datasetRows')
      .select(['rowKey', 'values'])
      .where('datasetId', '=', datasetId)
      .where('rowKey', 'in', [...new Set(keys.values())])
      .execute();
    for (const row of existing) rows.set(row.rowKey, row.values);
  }
  const changed = new Set<string>();
  for (const event of events) {
    const key = keys.get(event.serviceRequestId);
    if (!key) continue; // Work on a request published before this publisher's history.
    if (event.type.startsWith('SERVICE_REQUEST')) {
      const facts = event.facts as unknown as RequestFacts;
      rows.set(key, requestRow(facts, event.occurredAt, catalog, rows.get(key)));
    } else {
      const row = rows.get(key);
      if (!row) continue;
      rows.set(
        key,
        workOrderRow(row, event.facts as unknown as WorkOrderFacts, event.occurredAt, catalog),
      );
    }
    changed.add(key);
  }
  const newKeys = events
    .filter((e) => e.type.startsWith('SERVICE_REQUEST'))
    .map((e) => ({ serviceRequestId: e.serviceRequestId, rowKey: keys.get(e.serviceRequestId)! }));
  if (newKeys.length > 0) {
    await trx
      .insertInto('liveRequestKeys')
      .values([...new Map(newKeys.map((k) => [k.serviceRequestId, k])).values()])
      .onConflict((c) => c.column('serviceRequestId').doNothing())
      .execute();
  }
  await writeRows(trx, datasetId, {
    upsert: [...changed].map((key) => ({ key, values: rows.get(key)! })),
  });
}
