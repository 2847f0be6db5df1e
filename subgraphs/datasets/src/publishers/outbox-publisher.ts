import {
  CoalescingRunner,
  type Logger,
  NotificationListener,
  type PeerGraph,
} from '@civicgraph/platform';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DatasetsDatabase } from '../db/database';
import type { RowValues } from '../db/dataset-row.table';
import { writeRows } from '../rows/row-writer';
import { CityTimeZone } from './city-time-zone';
import { refreshExtent } from './extent';
import { type LiveDatasetIds, prepareLiveDatasets } from './live-datasets';
import { type OutboxEvent, readOutbox } from './outbox-events';
import { recomputePerformance } from './performance';
import { advancePosition, readPosition } from './positions';
import { snapTurnedSensitive } from './sensitive-resnap';
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
  /**
   * How often the service catalog is read again on a poll (default 60 s): a service
   * that turned location-sensitive has its published rows snapped to the block.
   */
  catalogRefreshMilliseconds?: number;
}

// Any constant key: orders the derived recomputes of several publisher instances.
const DERIVED_LOCK_KEY = 3110002;

/** Another instance moved the position first: this batch rolls back, nothing applied twice. */
class PositionMoved extends Error {}

/**
 * Keeps "311 service requests" and "311 performance" current from the requests outbox.
 * Each batch of events after the publisher's position is applied with `writeRows` and
 * the position moved in ONE transaction: a restart resumes exactly after the last
 * batch committed. "311 performance" and the datasets' extent are derived from the
 * published rows only, so they are recomputed once the publisher has drained what is
 * waiting, in a transaction of their own (per batch, catching up on thousands of
 * events would recompute over all rows again and again); a start recomputes them too,
 * so a stop between a batch and its recompute leaves nothing stale.
 * LISTEN on the outbox's channel makes it prompt; a periodic read and a read after
 * every reconnect make a lost notification harmless.
 *
 * The catalog is read again every `catalogRefreshMilliseconds`: the published rows of
 * a service that turned location-sensitive are snapped to the block then (a service
 * that turned public keeps its rows snapped until each request's next event).
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
  private readonly catalogRefreshMilliseconds: number;
  private datasets: LiveDatasetIds | null = null;
  private catalog: Catalog | null = null;
  private readonly cityZone: CityTimeZone;
  private catalogReadAt = 0;
  /** Whether performance and extent may lag the rows: true at start (see the class). */
  private derivedStale = true;

  private constructor(options: OutboxPublisherOptions) {
    this.db = options.db;
    this.peers = options.peers;
    this.cityZone = new CityTimeZone(options.peers);
    this.logger = options.logger.child({ component: 'outbox-publisher' });
    this.batchSize = options.batchSize ?? 500;
    this.catalogRefreshMilliseconds = options.catalogRefreshMilliseconds ?? 60_000;
    this.reader = new CoalescingRunner(
      async () => {
        while (!this.closed && (await this.applyBatch())) {}
        // Drained: the catalog when due, then what is derived from the rows (on the
        // first pass too, which a start triggers: a stop may have left it stale).
        if (this.closed || !(await this.publishedBefore())) return;
        if (Date.now() - this.catalogReadAt >= this.catalogRefreshMilliseconds) {
          await this.refreshCatalog(this.datasets!);
        }
        if (this.derivedStale) await this.recomputeDerived(this.datasets!);
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
    const to = events.at(-1)!.id;
    try {
      await this.db.transaction().execute(async (trx) => {
        await applyEvents(trx, datasets.serviceRequests, events, catalog);
        if (!(await advancePosition(trx, SERVICE_REQUESTS_PUBLISHER, from, to))) {
          throw new PositionMoved();
        }
      });
      this.derivedStale = true;
    } catch (error) {
      // Another instance applied them: what is derived may lag here as well.
      if (error instanceof PositionMoved) {
        this.derivedStale = true;
        return true;
      }
      throw error;
    }
    return events.length === this.batchSize;
  }

  /**
   * Whether this publisher (or an earlier run) has published: then the live datasets
   * are known and what is derived from their rows is kept. Before the first event the
   * catalog stays as seeded.
   */
  private async publishedBefore(): Promise<boolean> {
    if (this.datasets) return true;
    if ((await readPosition(this.db, SERVICE_REQUESTS_PUBLISHER)) === '0') return false;
    this.datasets = await prepareLiveDatasets(this.db);
    return this.datasets !== null;
  }

  /**
   * "311 performance" and the extent, from the rows published so far, in one
   * transaction. Marked fresh only once committed: a failure recomputes next pass.
   */
  private async recomputeDerived(datasets: LiveDatasetIds) {
    this.derivedStale = false;
    try {
      // Read once; until the graph answers, performance waits (rather than UTC months).
      const timeZone = await this.cityZone.get();
      await this.db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(${DERIVED_LOCK_KEY})`.execute(trx);
        await recomputePerformance(
          trx,
          datasets.serviceRequests,
          datasets.performance,
          new Date(),
          timeZone,
        );
        await refreshExtent(trx, datasets.serviceRequests, datasets.performance);
      });
    } catch (error) {
      this.derivedStale = true;
      throw error;
    }
  }

  /** The catalog, read again when an event names a service it does not know. */
  private async catalogFor(events: OutboxEvent[]): Promise<Catalog> {
    const unknown = events.some(
      (e) =>
        e.type.startsWith('SERVICE_REQUEST') &&
        !this.catalog?.services.has((e.facts as unknown as RequestFacts).serviceId),
    );
    if (!this.catalog || unknown) await this.refreshCatalog(this.datasets!);
    return this.catalog!;
  }

  /**
   * Reads the catalog through the graph and snaps the published rows of every service
   * that is location-sensitive now but was not before. The first read of a run checks
   * every sensitive service (the catalog may have changed while it was stopped); rows
   * already snapped are left as they are. The catalog is kept only once the rows are
   * snapped: a failure snaps again on the next pass.
   */
  private async refreshCatalog(datasets: LiveDatasetIds) {
    const next = await readCatalog(this.peers);
    const moved = await snapTurnedSensitive(this.db, datasets.serviceRequests, this.catalog, next);
    // The points moved: the extent (and so the derived datasets) follows them.
    if (moved > 0) this.derivedStale = true;
    this.catalog = next;
    this.catalogReadAt = Date.now();
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
