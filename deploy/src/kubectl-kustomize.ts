import { execFileSync } from 'node:child_process';
import { parseAllDocuments } from 'yaml';
import type { KubernetesObject } from './render-kustomization';

/**
 * `kubectl kustomize <folder>`, parsed; null where kubectl is not installed (CI
 * machines without it use renderKustomization, which a machine with it checks).
 */
export function kubectlKustomize(folder: string): KubernetesObject[] | null {
  let output: string;
  try {
    output = execFileSync('kubectl', ['kustomize', folder], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return parseAllDocuments(output).map((document) => document.toJS() as KubernetesObject);
}
