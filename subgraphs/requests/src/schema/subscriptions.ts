import { GraphQLError } from 'graphql';
import { builder } from '../builder';
import type { OutboxEvent } from '../db/change-log.table';
import { BBoxInput, NearInput } from './list-filter-input';
import { ServiceRequestRef, WorkOrderRef } from './refs';
import { RequestChannelEnum } from './service-request';
import { workOrderStateFilterFields } from './work-order';

// The subscription fields are this subgraph's contract with the gateway: their types
// and access rules are declared here, with the types they return, and composed into
// the supergraph. The gateway delivers them over graphql-ws from the outbox
// (gateway/src/realtime/, "Subscriptions" in the top README); this subgraph never
// executes one.

const ChangeEventTypeEnum = builder.enumType('ChangeEventType', {
  description: 'What an outbox event records (subgraphs/requests/README.md, "Outbox events").',
  values: [
    'WORK_ORDER_CREATED',
    'WORK_ORDER_UPDATED',
    'SERVICE_REQUEST_CREATED',
    'SERVICE_REQUEST_UPDATED',
  ] as const,
});

/** What every live event says, whatever its entity. */
const ChangeEventRef = builder.interfaceRef<OutboxEvent>('ChangeEvent').implement({
  description: 'One change, as the outbox recorded it, delivered live.',
  authScopes: { permission: 'requests.read' },
  fields: (t) => ({
    eventId: t.exposeID('id', {
      description:
        "The event's position in the outbox: resume after it with `after` (or `lastEventId` in connection_init).",
    }),
    type: t.field({ type: ChangeEventTypeEnum, resolve: (event) => event.type as never }),
    action: t.exposeString('action', {
      description:
        'What happened: CREATE, ASSIGN, START, HOLD, RESUME, COMPLETE, CLOSE, CANCEL, REOPEN, PRIORITY, NOTE, SPLIT, OVERDUE, MARK_DUPLICATE.',
    }),
    changed: t.exposeStringList('changed', {
      description:
        'The fields the change moved, as the history names them (empty when only a note was added).',
    }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
  }),
});

const UNREADABLE =
  'null, with an error saying why, when it cannot be read now or by you: the event itself still arrives, so you can resume after it.';

const WorkOrderEventRef = builder.objectRef<OutboxEvent>('WorkOrderEvent').implement({
  description:
    'One change to a work order. The work order is as it is when the event is delivered.',
  interfaces: [ChangeEventRef],
  authScopes: { permission: 'work-orders.read' },
  fields: (t) => ({
    workOrder: t.field({
      type: WorkOrderRef,
      nullable: true,
      description: `The work order; ${UNREADABLE}`,
      resolve: (event) => event.entityId,
    }),
  }),
});

const ServiceRequestEventRef = builder.objectRef<OutboxEvent>('ServiceRequestEvent').implement({
  description:
    'One change to a service request or to its work. The request is as it is when the event is delivered, with the fields the subscriber may read.',
  interfaces: [ChangeEventRef],
  authScopes: { permission: 'requests.read' },
  fields: (t) => ({
    serviceRequest: t.field({
      type: ServiceRequestRef,
      nullable: true,
      description: `The request; ${UNREADABLE}`,
      resolve: (event) => event.serviceRequestId,
    }),
  }),
});

const WorkOrderChangeFilterInput = builder.inputType('WorkOrderChangeFilter', {
  description:
    'Which work orders to follow: every condition given must hold (the `workOrders` filters an event can be matched on). A change is delivered when the work order matched before it or matches after it, so a live list also learns what left it.',
  fields: workOrderStateFilterFields,
});

const ServiceRequestCreatedFilterInput = builder.inputType('ServiceRequestCreatedFilter', {
  description: 'Which new requests to follow: every condition given must hold.',
  fields: (t) => ({
    serviceId: t.id(),
    district: t.int(),
    channel: t.field({ type: RequestChannelEnum }),
    bbox: t.field({ type: BBoxInput, description: 'Only requests whose point lies in this box.' }),
    near: t.field({
      type: NearInput,
      description: 'Only requests within the radius of the point.',
    }),
  }),
});

const AFTER =
  'Resume after this event id (the last `eventId` you received): every event since, in order, then live ones. Without it (and without `lastEventId` in connection_init), live events only.';

function servedByGateway(): never {
  throw new GraphQLError(
    'Subscriptions are served by the gateway over graphql-ws at /graphql, not by a subgraph',
    { extensions: { code: 'BAD_REQUEST' } },
  );
}

builder.subscriptionType({
  description:
    "Live changes, over graphql-ws at the gateway's /graphql (authenticate in connection_init). Lossless: resume with the last event id you received.",
});

builder.subscriptionFields((t) => ({
  workOrderChanged: t.field({
    type: WorkOrderEventRef,
    description: 'Every change to the work orders the filter matches (staff).',
    authScopes: { permission: 'work-orders.read' },
    args: {
      filter: t.arg({ type: WorkOrderChangeFilterInput }),
      after: t.arg.id({ description: AFTER }),
    },
    subscribe: servedByGateway,
    resolve: (event) => event as OutboxEvent,
  }),
  serviceRequestChanged: t.field({
    type: ServiceRequestEventRef,
    description:
      'Every change to one request and to its work (staff, or a partner app following a request it may read).',
    authScopes: { permission: 'requests.read' },
    args: {
      id: t.arg.id({ required: true }),
      after: t.arg.id({ description: AFTER }),
    },
    subscribe: servedByGateway,
    resolve: (event) => event as OutboxEvent,
  }),
  serviceRequestCreated: t.field({
    type: ServiceRequestEventRef,
    description: 'Every new request the filter matches, as it arrives (staff).',
    authScopes: { permission: 'requests.feed.read' },
    args: {
      filter: t.arg({ type: ServiceRequestCreatedFilterInput }),
      after: t.arg.id({ description: AFTER }),
    },
    subscribe: servedByGateway,
    resolve: (event) => event as OutboxEvent,
  }),
}));
