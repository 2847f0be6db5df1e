// `pnpm build:services`: the production build of every deployable, what the container
// image runs. One ESM bundle per deployable in dist/<name>/main.mjs with its source map:
// our workspace packages (@civicgraph/*) are bundled, so no TypeScript is compiled at run
// time; third-party packages stay external and are read from node_modules.
//
// pnpm keeps each package's dependencies beside that package, not at the root, so a
// bundle in dist/ could not find what platform/ or gateway/ depend on. Each deployable
// gets dist/<name>/node_modules/<package> links (relative, into node_modules/.pnpm) to
// exactly the versions its bundled code resolved at build time; a production install
// of the same lock file (the image's runtime stage) holds the same targets.

import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { cp, mkdir, readdir, rm, symlink } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { DEPLOYABLES as RUNNABLE } from './run-deployable.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const fromRoot = (...parts) => path.join(root, ...parts);

const SUBGRAPHS = ['requests', 'accounts', 'assets', 'datasets'];

/** Every deployable: its entry, and the subgraph whose migrations it carries. */
const DEPLOYABLES = {
  gateway: { entry: 'gateway/src/main.ts' },
  ...Object.fromEntries(
    SUBGRAPHS.map((name) => [
      name,
      { entry: `subgraphs/${name}/src/main.ts`, migrations: `subgraphs/${name}/src/db/migrations` },
    ]),
  ),
  // Imports each subgraph's compiled migrations from dist/<subgraph>/db/migrations.
  migrate: { entry: 'stack/src/migrate-main.ts', needs: SUBGRAPHS },
};

/**
 * Files our code reads beside itself at run time (`new URL(…, import.meta.url)`). Once
 * bundled, import.meta.url is the bundle's, so each such path is rewritten to where the
 * build puts the file. A workspace file that reads import.meta.url and is not listed
 * here fails the build rather than a deployment.
 */
const RUNTIME_PATHS = [
  ...SUBGRAPHS.map((name) => ({
    // dist/<name>/db/migrations from dist/<name>/ and from dist/migrate/ alike.
    file: `subgraphs/${name}/src/subgraph.ts`,
    from: "'./db/migrations'",
    to: `'../${name}/db/migrations'`,
  })),
  {
    file: 'gateway/src/supergraph.ts',
    from: "'../../schema/supergraph.graphql'",
    to: "'./supergraph.graphql'",
    copy: { from: 'schema/supergraph.graphql', to: 'supergraph.graphql' },
  },
  {
    file: 'gateway/src/config.ts',
    from: "'../persisted-operations.json'",
    to: "'./persisted-operations.json'",
    copy: { from: 'gateway/persisted-operations.json', to: 'persisted-operations.json' },
  },
  {
    file: 'platform/demo-city/src/profile.ts',
    copy: { from: 'platform/demo-city/src/cities', to: 'cities' },
  },
  // createRequire(import.meta.url) resolves packages, which the links below provide.
  { file: 'gateway/src/realtime/graphql-runtime.ts' },
  { file: 'platform/src/database/postgres-binaries.ts' },
  // The compose tool's own paths: computed on import, never read by a deployable.
  { file: 'schema/src/files.ts' },
];

const runtimePathOf = new Map(RUNTIME_PATHS.map((entry) => [fromRoot(entry.file), entry]));

/** The nearest package.json above `file`: the workspace package that owns it. */
function owningPackage(file) {
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) return { dir, manifest: JSON.parse(readFileSync(manifest, 'utf8')) };
  }
  throw new Error(`no package.json above ${file}`);
}

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The directory node would load `name` from when `importer` imports it. */
function packageDirectory(name, importer) {
  for (let dir = path.dirname(importer); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return realpathSync(candidate);
  }
  return null;
}

/**
 * Bundles @civicgraph/* and keeps everything else external, recording which directory
 * each external package came from. Refuses a third-party import that the importing
 * workspace package lists only as a dev dependency (or not at all): the production
 * install would lack it.
 */
