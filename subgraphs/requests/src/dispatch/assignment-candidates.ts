import {
  type Caller,
  distanceMeters,
  localParts,
  type PeerGraph,
  PeerUnavailable,
  zonedInstant,
} from '@civicgraph/platform';
import { GraphQLError } from 'graphql';
import type { Kysely } from 'kysely';
import { type Whereabouts, whereaboutsOf } from '../db/assignment-candidates.repository';
import { citySettings } from '../db/city.repository';
import type { RequestsDatabase } from '../db/database';
import type { WorkOrder } from '../db/work-order.table';
import { finishedWorkOrderStatuses } from '../db/work-order.table';

export const staffAvailabilities = ['AVAILABLE', 'BUSY', 'OFF_SHIFT'] as const;
export type StaffAvailability = (typeof staffAvailabilities)[number];

/** Who could take a work order: a crew as a whole (`staffId` null), or one of its people. */
export interface AssignmentCandidate {
  crewId: string;
  staffId: string | null;
  availability: StaffAvailability;
  openWorkOrders: number;
  distanceMeters: number | null;
  /** The crew's or the person's name: the last tie-break, so the order is stable. */
  name: string;
}

/** A department's crew as accounts tells it, with its active field workers. */
export interface DepartmentCrew {
  id: string;
  name: string;
  workers: Array<{ id: string; name: string; onShift: boolean }>;
}

const DEPARTMENT_CREWS = `query ($representations: [_Any!]!, $at: DateTime) {
  _entities(representations: $representations) {
    ... on Department { crews { id name members { id name role active onShift(at: $at) } } }
  }
}`;

interface CrewAnswer {
  id: string;
  name: string;
  members: Array<{ id: string; name: string; role: string; active: boolean; onShift: boolean }>;
}

/**
 * The crews of a department and their active field workers, on shift or not at `at`:
 * from accounts through the graph (one request, as the caller, with accounts' own access
 * rules), never from its tables.
 */
export async function crewsOfDepartment(
  peers: PeerGraph,
  caller: Caller,
  departmentId: string,
  at: Date,
): Promise<DepartmentCrew[]> {
  let entities: Array<{ crews: CrewAnswer[] | null } | null>;
  try {
    ({ _entities: entities } = await peers.query<{
      _entities: Array<{ crews: CrewAnswer[] | null } | null>;
    }>(
      'accounts',
      DEPARTMENT_CREWS,
      { representations: [{ __typename: 'Department', id: departmentId }], at: at.toISOString() },
      caller,
    ));
  } catch (error) {
    if (!(error instanceof PeerUnavailable)) throw error;
    throw new GraphQLError(`The staff directory could not be read (${error.message})`, {
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  }
  return (entities[0]?.crews ?? []).map((crew) => ({
    id: crew.id,
    name: crew.name,
    workers: crew.members
      .filter((member) => member.active && member.role === 'FIELD_WORKER')
      .map(({ id, name, onShift }) => ({ id, name, onShift })),
  }));
}

const AVAILABILITY_RANK: Record<StaffAvailability, number> = {
  AVAILABLE: 0,
  BUSY: 1,
  OFF_SHIFT: 2,
};

/** Off shift wins over busy: someone who went home is not about to be free. */
function availabilityOf(onShift: boolean, busy: boolean): StaffAvailability {
  if (!onShift) return 'OFF_SHIFT';
  return busy ? 'BUSY' : 'AVAILABLE';
}

/** A crew is as available as its most available worker; with none, off shift. */
function crewAvailability(members: readonly StaffAvailability[]): StaffAvailability {
  return members.reduce<StaffAvailability>(
    (best, next) => (AVAILABILITY_RANK[next] < AVAILABILITY_RANK[best] ? next : best),
    'OFF_SHIFT',
  );
}

/**
 * Best first: AVAILABLE, then BUSY, then OFF_SHIFT; within each, fewer open work orders,
 * then nearer (unknown distance last), then by name and id so the order is stable.
 */
export function rankCandidates(candidates: readonly AssignmentCandidate[]): AssignmentCandidate[] {
  const distance = (c: AssignmentCandidate) => c.distanceMeters ?? Number.POSITIVE_INFINITY;
  return [...candidates].sort(
    (a, b) =>
      AVAILABILITY_RANK[a.availability] - AVAILABILITY_RANK[b.availability] ||
      a.openWorkOrders - b.openWorkOrders ||
      distance(a) - distance(b) ||
      a.name.localeCompare(b.name) ||
      (a.staffId ?? '').localeCompare(b.staffId ?? '') ||
      a.crewId.localeCompare(b.crewId),
  );
}

/** Every crew and each of its workers as a candidate, from what accounts and the work say. */
export function candidatesFrom(
  crews: readonly DepartmentCrew[],
  whereabouts: { staff: Map<string, Whereabouts>; crews: Map<string, Whereabouts> },
  work: { lon: number; lat: number },
): AssignmentCandidate[] {
  const distanceTo = (place: Whereabouts | undefined) =>
    place?.lon == null || place.lat == null
      ? null
      : Math.round(distanceMeters(work.lon, work.lat, place.lon, place.lat));
  const candidates: AssignmentCandidate[] = [];
  for (const crew of crews) {
    const people = crew.workers.map((worker) => {
      const place = whereabouts.staff.get(worker.id);
      return {
        crewId: crew.id,
        staffId: worker.id,
        availability: availabilityOf(worker.onShift, place?.busy ?? false),
        openWorkOrders: place?.open ?? 0,
        distanceMeters: distanceTo(place),
        name: worker.name,
      } satisfies AssignmentCandidate;
    });
    const place = whereabouts.crews.get(crew.id);
    candidates.push(
      {
        crewId: crew.id,
        staffId: null,
        availability: crewAvailability(people.map((person) => person.availability)),
        openWorkOrders: place?.open ?? 0,
        distanceMeters: distanceTo(place),
        name: crew.name,
      },
      ...people,
    );
  }
  return candidates;
}

/** Local midnight of the instant's day in the city. */
async function startOfCityDay(db: Kysely<RequestsDatabase>, now: Date) {
  const { timeZone } = (await citySettings(db)).city;
  return zonedInstant(localParts(now, timeZone).date, 0, timeZone);
}

/**
 * Who could take the work order, best first, at most `first`: its department's crews
 * and their active field workers, with availability at `now`, open work and distance.
 * Finished work has none. Two reads: accounts (one request), work orders (one statement).
 */
export async function assignmentCandidates(
  context: { db: Kysely<RequestsDatabase>; peers: PeerGraph; caller: Caller },
  workOrder: WorkOrder,
  first: number,
  now: Date,
): Promise<AssignmentCandidate[]> {
  if ((finishedWorkOrderStatuses as readonly string[]).includes(workOrder.status) || first === 0) {
    return [];
  }
  const crews = await crewsOfDepartment(context.peers, context.caller, workOrder.departmentId, now);
  const whereabouts = await whereaboutsOf(context.db, {
    staffIds: crews.flatMap((crew) => crew.workers.map((worker) => worker.id)),
    crewIds: crews.map((crew) => crew.id),
    near: { lon: workOrder.lon, lat: workOrder.lat },
    todayStart: await startOfCityDay(context.db, now),
  });
  return rankCandidates(candidatesFrom(crews, whereabouts, workOrder)).slice(0, first);
}
