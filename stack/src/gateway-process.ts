// Test helper: imported by test files only.

import { TEST_SECRETS } from '@civicgraph/platform/testing';
import { ServiceProcess } from './service-process';

export interface GatewayProcessOptions {
  /** More environment over the defaults below (OUTBOX_DATABASE_URL, …). */
  env?: Record<string, string>;
  /** Modules node loads before the gateway (`--import`): hooks a test installs. */
  imports?: string[];
  /** Node's own flags (`--cpu-prof`: benchmarks). */
  nodeFlags?: string[];
}

/** The subgraphs a gateway process is put in front of: a running stack's, say. */
export interface GatewaySubgraphs {
  subgraphs: ReadonlyArray<{ name: string; url: string }>;
}

/**
 * The gateway as its own process (what its container runs: gateway/src/main.ts) in
 * front of running subgraphs, with the test secrets (tests and benchmarks).
 */
export class GatewayProcess extends ServiceProcess {
  constructor(stack: GatewaySubgraphs, options: GatewayProcessOptions = {}) {
    super('gateway', {
      env: {
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'info',
        GATEWAY_SIGNING_SECRET: TEST_SECRETS.callerSigning,
        ACCESS_TOKEN_SECRET: TEST_SECRETS.accessToken,
        ...Object.fromEntries(stack.subgraphs.map((s) => [`${s.name.toUpperCase()}_URL`, s.url])),
        ...options.env,
      },
      ...(options.imports ? { imports: options.imports } : {}),
      ...(options.nodeFlags ? { nodeFlags: options.nodeFlags } : {}),
    });
  }
}
