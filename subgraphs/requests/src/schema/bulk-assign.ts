import { builder } from '../builder';
import type { BulkItemResult } from '../lifecycle/bulk-assign';
import { changeRefusalCodes } from '../lifecycle/change-refused';
import { ChangeActorRef, type ChangeActorShape } from './change-actor';
import { WorkOrderRef } from './refs';
import { WorkOrderStatusEnum } from './work-order';

const ASSIGN = { permission: 'work-orders.assign' } as const;

export const WorkOrderVersionInput = builder.inputType('WorkOrderVersionInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
  }),
});

const WorkOrderChangeErrorCodeEnum = builder.enumType('WorkOrderChangeErrorCode', {
  values: [...changeRefusalCodes, 'NOT_APPLIED'] as const,
  description:
    'Why a change was refused, as single mutations say in extensions.code; NOT_APPLIED: another item of the same bulk was refused, so nothing was applied.',
});

type ItemError = NonNullable<BulkItemResult['error']>;

const detail = <T>(error: ItemError, key: string) => (error.details[key] ?? null) as T | null;

const WorkOrderChangeErrorRef = builder.objectRef<ItemError>('WorkOrderChangeError').implement({
  authScopes: ASSIGN,
  fields: (t) => ({
    code: t.expose('code', { type: WorkOrderChangeErrorCodeEnum }),
    message: t.exposeString('message'),
    field: t.string({
      nullable: true,
      description: 'BAD_USER_INPUT: the input field to change.',
      resolve: (error) => detail<string>(error, 'field'),
    }),
    currentVersion: t.int({
      nullable: true,
      description: 'CONFLICT: the version the work order is at.',
      resolve: (error) => detail<number>(error, 'currentVersion'),
    }),
    lastChangedBy: t.field({
      type: ChangeActorRef,
      nullable: true,
      description: 'CONFLICT: who changed it last.',
      resolve: (error) => detail<ChangeActorShape>(error, 'lastChangedBy'),
    }),
    lastChangedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (error) => {
        const at = detail<string>(error, 'lastChangedAt');
        return at ? new Date(at) : null;
      },
    }),
    from: t.field({
      type: WorkOrderStatusEnum,
      nullable: true,
      description: 'INVALID_TRANSITION: the status it is in.',
      resolve: (error) => detail(error, 'from'),
    }),
    to: t.field({
      type: WorkOrderStatusEnum,
      nullable: true,
      description: 'INVALID_TRANSITION: the status it cannot reach from there.',
      resolve: (error) => detail(error, 'to'),
    }),
  }),
});

export const BulkAssignResultRef = builder.objectRef<BulkItemResult>('BulkAssignResult').implement({
  authScopes: ASSIGN,
  fields: (t) => ({
    id: t.exposeID('id'),
    workOrder: t.field({
      type: WorkOrderRef,
      nullable: true,
      description: 'As assigned; null when nothing was applied.',
      resolve: (result) => result.workOrder,
    }),
    error: t.field({
      type: WorkOrderChangeErrorRef,
      nullable: true,
      resolve: (result) => result.error,
    }),
  }),
});
