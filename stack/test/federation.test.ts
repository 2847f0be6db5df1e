import { generateDemoCity } from '@civicgraph/demo-city';
import { errorCodes, postGraphQL } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { signInAs, startSeededStack } from '../src/testing';

const cityOptions = { seed: 42, requests: 150, now: new Date('2026-11-01T15:00:00Z') };
const city = generateDemoCity(cityOptions);
const seededWorkOrders = [...city.requestBatches()].flatMap((batch) => batch.workOrders);
const openStatuses = new Set(['NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD']);

let stack: RunningStack;
/** A dispatcher's session: work orders are staff-only. */
let dispatcher: Record<string, string>;

interface WorkOrderNode {
  id: string;
  number: string;
  status: string;
  assignee: { id: string; name: string; crew: { id: string } | null } | null;
  department: { id: string; code: string; name: string };
  asset: { id: string; tag: string; assetType: { code: string; name: string } } | null;
}

beforeAll(async () => {
  stack = await startSeededStack({ city: cityOptions });
  dispatcher = await signInAs(stack.url, 'DISPATCHER');
});

afterAll(async () => {
  await stack?.close();
});

describe('the federated graph', () => {
  it('resolves work orders with assignee, department and asset from three subgraphs', async () => {
    const response = await postGraphQL<{
      workOrders: { totalCount: number; edges: Array<{ node: WorkOrderNode }> };
    }>(
      `${stack.url}/graphql`,
      `
      query {
        workOrders(first: 100, filter: { open: true }) {
          totalCount
          edges { node {
            id number status
            assignee { id name crew { id } }
            department { id code name(locale: ES) }
            asset { id tag assetType { code name } }
          } }
        }
      }
    `,
      {},
      { headers: dispatcher },
    );
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    const connection = response.data!.workOrders;
    const expectedOpen = seededWorkOrders.filter((w) => openStatuses.has(w.status));
    expect(connection.totalCount).toBe(expectedOpen.length);
    expect(connection.edges.length).toBe(Math.min(100, expectedOpen.length));

    let withAssignee = 0;
    let withAsset = 0;
    for (const { node } of connection.edges) {
      const seeded = seededWorkOrders.find((w) => w.id === node.id)!;
      expect(node.number).toBe(seeded.number);
      expect(openStatuses.has(node.status)).toBe(true);

      const department = city.departments.find((d) => d.id === seeded.departmentId)!;
      expect(node.department).toEqual({
        id: department.id,
        code: department.code,
        name: department.name.es,
      });

      if (seeded.assigneeId) {
        const staff = city.staff.find((s) => s.id === seeded.assigneeId)!;
        expect(node.assignee).toEqual({
          id: staff.id,
          name: `${staff.givenName} ${staff.familyName}`,
          crew: { id: seeded.crewId },
        });
        withAssignee++;
      } else {
        expect(node.assignee).toBeNull();
      }

      if (seeded.assetId) {
        expect(node.asset?.id).toBe(seeded.assetId);
        const service = city.services.find((s) => s.id === seeded.serviceId)!;
        expect(node.asset?.assetType.code).toBe(service.assetTypeCode);
        const assetType = city.assetTypes.find((t) => t.code === service.assetTypeCode)!;
        expect(node.asset?.assetType.name).toBe(assetType.name.en);
        withAsset++;
      } else {
        expect(node.asset).toBeNull();
      }
    }
    // The seed must exercise both sides of every reference.
    expect(withAssignee).toBeGreaterThan(0);
    expect(withAsset).toBeGreaterThan(0);
  });

  it("adds requests' workloads to accounts' Staff and Crew", async () => {
    const response = await postGraphQL<{
      workOrders: {
        edges: Array<{
          node: {
            assignee: {
              id: string;
              openWorkOrders: { totalCount: number; nodes: Array<{ id: string }> };
              crew: { id: string; workload: { open: number } } | null;
            } | null;
          };
        }>;
      };
    }>(
      `${stack.url}/graphql`,
      `query {
        workOrders(first: 30, filter: { open: true }) { edges { node {
          assignee { id openWorkOrders(first: 3) { totalCount nodes { id } } crew { id workload { open } } }
        } } }
      }`,
      {},
      { headers: dispatcher },
    );
    expect(response.errors).toBeUndefined();
    const open = seededWorkOrders.filter((w) => openStatuses.has(w.status));
    const assignees = response.data!.workOrders.edges.flatMap((e) => e.node.assignee ?? []);
    expect(assignees.length).toBeGreaterThan(0);
    for (const staff of assignees) {
      const mine = open.filter((w) => w.assigneeId === staff.id);
      expect(staff.openWorkOrders.totalCount).toBe(mine.length);
      expect(staff.openWorkOrders.nodes.length).toBe(Math.min(3, mine.length));
      if (staff.crew) {
        expect(staff.crew.workload.open).toBe(
          open.filter((w) => w.crewId === staff.crew!.id).length,
        );
      }
    }
  });

  it('answers malformed queries with a structured error, not a 500', async () => {
    const response = await postGraphQL(
      `${stack.url}/graphql`,
      'query { workOrders(first: 10) { edges { node { nope } } } }',
      {},
      { headers: dispatcher },
    );
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors?.[0]?.message).toContain('nope');
  });

  it('reports its health and that of every subgraph', async () => {
    const response = await fetch(`${stack.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      service: 'gateway',
      checks: { accounts: 'ok', assets: 'ok', datasets: 'ok', requests: 'ok', outbox: 'ok' },
    });
    for (const subgraph of stack.subgraphs) {
      const own = await fetch(subgraph.url.replace(/\/graphql$/, '/health'));
      expect(await own.json()).toEqual({
        status: 'ok',
        service: subgraph.name,
        checks: { database: 'ok' },
      });
    }
  });
});
