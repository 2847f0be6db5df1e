import { ConfigError } from '../config/load-config';

/**
 * Runs a process's start-up; a failure ends the process with a readable message
 * (a bad configuration is printed as the list of bad variables, not a stack).
 */
export function runMain(main: () => Promise<unknown>) {
  main().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}