function workspaceOnly(externals, problems) {
  return {
    name: 'workspace-only',
    setup(buildApi) {
      buildApi.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('@civicgraph/')) return undefined;
        if (isBuiltin(args.path)) return { path: args.path, external: true };
        const name = packageName(args.path);
        const owner = owningPackage(args.importer);
        const declared = {
          ...owner.manifest.dependencies,
          ...owner.manifest.peerDependencies,
          ...owner.manifest.optionalDependencies,
        };
        if (!(name in declared)) {
          problems.push(
            `${path.relative(root, args.importer)} imports ${name}, which is not in the dependencies of ${owner.manifest.name}`,
          );
        }
        const directory = packageDirectory(name, args.importer);
        if (!directory) problems.push(`${name} (imported by ${args.importer}) is not installed`);
        else {
          const seen = externals.get(name);
          if (seen && seen !== directory) {
            problems.push(
              `${name} resolves to two versions in one bundle: ${seen} and ${directory}`,
            );
          }
          externals.set(name, directory);
        }
        return { path: args.path, external: true };
      });
      buildApi.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        let source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const known = runtimePathOf.get(args.path);
        if (!known) {
          problems.push(
            `${path.relative(root, args.path)} reads import.meta.url: add it to RUNTIME_PATHS in tools/build-services.mjs`,
          );
          return undefined;
        }
        if (known.from) {
          if (!source.includes(known.from)) {
            problems.push(`${known.file} no longer contains ${known.from}: update RUNTIME_PATHS`);
          }
          source = source.replace(known.from, known.to);
        }
        return { contents: source, loader: /\.[cm]?ts$/.test(args.path) ? 'ts' : 'js' };
      });
    },
  };
}

/** esbuild options shared by every bundle. */
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  outExtension: { '.js': '.mjs' },
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
};

/** Links dist/<name>/node_modules/<package> to each external package, relative so the tree moves. */
async function linkExternals(outdir, externals) {
  const modules = path.join(outdir, 'node_modules');
  for (const [name, directory] of [...externals].sort()) {
    const link = path.join(modules, name);
    await mkdir(path.dirname(link), { recursive: true });
    await symlink(path.relative(path.dirname(link), directory), link, 'dir');
  }
}

async function buildDeployable(name, { entry, migrations }) {
  const outdir = path.join(dist, name);
  const externals = new Map();
  const problems = [];
  const plugins = [workspaceOnly(externals, problems)];
  const bundle = await build({
    ...common,
    entryPoints: { main: fromRoot(entry) },
    outdir,
    plugins,
  });
  const inputs = Object.keys(bundle.metafile.inputs).map((input) => path.resolve(root, input));
  if (migrations) {
    // One module per migration, as the subgraph's migration folder expects to import.
    const files = (await readdir(fromRoot(migrations))).filter((f) => f.endsWith('.ts'));
    await build({
      ...common,
      entryPoints: files.map((file) => fromRoot(migrations, file)),
      outdir: path.join(outdir, 'db', 'migrations'),
      plugins,
    });
  }
  for (const input of inputs) {
    const copy = runtimePathOf.get(input)?.copy;
    if (copy) await cp(fromRoot(copy.from), path.join(outdir, copy.to), { recursive: true });
  }
  if (problems.length > 0) {
    throw new Error(`${name}:\n  ${[...new Set(problems)].join('\n  ')}`);
  }
  await linkExternals(outdir, externals);
  return [...externals.keys()].sort();
}

async function main() {
  const unbuilt = RUNNABLE.filter((name) => !DEPLOYABLES[name]);
  const unrunnable = Object.keys(DEPLOYABLES).filter((name) => !RUNNABLE.includes(name));
  if (unbuilt.length + unrunnable.length > 0) {
    throw new Error(
      `tools/run-deployable.mjs and this build disagree: not built ${unbuilt}, not runnable ${unrunnable}`,
    );
  }
  const only = process.argv.slice(2);
  for (const name of only) {
    if (!DEPLOYABLES[name]) throw new Error(`unknown deployable ${name}`);
  }
  const asked = only.length > 0 ? only : Object.keys(DEPLOYABLES);
  const names = [...new Set(asked.flatMap((name) => [name, ...(DEPLOYABLES[name].needs ?? [])]))];
  for (const name of names) await rm(path.join(dist, name), { recursive: true, force: true });
  const started = performance.now();
  const built = await Promise.all(
    names.map(async (name) => [name, await buildDeployable(name, DEPLOYABLES[name])]),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const [name, externals] of built) {
    console.log(`dist/${name}/main.mjs  (${externals.length} packages linked)`);
  }
  console.log(`built in ${seconds} s`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
