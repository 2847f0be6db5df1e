import type { AnySubgraph } from '@civicgraph/platform';
import SchemaBuilder from '@pothos/core';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import { describe, expect, it } from 'vitest';
import { CompositionError, composeSupergraph, driftedFiles, subgraphs } from '../src';

describe('composition', () => {
  it('composes the four subgraphs, and the checked-in files match the code', () => {
    const composition = composeSupergraph(subgraphs);
    expect(Object.keys(composition.subgraphSdls).sort()).toEqual([
      'accounts',
      'assets',
      'datasets',
      'requests',
    ]);
    // WorkOrder is owned by requests and extended by assets.
    expect(composition.supergraphSdl).toMatch(
      /type WorkOrder\s+@join__type\(graph: ASSETS, key: "id", extension: true\)\s+@join__type\(graph: REQUESTS, key: "id"\)/,
    );
    // The API schema is what clients see: the merged WorkOrder, no federation machinery.
    expect(composition.apiSdl).toMatch(
      /type WorkOrder \{[^}]*\n {2}asset: Asset\n[^}]*\n {2}dueAt: DateTime!\n/,
    );
    expect(composition.apiSdl).not.toMatch(/join__|link__|@key|@external/);
    expect(driftedFiles(composition)).toEqual([]);
  });

  it('reports every composition error when a subgraph breaks the graph', () => {
    // A subgraph that redefines GeoPoint without @shareable must not compose.
    const builder = new SchemaBuilder<{ DefaultFieldNullability: false }>({
      plugins: [DirectivePlugin, FederationPlugin],
      defaultFieldNullability: false,
      // Scope-auth's option types are global once any package loads the plugin.
      scopeAuth: { authScopes: () => ({}) },
    });
    const GeoPoint = builder.objectRef<{ lon: number; lat: number }>('GeoPoint').implement({
      fields: (t) => ({ lon: t.exposeFloat('lon'), lat: t.exposeFloat('lat') }),
    });
    builder.queryType({
      fields: (t) => ({
        somewhere: t.field({ type: GeoPoint, resolve: () => ({ lon: 0, lat: 0 }) }),
      }),
    });
    const rogue = {
      name: 'rogue',
      buildSchema: () => builder.toSubGraphSchema({}),
    } as unknown as AnySubgraph;

    expect(() => composeSupergraph([...subgraphs, rogue])).toThrowError(CompositionError);
    try {
      composeSupergraph([...subgraphs, rogue]);
    } catch (error) {
      expect((error as CompositionError).message).toMatch(/GeoPoint\.lon/);
      expect((error as CompositionError).errors.length).toBeGreaterThan(0);
    }
  });
});
