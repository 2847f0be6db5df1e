import { checkedId } from '@civicgraph/platform';
import { builder } from '../builder';
import type { NearbyRequest } from '../db/duplicates.repository';
import { duplicatesOfRequests, nearbyOpenRequests } from '../db/duplicates.repository';
import { serviceByCode } from '../db/service.repository';
import type { ServiceRequest } from '../db/service-request.table';
import { markDuplicate } from '../duplicates/mark-duplicate';
import { actorOf } from '../lifecycle/actor';
import { invalidInput, refusalsAsErrors } from '../lifecycle/change-refused';
import { writeRequests } from '../lifecycle/requests-write';
import { ServiceRequestRef } from './refs';

/** What counts as "the same place" and "recently" when looking for duplicates. */
export const DUPLICATE_RADIUS_METERS = 50;
export const DUPLICATE_WINDOW_DAYS = 30;
const MAX_DUPLICATES = 20;

const READ = { permission: 'requests.read' } as const;

builder.objectFields(ServiceRequestRef, (t) => ({
  version: t.exposeInt('version', {
    description: 'Goes up by one with each change: send it back as `expectedVersion`.',
    authScopes: READ,
  }),
  duplicateOf: t.field({
    type: ServiceRequestRef,
    nullable: true,
    description: 'The original request this one duplicates; null for an original.',
    authScopes: READ,
    resolve: (request) => request.duplicateOfId,
  }),
  duplicates: t.loadableGroup({
    type: ServiceRequestRef,
    description: 'Requests marked as duplicates of this one, oldest first.',
    authScopes: READ,
    load: (ids: string[], { db }) => duplicatesOfRequests(db, ids),
    group: (request) => (request as ServiceRequest).duplicateOfId!,
    resolve: (request) => request.id,
  }),
}));

// Partners look before they file (`requests:write` without `requests:read`): the
// candidate's number, age and distance are theirs to see; the request itself only
// for callers who may read requests.
const LikelyDuplicateRef = builder.objectRef<NearbyRequest>('LikelyDuplicate').implement({
  description: 'An open request of the same service nearby: perhaps the same problem.',
  authScopes: { permission: 'requests.duplicates.read' },
  fields: (t) => ({
    number: t.exposeString('number'),
    requestedAt: t.expose('requestedAt', { type: 'DateTime' }),
    distanceMeters: t.float({
      description: 'From the point asked about, in metres.',
      resolve: (r) => Math.round(r.distanceMeters * 10) / 10,
    }),
    serviceRequest: t.field({
      type: ServiceRequestRef,
      nullable: true,
      description: 'The request; null for callers who may not read requests.',
      authScopes: READ,
      resolve: (r) => r,
    }),
  }),
});

builder.queryFields((t) => ({
  likelyDuplicates: t.field({
    type: [LikelyDuplicateRef],
    description: `Open requests of the service within ${DUPLICATE_RADIUS_METERS} m of the point, requested in the last ${DUPLICATE_WINDOW_DAYS} days, nearest first (at most ${MAX_DUPLICATES}).`,
    authScopes: { permission: 'requests.duplicates.read' },
    args: {
      serviceCode: t.arg.string({ required: true }),
      lon: t.arg.float({ required: true }),
      lat: t.arg.float({ required: true }),
    },
    resolve: (_root, { serviceCode, lon, lat }, ctx) =>
      refusalsAsErrors(async () => {
        if (!Number.isFinite(lon) || Math.abs(lon) > 180) {
          throw invalidInput('lon', 'Longitude must be a number from -180 to 180');
        }
        if (!Number.isFinite(lat) || Math.abs(lat) > 90) {
          throw invalidInput('lat', 'Latitude must be a number from -90 to 90');
        }
        const service = await serviceByCode(ctx.db, serviceCode);
        if (!service) throw invalidInput('serviceCode', `No service ${serviceCode} exists`);
        return nearbyOpenRequests(ctx.db, {
          serviceId: service.id,
          lon,
          lat,
          radiusMeters: DUPLICATE_RADIUS_METERS,
          since: new Date(Date.now() - DUPLICATE_WINDOW_DAYS * 86_400_000),
          limit: MAX_DUPLICATES,
        });
      }),
  }),
}));

const MarkDuplicateInput = builder.inputType('MarkDuplicateInput', {
  fields: (t) => ({
    id: t.id({ required: true, description: 'The request that duplicates another.' }),
    originalId: t.id({
      required: true,
      description: 'The request it duplicates; if that is itself a duplicate, its original.',
    }),
    expectedVersion: t.int({ required: true, description: "The duplicate's version." }),
  }),
});

const MarkDuplicatePayload = builder
  .objectRef<{ duplicate: ServiceRequest; original: ServiceRequest }>('MarkDuplicatePayload')
  .implement({
    authScopes: { permission: 'requests.triage' },
    fields: (t) => ({
      serviceRequest: t.field({
        type: ServiceRequestRef,
        description: 'The duplicate, as marked.',
        resolve: (p) => p.duplicate,
      }),
      original: t.field({
        type: ServiceRequestRef,
        description: 'The root original it now points at.',
        resolve: (p) => p.original,
      }),
    }),
  });

builder.mutationFields((t) => ({
  markDuplicate: t.field({
    type: MarkDuplicatePayload,
    description:
      "Links a request to the original reporting the same problem (both ways), cancels the duplicate's open work orders, and closes it with the original.",
    authScopes: { permission: 'requests.triage' },
    args: { input: t.arg({ type: MarkDuplicateInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      refusalsAsErrors(() => {
        const ids = {
          id: checkedId(input.id, 'id'),
          originalId: checkedId(input.originalId, 'originalId'),
        };
        return writeRequests(ctx.db, actorOf(ctx.caller), (write) =>
          markDuplicate(write, { ...ids, expectedVersion: input.expectedVersion }),
        );
      }),
  }),
}));
