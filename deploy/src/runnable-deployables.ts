import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The deployables the image's entry point (tools/run-deployable.mjs) runs, read from
 * that module itself so every check compares against the one list.
 */
export async function runnableDeployables(): Promise<string[]> {
  const entry = new URL('../../tools/run-deployable.mjs', import.meta.url).href;
  const module = (await import(entry)) as { DEPLOYABLES: string[] };
  return module.DEPLOYABLES;
}
