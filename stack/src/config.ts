import { fileURLToPath } from 'node:url';
import { accessConfig } from '@civicgraph/gateway';
import { configFields, secretField, tracingConfig } from '@civicgraph/platform';
import { subgraphs } from '@civicgraph/schema';
import { z } from 'zod';
import { demoCityConfig } from './demo-city-config';

/**
 * Each subgraph's own variables, checked with the stack's so every bad one is reported
 * at once. Typed as no keys: the stack passes them on, each subgraph parses its own.
 */
const subgraphVariables: Record<never, never> = Object.assign(
  {},
  ...subgraphs.map((subgraph) => subgraph.config?.shape ?? {}),
);

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Configuration of `npm start`: the whole stack in one command. The gateway's access
 * settings (limits, rate limits, Redis, CORS, NODE_ENV) are the same variables as
 * when it runs alone; `production` also requires configured secrets.
 */
export const stackConfig = z
  .object({
    ...accessConfig.shape,
    ...tracingConfig.shape,
    /** Signs the caller the gateway sends each subgraph. Unset in development: made and kept in DATA_DIR. */
    GATEWAY_SIGNING_SECRET: secretField().optional(),
    /** Signs staff access tokens. Unset in development: made and kept in DATA_DIR. */
    ACCESS_TOKEN_SECRET: secretField().optional(),
    /** Unset: an embedded PostgreSQL is started, its data kept in DATA_DIR. */
    DATABASE_URL: configFields.postgresUrl(),
    HOST: configFields.host('127.0.0.1'),
    PORT: configFields.port(4000),
    LOG_LEVEL: configFields.logLevel(),
    /**
     * The embedded cluster is DATA_DIR/postgres; as root, when the `postgres` OS user
     * cannot reach DATA_DIR, that is a link to a cluster under /var/lib/civicgraph.
     */
    DATA_DIR: z.string().min(1).default(`${repositoryRoot}.data`),
    EMBEDDED_PG_PORT: configFields.port(54329),
    /** Name of the database the stack uses on the embedded server. */
    EMBEDDED_PG_DATABASE: z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$/, 'must be a lowercase identifier')
      .default('civicgraph'),
    CONSOLE_DIR: z.string().min(1).default(`${repositoryRoot}console/dist`),
    ...demoCityConfig.shape,
    DB_POOL_MAX: configFields.positiveInt(10),
    /**
     * `spread` (default): the gateway and each subgraph as a process of its own, on as
     * many cores, restarted if one dies; `one`: all of them in this process (less
     * memory, one process to debug or profile).
     */
    STACK_PROCESSES: z
      .enum(['spread', 'one'], { error: 'must be spread or one' })
      .default('spread'),
  })
  .extend(subgraphVariables)
  .superRefine((config, context) => {
    if (config.NODE_ENV !== 'production') return;
    for (const name of ['GATEWAY_SIGNING_SECRET', 'ACCESS_TOKEN_SECRET'] as const) {
      if (!config[name]) {
        context.addIssue({
          code: 'custom',
          path: [name],
          message: 'must be set in production (development secrets are made only outside it)',
        });
      }
    }
  });

export type StackConfig = z.output<typeof stackConfig>;
