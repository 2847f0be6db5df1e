import { createSubgraphBuilder, type SubgraphContext } from '@civicgraph/platform';
import type { RequestsDatabase } from './db/database';

export const { builder, LocaleEnum, bilingualText } =
  createSubgraphBuilder<SubgraphContext<RequestsDatabase>>();

/** The builder's type set, for helpers that define fields outside a type's own call. */
export type RequestsTypes =
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
export type InputFields = PothosSchemaTypes.InputFieldBuilder<RequestsTypes, 'InputObject'>;

// Intake, the lifecycle of work orders, the catalog's administration.
builder.mutationType({});
