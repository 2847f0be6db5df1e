import { ConfigError, loadConfig, subgraphProcessConfig } from '@civicgraph/platform';
import { requestsSubgraph } from '../src/index';

/** The requests process's variables, as `runSubgraphProcess` checks them. */
const processConfig = subgraphProcessConfig.extend(requestsSubgraph.config!.shape);

/** The smallest environment the process starts with. */
const minimalEnv = {
  DATABASE_URL: 'postgres://localhost/x',
  GATEWAY_SIGNING_SECRET: 'g'.repeat(40),
  ACCESS_TOKEN_SECRET: 'a'.repeat(40),
};

/** The process config loaded from the minimal environment plus `variables`. */
export function loadProcessConfig(variables: Record<string, string> = {}) {
  return loadConfig(processConfig, { ...minimalEnv, ...variables });
}

/** The variables a ConfigError names for this environment, sorted; [] when it loads. */
export function refusedVariables(variables: Record<string, string>): string[] {
  try {
    loadProcessConfig(variables);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems.map((p) => p.variable).sort();
  }
}
