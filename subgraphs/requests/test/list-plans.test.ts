import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  explainWorkOrderPage,
  type ListPlanCase,
  listOrderings,
  listPlanCases,
  orderingIndexes,
  planSample,
} from '../src/db/list-plans';
import { NOW, type RequestsHarness, startRequestsHarness } from './harness';

// The dispatcher's list with any one filter and any ordering reads an index that
// serves the filter or the ordering. On a small database the planner would rather
// read the table whole, so sequential scans are priced out here; at a million
// requests the same cases are EXPLAINed as they are (bench/results/list-plans-1m.md).

let h: RequestsHarness;
let cases: ListPlanCase[];

beforeAll(async () => {
  h = await startRequestsHarness(300);
  const { sample } = await planSample(h.db);
  cases = listPlanCases({ ...sample, now: NOW });
});

afterAll(async () => {
  await h?.close();
});

describe('every (filter, ordering) pair of the dispatcher list is an index scan', () => {
  for (const ordering of listOrderings) {
    it(`ordered by ${ordering.field} ${ordering.direction}`, async () => {
      await h.db.connection().execute(async (connection) => {
        await sql`set enable_seqscan = off`.execute(connection);
        try {
          for (const c of cases) {
            const plan = await explainWorkOrderPage(connection, c.filter, ordering);
            const served = [
              ...c.filterIndexes,
              // Any partial index on open work holds exactly the rows `open` asks for.
              ...(c.filter.open ? Object.values(orderingIndexes).map((i) => i.open) : []),
              ...orderingIndexes[ordering.field].all,
            ];
            expect({ case: c.name, seqScans: plan.seqScans }).toEqual({
              case: c.name,
              seqScans: [],
            });
            expect(
              { case: c.name, served: plan.indexes.some((index) => served.includes(index)) },
              plan.text,
            ).toEqual({ case: c.name, served: true });
          }
        } finally {
          await sql`reset enable_seqscan`.execute(connection);
        }
      });
    });
  }
});
