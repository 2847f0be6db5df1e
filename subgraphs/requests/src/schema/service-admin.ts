import { type Caller, checkedId, type PeerGraph, PeerUnavailable } from '@civicgraph/platform';
import { GraphQLError } from 'graphql';
import { builder } from '../builder';
import { createService, editService, retireService } from '../catalog/manage-service';
import type { Service } from '../db/service.table';
import { refusalsAsErrors } from '../lifecycle/change-refused';
import { ServiceRef } from './refs';
import { AttributeDatatypeEnum } from './service-catalog';
import { WorkOrderPriorityEnum } from './work-order';

// The catalog's administration: ADMIN only (services.manage). Services are not audited
// in change_log (that trail is for requests and work); their requests keep the service
// as it was through the answers and SLA copied onto them.
const MANAGE = { permission: 'services.manage' } as const;

const BilingualTextInput = builder.inputType('BilingualTextInput', {
  description: 'The same text in English and Spanish, both required.',
  fields: (t) => ({ en: t.string({ required: true }), es: t.string({ required: true }) }),
});

const ServiceAttributeValueInput = builder.inputType('ServiceAttributeValueInput', {
  fields: (t) => ({
    key: t.string({ required: true }),
    name: t.field({ type: BilingualTextInput, required: true }),
  }),
});

const ServiceAttributeInput = builder.inputType('ServiceAttributeInput', {
  description: 'An Open311 attribute; the list order is the order it is asked in.',
  fields: (t) => ({
    code: t.string({ required: true }),
    datatype: t.field({ type: AttributeDatatypeEnum, required: true }),
    required: t.boolean({ required: true }),
    variable: t.boolean({ defaultValue: true, description: 'False: information only.' }),
    description: t.field({ type: BilingualTextInput, required: true }),
    values: t.field({ type: [ServiceAttributeValueInput], description: 'List choices.' }),
  }),
});

const ResolutionCodeInput = builder.inputType('ResolutionCodeInput', {
  fields: (t) => ({
    code: t.string({ required: true }),
    name: t.field({ type: BilingualTextInput, required: true }),
  }),
});

const CreateServiceInput = builder.inputType('CreateServiceInput', {
  fields: (t) => ({
    code: t.string({ required: true, description: 'Unique, never changes: POTHOLE.' }),
    departmentId: t.id({ required: true, description: 'A department accounts knows.' }),
    group: t.field({ type: BilingualTextInput, required: true }),
    name: t.field({ type: BilingualTextInput, required: true }),
    description: t.field({ type: BilingualTextInput, required: true }),
    keywords: t.stringList(),
    slaHours: t.int({ required: true }),
    slaBusinessHours: t.boolean({ defaultValue: false }),
    defaultPriority: t.field({ type: WorkOrderPriorityEnum, defaultValue: 'NORMAL' }),
    locationSensitive: t.boolean({ defaultValue: false }),
    assetTypeCode: t.string(),
    attributes: t.field({ type: [ServiceAttributeInput] }),
    resolutionCodes: t.field({
      type: [ResolutionCodeInput],
      description: 'Default: RESOLVED alone.',
    }),
  }),
});

const UpdateServiceInput = builder.inputType('UpdateServiceInput', {
  description:
    'The fields to change; the code cannot. Attributes and resolution codes, when given, ' +
    'replace the lists.',
  fields: (t) => ({
    id: t.id({ required: true }),
    departmentId: t.id(),
    group: t.field({ type: BilingualTextInput }),
    name: t.field({ type: BilingualTextInput }),
    description: t.field({ type: BilingualTextInput }),
    keywords: t.stringList(),
    slaHours: t.int(),
    slaBusinessHours: t.boolean(),
    defaultPriority: t.field({ type: WorkOrderPriorityEnum }),
    locationSensitive: t.boolean(),
    assetTypeCode: t.string({ description: 'null clears it.' }),
    attributes: t.field({ type: [ServiceAttributeInput] }),
    resolutionCodes: t.field({ type: [ResolutionCodeInput] }),
  }),
});

const RetireServiceInput = builder.inputType('RetireServiceInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
});

function servicePayload(name: string) {
  return builder.objectRef<Service>(name).implement({
    authScopes: MANAGE,
    fields: (t) => ({ service: t.field({ type: ServiceRef, resolve: (service) => service }) }),
  });
}

/** Asks accounts (as the admin) whether the department exists. */
function departmentCheck(peers: PeerGraph, caller: Caller) {
  return async (id: string) => {
    try {
      const answer = await peers.query<{ department: { id: string } | null }>(
        'accounts',
        'query ($id: ID) { department(id: $id) { id } }',
        { id },
        caller,
      );
      return answer.department !== null;
    } catch (error) {
      if (!(error instanceof PeerUnavailable)) throw error;
      throw new GraphQLError('The department cannot be confirmed now: accounts did not answer', {
        extensions: { code: 'PEER_UNAVAILABLE', field: 'departmentId' },
      });
    }
  };
}

builder.mutationFields((t) => ({
  createService: t.field({
    type: servicePayload('CreateServicePayload'),
    description: 'Adds a service to the catalog; a code in use is SERVICE_CODE_TAKEN.',
    authScopes: MANAGE,
    args: { input: t.arg({ type: CreateServiceInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      refusalsAsErrors(() => createService(ctx.db, input, departmentCheck(ctx.peers, ctx.caller))),
  }),
  updateService: t.field({
    type: servicePayload('UpdateServicePayload'),
    description: 'Edits a service; its code never changes.',
    authScopes: MANAGE,
    args: { input: t.arg({ type: UpdateServiceInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      refusalsAsErrors(() =>
        editService(
          ctx.db,
          checkedId(input.id, 'id'),
          input,
          departmentCheck(ctx.peers, ctx.caller),
        ),
      ),
  }),
  retireService: t.field({
    type: servicePayload('RetireServicePayload'),
    description:
      'Stops a service taking requests (SERVICE_RETIRED at intake); its requests and ' +
      'history stay, and services(includeInactive: true) still lists it.',
    authScopes: MANAGE,
    args: { input: t.arg({ type: RetireServiceInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      refusalsAsErrors(() => retireService(ctx.db, checkedId(input.id, 'id'))),
  }),
}));
