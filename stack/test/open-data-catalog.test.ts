import { ANONYMOUS } from '@civicgraph/platform';
import { postAsCaller, postGraphQL } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The validator lives with the datasets subgraph, beside its copy of data.gov's schema.
import { dcatUsCatalogValidator } from '../../subgraphs/datasets/test/dcat-us-schema';
import type { RunningStack } from '../src';
import { createPartnerKey, startSeededStack } from '../src/testing';

// The city's open data catalog as harvesters and residents reach it: /data.json on the
// gateway's origin, a DCAT-US v1.1 catalog data.gov's harvester accepts, listing what
// the graph lists, every URL absolute on the origin it was asked at.

let stack: RunningStack;
let partner: Record<string, string>;
const validate = dcatUsCatalogValidator();

interface Catalog {
  '@id': string;
  dataset: Array<{
    identifier: string;
    title: string;
    distribution: Array<{ format: string; downloadURL?: string; accessURL?: string }>;
  }>;
}

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 11, requests: 10, now: new Date('2026-11-01T15:00:00Z') },
  });
  partner = { 'x-api-key': await createPartnerKey(stack.url, ['DATA_READ']) };
});

afterAll(async () => {
  await stack?.close();
});

async function dataJson(origin = stack.url, headers: Record<string, string> = {}) {
  const response = await fetch(`${origin}/data.json`, { headers });
  const body = response.status === 200 ? ((await response.json()) as Catalog) : null;
  return { response, body };
}

/** Each dataset's distributions as the graph gives them, in the catalog's order. */
const DISTRIBUTIONS = /* GraphQL */ `
  { datasets(first: 100) { edges { node { id distributions { downloadURL accessURL } } } } }
`;

interface GraphDataset {
  id: string;
  distributions: Array<{ downloadURL: string | null; accessURL: string | null }>;
}

function distributionUrls(catalog: Catalog) {
  return catalog.dataset.flatMap((d) =>
    d.distribution.flatMap((x) =>
      [x.downloadURL, x.accessURL].filter((url): url is string => url !== undefined),
    ),
  );
}

describe('/data.json through the gateway', () => {
  it("is valid against data.gov's DCAT-US v1.1 schema and lists every dataset the graph lists", async () => {
    const { response, body } = await dataJson();
    expect(response.status).toBe(200);
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);

    const graph = await postGraphQL<{
      datasets: { totalCount: number; edges: Array<{ node: { id: string; title: string } }> };
    }>(
      `${stack.url}/graphql`,
      '{ datasets(first: 100) { totalCount edges { node { id title } } } }',
    );
    expect(graph.errors).toBeUndefined();
    const listed = graph.data!.datasets.edges.map((e) => e.node);
    expect(graph.data!.datasets.totalCount).toBe(5);
    expect(body!.dataset.map((d) => [d.identifier, d.title])).toEqual(
      listed.map((d) => [d.id, d.title]),
    );
  });

  it('writes its URLs absolute on the origin it was asked at', async () => {
    const { body } = await dataJson();
    expect(body!['@id']).toBe(`${stack.url}/data.json`);
    const urls = distributionUrls(body!);
    expect(urls.length).toBeGreaterThanOrEqual(3 * body!.dataset.length);
    for (const url of urls) expect(url.startsWith(`${stack.url}/`), url).toBe(true);

    // The same gateway reached by another name.
    const other = stack.url.replace('127.0.0.1', 'localhost');
    expect(other).not.toBe(stack.url);
    const { response, body: elsewhere } = await dataJson(other);
    expect(response.status).toBe(200);
    expect(validate(elsewhere)).toBe(true);
    for (const url of distributionUrls(elsewhere!))
      expect(url.startsWith(`${other}/`), url).toBe(true);
  });

  it("gives the graph's distribution URLs as it gives them, on the same origin", async () => {
    for (const origin of [stack.url, stack.url.replace('127.0.0.1', 'localhost')]) {
      const { body } = await dataJson(origin);
      const graph = await postGraphQL<{
        datasets: { edges: Array<{ node: GraphDataset }> };
      }>(`${origin}/graphql`, DISTRIBUTIONS);
      expect(graph.errors).toBeUndefined();
      const fromGraph = graph.data!.datasets.edges.map(({ node }) => [
        node.id,
        node.distributions.map((d) => d.downloadURL ?? d.accessURL),
      ]);
      const fromCatalog = body!.dataset.map((d) => [
        d.identifier,
        d.distribution.map((x) => x.downloadURL ?? x.accessURL),
      ]);
      expect(fromGraph).toEqual(fromCatalog);
      for (const url of fromGraph.flatMap(([, urls]) => urls as string[])) {
        expect(url.startsWith(`${origin}/`), url).toBe(true);
      }
    }
  });

  it('leaves them root-relative when the datasets subgraph is asked directly, without an origin', async () => {
    const datasets = stack.subgraphs.find((s) => s.name === 'datasets')!;
    const direct = await postAsCaller<{ datasets: { edges: Array<{ node: GraphDataset }> } }>(
      datasets.url,
      'datasets',
      ANONYMOUS,
      DISTRIBUTIONS,
    );
    expect(direct.errors).toBeUndefined();
    const urls = direct.data!.datasets.edges.flatMap(({ node }) =>
      node.distributions.map((d) => d.downloadURL ?? d.accessURL),
    );
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url, String(url)).toMatch(/^\/(datasets\/|graphql$)/);
  });

  it('serves anonymous harvesters and partner keys alike, cached briefly, revalidated by ETag', async () => {
    const anonymous = await dataJson();
    const withKey = await dataJson(stack.url, partner);
    expect(withKey.response.status).toBe(200);
    expect(withKey.body).toEqual(anonymous.body);

    const etag = anonymous.response.headers.get('etag');
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(anonymous.response.headers.get('cache-control')).toBe('public, max-age=60');
    const revalidated = await dataJson(stack.url, { 'if-none-match': etag! });
    expect(revalidated.response.status).toBe(304);
  });

  it('takes GET only, and nothing below the document', async () => {
    const posted = await fetch(`${stack.url}/data.json`, { method: 'POST', body: '{}' });
    expect(posted.status).toBeGreaterThanOrEqual(400);
    expect(posted.status).toBeLessThan(500);
    const below = await fetch(`${stack.url}/data.json/extra`);
    expect(below.status).toBe(404);
  });

  it('would notice a catalog the schema refuses', async () => {
    const { body } = await dataJson();
    const broken = structuredClone(body!) as unknown as { dataset: Array<Record<string, unknown>> };
    delete broken.dataset[0]!.identifier;
    expect(validate(broken)).toBe(false);
  });
});
