import type { Permission } from '@civicgraph/platform';
import {
  type EventMatcher,
  type ServiceRequestCreatedFilter,
  serviceRequestCreatedMatcher,
  serviceRequestMatcher,
  type WorkOrderChangeFilter,
  workOrderChangeMatcher,
} from './event-filters';
import type { OutboxEvent } from './outbox-event';

/** How the gateway serves one `Subscription` field from the outbox. */
export interface SubscriptionField {
  /** Who may subscribe: the same permission the requests subgraph declares on the field. */
  permission: Permission;
  /** The event type's field that holds the entity, and the query field that reads it by id. */
  entityField: string;
  queryField: string;
  /** Which entity an event is about, for this field. */
  entityIdOf(event: OutboxEvent): string;
  /** The events that go to a subscription with these (coerced) arguments; throws on bad ones. */
  matcher(args: Record<string, unknown>): EventMatcher;
}

/**
 * The subscription fields, as declared in subgraphs/requests/src/schema/subscriptions.ts
 * (types and access rules) and delivered here. A test checks the two agree.
 */
export const SUBSCRIPTION_FIELDS: Record<string, SubscriptionField> = {
  workOrderChanged: {
    permission: 'work-orders.read',
    entityField: 'workOrder',
    queryField: 'workOrder',
    entityIdOf: (event) => event.entityId,
    matcher: (args) => workOrderChangeMatcher(args.filter as WorkOrderChangeFilter | null),
  },
  serviceRequestChanged: {
    permission: 'requests.read',
    entityField: 'serviceRequest',
    queryField: 'serviceRequest',
    entityIdOf: (event) => event.serviceRequestId,
    matcher: (args) => serviceRequestMatcher(String(args.id)),
  },
  serviceRequestCreated: {
    permission: 'requests.feed.read',
    entityField: 'serviceRequest',
    queryField: 'serviceRequest',
    entityIdOf: (event) => event.entityId,
    matcher: (args) =>
      serviceRequestCreatedMatcher(args.filter as ServiceRequestCreatedFilter | null),
  },
};
