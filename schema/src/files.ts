import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Composition } from './compose';

/** Where the checked-in schema files live: the `schema/` folder of the repository. */
const folder = fileURLToPath(new URL('..', import.meta.url));

export const supergraphPath = `${folder}supergraph.graphql`;
/** The public API schema, which the console's GraphQL Code Generator reads. */
export const apiSchemaPath = `${folder}api.graphql`;
const subgraphPath = (name: string) => `${folder}${name}.graphql`;

export function writeComposition(composition: Composition) {
  writeFileSync(supergraphPath, composition.supergraphSdl);
  writeFileSync(apiSchemaPath, composition.apiSdl);
  for (const [name, sdl] of Object.entries(composition.subgraphSdls)) {
    writeFileSync(subgraphPath(name), sdl);
  }
}

/** Names of the checked-in files that differ from a fresh composition. */
export function driftedFiles(composition: Composition) {
  const expected: Array<[string, string]> = [
    [supergraphPath, composition.supergraphSdl],
    [apiSchemaPath, composition.apiSdl],
    ...Object.entries(composition.subgraphSdls).map(([name, sdl]): [string, string] => [
      subgraphPath(name),
      sdl,
    ]),
  ];
  return expected
    .filter(([path, sdl]) => !existsSync(path) || readFileSync(path, 'utf8') !== sdl)
    .map(([path]) => path.slice(folder.length));
}
