// Test helper: changes work orders through the gateway's HTTP API, as the people in
// another browser would, for the live tests (e2e and the live feed's stack test).

import type { StaffRole } from '@civicgraph/platform';
import { postGraphQL } from '@civicgraph/platform/testing';
import { signInAs } from '@civicgraph/stack/testing';

export interface WorkOrderState {
  id: string;
  number: string;
  version: number;
  status: string;
  priority: string;
  assignee: { id: string; name: string } | null;
}

const STATE = 'id number version status priority assignee { id name }';

/** One signed-in person's HTTP API: their queries and the changes they make. */
export class WorkOrderApi {
  private constructor(
    private readonly origin: string,
    private readonly headers: Record<string, string>,
  ) {}

  static async signIn(origin: string, role: StaffRole): Promise<WorkOrderApi> {
    return new WorkOrderApi(origin, await signInAs(origin, role));
  }

  async query<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const answer = await postGraphQL<T>(`${this.origin}/graphql`, query, variables, {
      headers: this.headers,
    });
    if (answer.errors?.length || !answer.data) {
      throw new Error(`GraphQL refused: ${JSON.stringify(answer.errors)}`);
    }
    return answer.data;
  }

  async me(): Promise<{ id: string; name: string; department: { id: string } }> {
    const { me } = await this.query<{
      me: { id: string; name: string; department: { id: string } };
    }>('{ me { id name department { id } } }');
    return me;
  }

  /**
   * Open work; with `departmentId`, the work of that department not yet started (a
   * field worker's: assigned to them, they can start and finish it).
   */
  async openWork(departmentId?: string): Promise<WorkOrderState[]> {
    const { workOrders } = await this.query<{
      workOrders: { edges: Array<{ node: WorkOrderState }> };
    }>(
      `query ($filter: WorkOrderFilter) {
        workOrders(first: 50, filter: $filter) { edges { node { ${STATE} } } }
      }`,
      { filter: departmentId ? { departmentId, statuses: ['NEW', 'ASSIGNED'] } : { open: true } },
    );
    return workOrders.edges.map((edge) => edge.node);
  }

  async workOrder(id: string): Promise<WorkOrderState & { resolutionCodes: string[] }> {
    const { workOrder } = await this.query<{
      workOrder: WorkOrderState & { service: { resolutionCodes: Array<{ code: string }> } };
    }>(
      `query ($id: ID!) { workOrder(id: $id) { ${STATE} service { resolutionCodes { code } } } }`,
      {
        id,
      },
    );
    return { ...workOrder, resolutionCodes: workOrder.service.resolutionCodes.map((r) => r.code) };
  }

  /** Runs a single work-order mutation with the version given; the work order after it. */
  async change(
    mutation:
      | 'assignWorkOrder'
      | 'changeWorkOrderPriority'
      | 'startWorkOrder'
      | 'completeWorkOrder'
      | 'closeWorkOrder',
    work: { id: string; version: number },
    input: Record<string, unknown> = {},
  ): Promise<WorkOrderState> {
    const inputType = `${mutation[0]?.toUpperCase()}${mutation.slice(1)}Input`;
    const data = await this.query<Record<string, { workOrder: WorkOrderState }>>(
      `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { workOrder { ${STATE} } } }`,
      { input: { id: work.id, expectedVersion: work.version, ...input } },
    );
    const changed = data[mutation]?.workOrder;
    if (!changed) throw new Error(`${mutation} answered without a work order`);
    return changed;
  }
}
