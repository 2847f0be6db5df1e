import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { AnySubgraph } from '@civicgraph/platform';
import { buildASTSchema, parse, printSchema } from 'graphql';

export interface Composition {
  supergraphSdl: string;
  /** The public API schema, what clients see: the supergraph without its join__/link__ machinery. */
  apiSdl: string;
  /** Printed SDL of each subgraph, by name. */
  subgraphSdls: Record<string, string>;
}

/** Thrown when the subgraphs do not compose; carries every composition error. */
export class CompositionError extends Error {
  constructor(readonly errors: readonly Error[]) {
    super(`The subgraphs do not compose:\n${errors.map((e) => `  - ${e.message}`).join('\n')}`);
    this.name = 'CompositionError';
  }
}

/**
 * The URL in the supergraph is a placeholder: where a subgraph runs is decided at
 * deploy time, and the gateway maps each subgraph name to its real URL.
 */
export function placeholderUrl(name: string) {
  return `http://${name}.subgraph.invalid/graphql`;
}

/** Composes the subgraphs' schemas as the code defines them right now. */
export function composeSupergraph(subgraphs: AnySubgraph[]): Composition {
  const subgraphSdls = Object.fromEntries(
    subgraphs.map((s) => [s.name, `${printSubgraphSchema(s.buildSchema()).trim()}\n`]),
  );
  const result = composeServices(
    subgraphs.map((s) => ({
      name: s.name,
      url: placeholderUrl(s.name),
      typeDefs: parse(subgraphSdls[s.name]!),
    })),
  );
  if (result.errors) throw new CompositionError(result.errors);
  // Through the AST rather than toGraphQLJSSchema(): composition's graphql objects may
  // come from another copy of the module (CommonJS beside ESM under vitest).
  const apiSchema = buildASTSchema(result.schema.toAPISchema().toAST());
  return {
    supergraphSdl: `${result.supergraphSdl.trim()}\n`,
    apiSdl: `${printSchema(apiSchema).trim()}\n`,
    subgraphSdls,
  };
}
