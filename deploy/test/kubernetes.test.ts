import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kubectlKustomize } from '../src/kubectl-kustomize';
import { schemaProblems } from '../src/kubernetes-schemas';
import {
  type KubernetesObject,
  podContainers,
  podTemplate,
  renderKustomization,
} from '../src/render-kustomization';
import { runnableDeployables } from '../src/runnable-deployables';

// deploy/k8s rendered by `kubectl kustomize` (or, where kubectl is not installed, by
// our renderer of the same subset), each object checked against the Kubernetes API
// schema and against our own rules.
const k8s = fileURLToPath(new URL('../k8s/', import.meta.url));
const rendered = renderKustomization(k8s);
const fromKubectl = kubectlKustomize(k8s);
const objects = fromKubectl ?? rendered;
const byName = (list: KubernetesObject[]) =>
  Object.fromEntries(list.map((o) => [`${o.kind}/${o.metadata.name}`, o]));
const ofKind = (kind: string) => objects.filter((o) => o.kind === kind);
const deployments = ofKind('Deployment');
const workloads = [...deployments, ...ofKind('Job')];

/** Secrets (name → keys) that deploy/k8s/README.md documents as created outside this tree. */
function documentedSecrets() {
  const readme = readFileSync(`${k8s}README.md`, 'utf8');
  const secrets = new Map<string, Set<string>>();
  for (const section of readme.split(/^## /m).slice(1)) {
    const name = /^Secret `([^`]+)`/.exec(section)?.[1];
    if (!name) continue;
    const keys = [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!);
    secrets.set(name, new Set(keys));
  }
  return secrets;
}

function selects(selector: Record<string, string> | undefined, labels: Record<string, string>) {
  const entries = Object.entries(selector ?? {});
  return entries.length > 0 && entries.every(([key, value]) => labels[key] === value);
}

function podLabels(object: KubernetesObject) {
  return podTemplate(object)?.metadata?.labels ?? {};
}

describe('deploy/k8s', () => {
  it.skipIf(!fromKubectl)('renders as kubectl kustomize does (skipped: no kubectl on PATH)', () => {
    expect(byName(rendered)).toEqual(byName(fromKubectl!));
  });

  it('renders the kinds a deployment needs', () => {
    const kinds = new Set(objects.map((o) => o.kind));
    for (const kind of [
      'Deployment',
      'Service',
      'Job',
      'PodDisruptionBudget',
      'HorizontalPodAutoscaler',
      'ConfigMap',
    ]) {
      expect(kinds).toContain(kind);
    }
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(
      ['accounts', 'assets', 'datasets', 'gateway', 'requests'].sort(),
    );
  });

  it('is valid against the Kubernetes API schemas', () => {
    const problems = objects.flatMap((o) =>
      schemaProblems(o).map((p) => `${o.kind}/${o.metadata.name}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('runs a deployable the image knows in every container, as non-root, with resources', async () => {
    const deployables = await runnableDeployables();
    for (const workload of workloads) {
      expect(
        podTemplate(workload)?.spec.securityContext?.runAsNonRoot,
        workload.metadata.name,
      ).toBe(true);
      for (const container of podContainers(workload)) {
        expect(deployables).toContain(container.args?.[0]);
        expect(container.resources?.requests, container.name).toBeDefined();
      }
    }
    expect(podContainers(ofKind('Job')[0]!)[0]?.args).toEqual(['migrate']);
  });

  it('gives every Deployment readiness and liveness probes on a port its container exposes', () => {
    for (const deployment of deployments) {
      for (const container of podContainers(deployment)) {
        const exposed = (container.ports ?? []).flatMap((p) => [p.name, p.containerPort]);
        for (const probe of [container.readinessProbe, container.livenessProbe]) {
          expect(probe, `${deployment.metadata.name} lacks a probe`).toBeDefined();
          const port = probe?.httpGet?.port ?? probe?.tcpSocket?.port;
          expect(exposed, `${deployment.metadata.name} probes port ${port}`).toContain(port);
        }
        // A gateway is ready while it serves (it serves partial data with a subgraph
        // down); a subgraph only with its database, which its /health includes.
        expect(container.readinessProbe?.httpGet?.path).toBe(
          deployment.metadata.name === 'gateway' ? '/health/ready' : '/health',
        );
        if (deployment.metadata.name === 'gateway') {
          expect(container.lifecycle?.preStop?.exec?.command).toEqual(['sleep', '5']);
        }
      }
    }
  });

  it('references every secret, documented, and inlines none', () => {
    const documented = documentedSecrets();
    const referenced = workloads.flatMap((w) =>
      podContainers(w).flatMap((c) =>
        (c.env ?? []).flatMap((e) => (e.valueFrom?.secretKeyRef ? [e.valueFrom.secretKeyRef] : [])),
      ),
    );
    expect(referenced.length).toBeGreaterThan(0);
    for (const ref of referenced) {
      expect(documented.get(ref.name), `Secret ${ref.name} is not in k8s/README.md`).toBeDefined();
      expect([...(documented.get(ref.name) ?? [])]).toContain(ref.key);
    }
    expect(ofKind('Secret')).toEqual([]);
    for (const workload of workloads) {
      for (const container of podContainers(workload)) {
        const inlined = (container.env ?? []).filter(
          (e) =>
            /SECRET|TOKEN|PASSWORD|DATABASE_URL|REDIS_URL/.test(e.name) && e.value !== undefined,
        );
        expect(inlined.map((e) => e.name)).toEqual([]);
      }
    }
  });

  it('refers only to ConfigMaps it renders', () => {
    const configMaps = ofKind('ConfigMap').map((c) => c.metadata.name);
    for (const container of workloads.flatMap(podContainers)) {
      for (const source of container.envFrom ?? []) {
        if (source.configMapRef) expect(configMaps).toContain(source.configMapRef.name);
      }
      for (const variable of container.env ?? []) {
        const ref = variable.valueFrom?.configMapKeyRef;
        if (ref) expect(configMaps).toContain(ref.name);
      }
    }
  });

  it('points every Service, PodDisruptionBudget and autoscaler at a Deployment', () => {
    for (const service of ofKind('Service')) {
      const spec = service.spec as {
        selector: Record<string, string>;
        ports: Array<{ targetPort: string | number }>;
      };
      const target = deployments.find((d) => selects(spec.selector, podLabels(d)));
      expect(target, `Service ${service.metadata.name} selects no Deployment`).toBeDefined();
      const exposed = podContainers(target!).flatMap((c) =>
        (c.ports ?? []).flatMap((p) => [p.name, p.containerPort]),
      );
      for (const port of spec.ports) expect(exposed).toContain(port.targetPort);
    }
    const budgets = ofKind('PodDisruptionBudget');
    for (const budget of budgets) {
      const selector = (budget.spec as { selector: { matchLabels: Record<string, string> } })
        .selector.matchLabels;
      expect(
        deployments.some((d) => selects(selector, podLabels(d))),
        budget.metadata.name,
      ).toBe(true);
    }
    expect(budgets.map((b) => b.metadata.name)).toContain('gateway');
    const autoscalers = ofKind('HorizontalPodAutoscaler');
    expect(autoscalers.map((a) => a.metadata.name)).toContain('gateway');
    for (const autoscaler of autoscalers) {
      const target = (autoscaler.spec as { scaleTargetRef: { kind: string; name: string } })
        .scaleTargetRef;
      expect(target.kind).toBe('Deployment');
      expect(deployments.map((d) => d.metadata.name)).toContain(target.name);
    }
  });

  it('puts every namespaced object in the namespace and every Deployment under a scrape annotation', () => {
    for (const object of objects.filter((o) => o.kind !== 'Namespace')) {
      expect(object.metadata.namespace, `${object.kind}/${object.metadata.name}`).toBe(
        'civicgraph',
      );
    }
    for (const deployment of deployments) {
      const annotations = (
        deployment.spec as { template: { metadata: { annotations?: Record<string, string> } } }
      ).template.metadata.annotations;
      expect(annotations?.['prometheus.io/scrape']).toBe('true');
      expect(annotations?.['prometheus.io/path']).toBe('/metrics');
    }
  });
});
