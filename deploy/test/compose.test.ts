import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runnableDeployables } from '../src/runnable-deployables';

// deploy/compose.yaml read the way Compose reads it (YAML merge keys included): the
// services it needs, their order, the proxy in front of both gateways, no inline secret.
const folder = fileURLToPath(new URL('../', import.meta.url));

interface Service {
  image?: string;
  command?: string[];
  environment?: Record<string, string | null>;
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  healthcheck?: unknown;
}

const compose = parse(readFileSync(path.join(folder, 'compose.yaml'), 'utf8'), {
  merge: true,
}) as { services: Record<string, Service> };
const services = compose.services;
const ours = Object.entries(services).filter(([, s]) => s.image?.startsWith('civicgraph'));
const deployableOf = (service: Service) => service.command?.[0];
const proxyConfig = path.join(folder, services.proxy?.volumes?.[0]?.split(':')[0] ?? '');
const haproxyInstalled = !spawnSync('haproxy', ['-v']).error;

describe('deploy/compose.yaml', () => {
  it('runs PostgreSQL, Redis, the migration job, four subgraphs and two gateways behind a proxy', async () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['postgres', 'redis', 'proxy']));
    const deployables = await runnableDeployables();
    const run = ours.map(([, s]) => deployableOf(s));
    for (const name of run) expect(deployables).toContain(name);
    expect(run.filter((n) => n === 'gateway')).toHaveLength(2);
    expect(new Set(run)).toEqual(new Set(deployables));
  });

  it('names only services that exist in depends_on, and starts subgraphs after the migration', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const dependency of Object.keys(service.depends_on ?? {})) {
        expect(Object.keys(services), `${name} depends on ${dependency}`).toContain(dependency);
      }
    }
    for (const [name, service] of ours) {
      const deployable = deployableOf(service);
      if (deployable === 'migrate' || deployable === 'gateway') continue;
      expect(service.depends_on?.migrate?.condition, name).toBe('service_completed_successfully');
    }
    expect(services.migrate?.depends_on?.postgres?.condition).toBe('service_healthy');
  });

  it('takes every secret from the environment file, never a value written here', () => {
    const secretName = /SECRET|PASSWORD|TOKEN|DATABASE_URL/;
    const found: string[] = [];
    for (const [name, service] of Object.entries(services)) {
      for (const [variable, value] of Object.entries(service.environment ?? {})) {
        if (!secretName.test(variable)) continue;
        found.push(`${name}.${variable}`);
        expect(value, `${name}.${variable}`).toMatch(/^\$\{[A-Z_]+(:\?[^}]*)?\}$/);
      }
    }
    expect(found.length).toBeGreaterThan(0);
    // Each reference is listed in the example environment file.
    const example = readFileSync(path.join(folder, 'env.example'), 'utf8');
    const referenced = new Set(
      Object.values(services).flatMap((s) =>
        Object.values(s.environment ?? {}).flatMap((v) =>
          [...String(v).matchAll(/\$\{([A-Z_]+):\?/g)].map((m) => m[1]!),
        ),
      ),
    );
    for (const variable of referenced) expect(example).toMatch(new RegExp(`^${variable}=`, 'm'));
  });

  it('balances over both gateways with health checks in the proxy configuration', () => {
    expect(existsSync(proxyConfig), proxyConfig).toBe(true);
    const config = readFileSync(proxyConfig, 'utf8');
    const gateways = ours.filter(([, s]) => deployableOf(s) === 'gateway').map(([name]) => name);
    const servers = [...config.matchAll(/^\s*server\s+\S+\s+([\w-]+):(\d+)/gm)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(servers.map(([host]) => host).sort()).toEqual(gateways.sort());
    for (const [, port] of servers) expect(port).toBe('4000');
    expect(config).toMatch(/option httpchk GET \/health\/ready\n/);
    expect(config).toMatch(/http-check expect status 200\n/);
    expect(config).toMatch(/default-server[^\n]*\bcheck\b/);
    expect(services.proxy?.depends_on).toEqual(
      Object.fromEntries(gateways.map((g) => [g, { condition: 'service_healthy' }])),
    );
  });

  it.skipIf(!haproxyInstalled)(
    'is a configuration HAProxy accepts (skipped: no haproxy on PATH)',
    () => {
      // Outside compose the gateways' names do not resolve: a warning, not an error.
      execFileSync('haproxy', ['-c', '-f', proxyConfig], { stdio: 'pipe' });
    },
  );
});
