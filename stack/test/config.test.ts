import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '@civicgraph/platform';
import { describe, expect, it } from 'vitest';
import { stackConfig } from '../src/config';

describe('stack configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig(stackConfig, {});
    expect(config.PORT).toBe(4000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DEMO_REQUESTS).toBe(5000);
    expect(config.STACK_PROCESSES).toBe('spread');
  });

  it('runs the services in one process or spread over the cores, nothing else', () => {
    expect(loadConfig(stackConfig, { STACK_PROCESSES: 'one' }).STACK_PROCESSES).toBe('one');
    expect(() => loadConfig(stackConfig, { STACK_PROCESSES: 'many' })).toThrow(
      'STACK_PROCESSES: must be spread or one',
    );
  });

  it('reports every bad variable at once, by name', () => {
    let error: unknown;
    try {
      loadConfig(stackConfig, {
        PORT: 'eighty',
        DATABASE_URL: 'mysql://db/x',
        DEMO_REQUESTS: '-3',
        CITY: 'atlantis',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map((p) => p.variable).sort();
    expect(problems).toEqual(['CITY', 'DATABASE_URL', 'DEMO_REQUESTS', 'PORT']);
    expect((error as ConfigError).message).toContain('PORT: must be a port number');
    expect((error as ConfigError).message).toContain('DATABASE_URL: must be a postgres://');
    expect((error as ConfigError).message).toContain(
      'CITY: must be one of the city profiles: phoenix',
    );
  });

  it('stops the start command before it touches anything, naming the variable', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: { ...process.env, PORT: '99999', LOG_LEVEL: 'chatty' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT: must be between 0 and 65535');
    expect(result.stderr).toContain('LOG_LEVEL: must be one of');
  });
});
