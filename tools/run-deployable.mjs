#!/usr/bin/env node
// The container image's entry point: `node tools/run-deployable.mjs <name>` runs one
// deployable's production build (dist/<name>/main.mjs, made by `pnpm build:services`)
// in this very process, so the signals a container runtime sends reach its handlers.

import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** What the image runs, one per container; tools/build-services.mjs builds each. */
export const DEPLOYABLES = ['gateway', 'requests', 'accounts', 'assets', 'datasets', 'migrate'];

const USAGE = `usage: run-deployable <${DEPLOYABLES.join('|')}>
  gateway    the federated GraphQL gateway (and the console, with CONSOLE_DIR)
  requests   accounts   assets   datasets   one subgraph each
  migrate    migrates every subgraph's schema on DATABASE_URL, then exits`;

async function main(args) {
  const [name, ...rest] = args;
  if (!name || rest.length > 0 || !DEPLOYABLES.includes(name)) {
    console.error(
      name && !DEPLOYABLES.includes(name) ? `unknown deployable "${name}"\n${USAGE}` : USAGE,
    );
    process.exit(2);
  }
  const bundle = new URL(`../dist/${name}/main.mjs`, import.meta.url);
  if (!existsSync(bundle)) {
    console.error(`${bundle.pathname} is missing: run \`pnpm build:services\` first`);
    process.exit(1);
  }
  await import(bundle.href);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
