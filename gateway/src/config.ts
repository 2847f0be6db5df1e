import { configFields, secretField } from '@civicgraph/platform';
import { z } from 'zod';
import { DEFAULT_SUPERGRAPH_PATH } from './supergraph';

/** The gateway run as its own process, in front of subgraphs run elsewhere. */
export const gatewayConfig = z.object({
  HOST: configFields.host('0.0.0.0'),
  PORT: configFields.port(4000),
  LOG_LEVEL: configFields.logLevel(),
  ACCOUNTS_URL: configFields.httpUrl(),
  ASSETS_URL: configFields.httpUrl(),
  DATASETS_URL: configFields.httpUrl(),
  REQUESTS_URL: configFields.httpUrl(),
  /** The composed supergraph to serve (`pnpm compose` writes schema/supergraph.graphql). */
  SUPERGRAPH_PATH: z.string().min(1).default(DEFAULT_SUPERGRAPH_PATH),
  /** The console's production build; unset serves the API only. */
  CONSOLE_DIR: z.string().min(1).optional(),
  /** Signs the caller sent to every subgraph; each subgraph has the same one. */
  GATEWAY_SIGNING_SECRET: secretField(),
  /** Checks staff access tokens; accounts signs them with the same one. */
  ACCESS_TOKEN_SECRET: secretField(),
});
