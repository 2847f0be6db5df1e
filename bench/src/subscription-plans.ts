import type { LiveConnectionPlan } from './live-load-protocol';

// Who subscribes to what in `bench:subscriptions`: the selections a console and its
// neighbours would send, and how subscribers spread over connections and principals.

export interface Selection {
  name: string;
  query: string;
  /** Whether it reads the work order (an entity query per group per event) or only the event. */
  selectsEntity: boolean;
}

const workOrderChanged = (fields: string) => `subscription { workOrderChanged { ${fields} } }`;

/** Four selections; every one carries `eventId`, which matches a delivery to its change. */
export const SELECTIONS: Selection[] = [
  {
    name: 'requests + accounts + assets',
    query: workOrderChanged(
      'eventId workOrder { number status assignee { name crew { name } } asset { tag } department { name } }',
    ),
    selectsEntity: true,
  },
  { name: 'eventId only', query: workOrderChanged('eventId'), selectsEntity: false },
  {
    name: 'the change and the priority',
    query: workOrderChanged('eventId action changed workOrder { number priority }'),
    selectsEntity: true,
  },
  {
    name: 'status and due time',
    query: workOrderChanged('eventId type occurredAt workOrder { status priority dueAt }'),
    selectsEntity: true,
  },
];

/**
 * The grouping comparison's one document: a place filter whose value may differ per
 * subscriber (a radius a metre wider each) without changing which events match.
 */
export const NEAR_SELECTION = `subscription Near($near: NearInput!) {
  workOrderChanged(filter: { near: $near }) { eventId workOrder { number status priority } } }`;

export interface Near {
  lon: number;
  lat: number;
  radiusMeters: number;
}

/**
 * `connections` × `perConnection` subscribers; connection c signs in as principal
 * c mod principals, and its subscriber s takes selection s mod selections.
 */
export function spreadSelections(
  authorizations: string[],
  connections: number,
  perConnection: number,
): LiveConnectionPlan[] {
  return Array.from({ length: connections }, (_, c) => ({
    authorization: authorizations[c % authorizations.length]!,
    subscriptions: Array.from({ length: perConnection }, (_, s) => ({
      query: SELECTIONS[s % SELECTIONS.length]!.query,
      variables: {},
    })),
  }));
}

/**
 * The same document for every subscriber, with one `near` for all (one group) or a
 * radius of its own for each (as many groups as subscribers).
 */
export function nearSubscribers(
  authorization: string,
  connections: number,
  perConnection: number,
  near: Near,
  ownGroups: boolean,
): LiveConnectionPlan[] {
  return Array.from({ length: connections }, (_, c) => ({
    authorization,
    subscriptions: Array.from({ length: perConnection }, (_, s) => ({
      query: NEAR_SELECTION,
      variables: {
        near: ownGroups
          ? { ...near, radiusMeters: near.radiusMeters + c * perConnection + s }
          : near,
      },
    })),
  }));
}

/** Groups that read the entity when `principals` each subscribe with every selection. */
export function entityGroupsOf(principals: number): number {
  return principals * SELECTIONS.filter((s) => s.selectsEntity).length;
}
