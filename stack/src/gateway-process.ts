// Test helper: imported by test files only.

import { TEST_SECRETS } from '@civicgraph/platform/testing';
import { ServiceProcess } from './service-process';
import type { RunningStack } from './start-stack';

export interface GatewayProcessOptions {
  /** More environment over the defaults below (OUTBOX_DATABASE_URL, …). */
  env?: Record<string, string>;
  /** Modules node loads before the gateway (`--import`): hooks a test installs. */
  imports?: string[];
}

/**
 * The gateway as its own process (what its container runs: gateway/src/main.ts) in
 * front of a running stack's subgraphs, with the test secrets.
 */
export class GatewayProcess extends ServiceProcess {
  constructor(stack: RunningStack, options: GatewayProcessOptions = {}) {
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
    });
  }
}
