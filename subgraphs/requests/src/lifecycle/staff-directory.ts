import { type Caller, type PeerGraph, PeerUnavailable } from '@civicgraph/platform';
import { GraphQLError } from 'graphql';

/** A staff member as accounts tells it: enough to check an assignment or a crew rule. */
export interface DirectoryStaff {
  id: string;
  active: boolean;
  departmentId: string;
  crewId: string | null;
}

export interface DirectoryCrew {
  id: string;
  departmentId: string;
}

/** What one look-up found; an id accounts does not know is absent from its map. */
export interface DirectoryAnswer {
  staff: Map<string, DirectoryStaff>;
  crews: Map<string, DirectoryCrew>;
}

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Staff { id active department { id } crew { id } }
    ... on Crew { id department { id } }
  }
}`;

type Entity =
  | { id: string; active: boolean; department: { id: string }; crew: { id: string } | null }
  | { id: string; department: { id: string } }
  | null;

/**
 * Reads staff and crews from accounts through the graph (its `_entities`, with its own
 * access rules), never from its tables: one request for everything a mutation needs,
 * however many work orders it changes. Asked as the caller, so it gains no right the
 * caller does not have. Called before the write's transaction: no row lock is held
 * while another subgraph answers.
 */
export async function lookUpStaffAndCrews(
  peers: PeerGraph,
  caller: Caller,
  wanted: { staffIds?: readonly string[]; crewIds?: readonly string[] },
): Promise<DirectoryAnswer> {
  const staffIds = [...new Set(wanted.staffIds ?? [])];
  const crewIds = [...new Set(wanted.crewIds ?? [])];
  const answer: DirectoryAnswer = { staff: new Map(), crews: new Map() };
  if (staffIds.length + crewIds.length === 0) return answer;
  const representations = [
    ...staffIds.map((id) => ({ __typename: 'Staff', id })),
    ...crewIds.map((id) => ({ __typename: 'Crew', id })),
  ];
  let entities: Entity[];
  try {
    ({ _entities: entities } = await peers.query<{ _entities: Entity[] }>(
      'accounts',
      ENTITIES,
      { representations },
      caller,
    ));
  } catch (error) {
    if (!(error instanceof PeerUnavailable)) throw error;
    // Nothing was written: the look-up runs before the transaction.
    throw new GraphQLError(
      `The staff directory could not be read; nothing changed (${error.message})`,
      {
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      },
    );
  }
  entities.forEach((entity, i) => {
    if (!entity) return;
    if (i < staffIds.length && 'active' in entity) {
      answer.staff.set(entity.id, {
        id: entity.id,
        active: entity.active,
        departmentId: entity.department.id,
        crewId: entity.crew?.id ?? null,
      });
    } else if (i >= staffIds.length) {
      answer.crews.set(entity.id, { id: entity.id, departmentId: entity.department.id });
    }
  });
  return answer;
}
