import { ConfigError, loadConfig } from '@civicgraph/platform';
import { describe, expect, it } from 'vitest';
import { accessOptionsFromConfig, resolveAccessOptions } from '../src';
import { accessConfig } from '../src/config';

describe('access config', () => {
  it('has a default for every setting, the dev server origin outside production', () => {
    const options = accessOptionsFromConfig(loadConfig(accessConfig, {}));
    expect(options.production).toBe(false);
    expect(options.limits).toEqual({
      maxDepth: 12,
      maxAliases: 30,
      maxRootFields: 10,
      maxDirectives: 50,
      maxTokens: 2000,
      maxCost: 20_000,
      maxBodyBytes: 65_536,
      maxUploadBytes: 268_435_456,
    });
    expect(options.rateLimits.redisUrl).toBeNull();
    expect(options.corsOrigins).toEqual(['http://localhost:5173']);
    const production = accessOptionsFromConfig(
      loadConfig(accessConfig, { NODE_ENV: 'production' }),
    );
    expect(production.corsOrigins).toEqual([]);
  });

  it('reads a comma-separated origin list and the numbers as numbers', () => {
    const options = accessOptionsFromConfig(
      loadConfig(accessConfig, {
        CORS_ORIGINS: 'https://a.example, https://b.example:8443/',
        MAX_QUERY_COST: '500',
        REDIS_URL: 'redis://cache:6379',
      }),
    );
    expect(options.corsOrigins).toEqual(['https://a.example', 'https://b.example:8443']);
    expect(options.limits.maxCost).toBe(500);
    expect(options.rateLimits.redisUrl).toBe('redis://cache:6379');
  });

  it('reports every bad setting at once', () => {
    let error: unknown;
    try {
      loadConfig(accessConfig, {
        CORS_ORIGINS: 'https://a.example,not-an-origin',
        MAX_QUERY_DEPTH: '0',
        REDIS_URL: 'http://cache',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.variable).sort()).toEqual([
      'CORS_ORIGINS',
      'MAX_QUERY_DEPTH',
      'REDIS_URL',
    ]);
  });

  it('lays settings given in code over the defaults, group by group', () => {
    const options = resolveAccessOptions({ production: true, limits: { maxDepth: 3 } });
    expect(options.limits.maxDepth).toBe(3);
    expect(options.limits.maxCost).toBe(20_000);
    expect(options.corsOrigins).toEqual([]);
  });
});
