import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

/** A rendered Kubernetes object, as `kubectl kustomize` prints it. */
export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

/** The kustomization fields this renderer applies; any other is refused, not ignored. */
const SUPPORTED = new Set(['apiVersion', 'kind', 'namespace', 'resources', 'images']);

/** Kinds that live outside any namespace (kustomize leaves them alone). */
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding']);

interface Kustomization {
  namespace?: string;
  resources?: string[];
  images?: Array<{ name: string; newName?: string; newTag?: string }>;
}

/**
 * `kubectl kustomize <folder>` for the subset of kustomize our manifests use (resource
 * files, namespace, image overrides), where kubectl is not installed. A field it does
 * not implement fails loudly, so the two cannot silently drift apart.
 */
export function renderKustomization(folder: string): KubernetesObject[] {
  const kustomization = parse(
    readFileSync(path.join(folder, 'kustomization.yaml'), 'utf8'),
  ) as Kustomization;
  const unsupported = Object.keys(kustomization).filter((key) => !SUPPORTED.has(key));
  if (unsupported.length > 0) {
    throw new Error(`render-kustomization does not implement: ${unsupported.join(', ')}`);
  }
  const objects = (kustomization.resources ?? []).flatMap((file) =>
    parseAllDocuments(readFileSync(path.join(folder, file), 'utf8')).map((document) => {
      if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0]!.message}`);
      return document.toJS() as KubernetesObject;
    }),
  );
  for (const object of objects) {
    if (kustomization.namespace && !CLUSTER_SCOPED.has(object.kind)) {
      object.metadata.namespace = kustomization.namespace;
    }
    for (const container of podContainers(object)) {
      const image = kustomization.images?.find((i) => imageName(container.image) === i.name);
      if (image) {
        container.image = `${image.newName ?? image.name}:${image.newTag ?? imageTag(container.image)}`;
      }
    }
  }
  return objects;
}

/** The repository part of an image reference (`civicgraph:1.0` → `civicgraph`). */
function imageName(image: string) {
  return image.replace(/:[^/:]*$/, '');
}

function imageTag(image: string) {
  return /:([^/:]*)$/.exec(image)?.[1] ?? 'latest';
}

/** A container of a workload's pod template, in the fields our checks read. */
export interface Container {
  name: string;
  image: string;
  args?: string[];
  ports?: Array<{ name?: string; containerPort: number }>;
  env?: Array<{
    name: string;
    value?: string;
    valueFrom?: {
      secretKeyRef?: { name: string; key: string };
      configMapKeyRef?: { name: string; key: string; optional?: boolean };
    };
  }>;
  envFrom?: Array<{ configMapRef?: { name: string }; secretRef?: { name: string } }>;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  lifecycle?: { preStop?: { exec?: { command?: string[] } } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
}

export interface Probe {
  httpGet?: { path?: string; port: number | string };
  tcpSocket?: { port: number | string };
}

/** The pod template of a Deployment or Job, or null for other kinds. */
export function podTemplate(object: KubernetesObject) {
  const spec = object.spec as
    | {
        template?: {
          metadata?: { labels?: Record<string, string> };
          spec: { containers: Container[]; securityContext?: { runAsNonRoot?: boolean } };
        };
      }
    | undefined;
  return ['Deployment', 'Job'].includes(object.kind) ? (spec?.template ?? null) : null;
}

/** Containers of a Deployment's or Job's pod; none for other kinds. */
export function podContainers(object: KubernetesObject): Container[] {
  return podTemplate(object)?.spec.containers ?? [];
}
