import { ANONYMOUS, PUBLIC_ORIGIN_HEADER } from '@civicgraph/platform';
import { getSignedRoute } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dcatUsCatalogValidator } from './dcat-us-schema';
import { type DatasetsHarness, startDatasetsHarness } from './harness';

// /data.json as the datasets subgraph serves it to the gateway: a DCAT-US v1.1 catalog
// valid against data.gov's schema, URLs absolute on the origin the gateway names.

let h: DatasetsHarness;
const validate = dcatUsCatalogValidator();
const ORIGIN = 'https://data.city.example';

beforeAll(async () => {
  h = await startDatasetsHarness();
});

afterAll(async () => {
  await h?.close();
});

interface Catalog {
  '@id': string;
  conformsTo: string;
  dataset: Array<Record<string, unknown> & { identifier: string; distribution: object[] }>;
}

function dataJson(headers: Record<string, string> = { [PUBLIC_ORIGIN_HEADER]: ORIGIN }) {
  return getSignedRoute(h.running.url, ANONYMOUS, 'datasets', '/data.json', headers);
}

/** The download and access URLs of every distribution: the city's own URLs. */
function distributionUrls(catalog: Catalog): string[] {
  return catalog.dataset.flatMap((d) =>
    (d.distribution as Array<{ downloadURL?: string; accessURL?: string }>).flatMap((x) =>
      [x.downloadURL, x.accessURL].filter((url): url is string => url !== undefined),
    ),
  );
}

describe('/data.json', () => {
  it('is a valid DCAT-US catalog of every dataset, anonymous callers welcome', async () => {
    const reply = await dataJson();
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
    const catalog = reply.json as Catalog;
    expect(validate(catalog), JSON.stringify(validate.errors)).toBe(true);
    expect(catalog['@id']).toBe(`${ORIGIN}/data.json`);
    expect(catalog.dataset.map((d) => d.identifier).sort()).toEqual(
      h.city.datasets.map((d) => d.id).sort(),
    );
  });

  it('writes every URL of the city absolute on the origin the gateway names', async () => {
    const catalog = (await dataJson()).json as Catalog;
    const ours = distributionUrls(catalog);
    expect(ours.length).toBeGreaterThanOrEqual(3 * catalog.dataset.length);
    for (const url of ours) expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
    const covid = h.city.datasets.find((d) => d.slug === 'covid-19-cases')!;
    const listed = catalog.dataset.find((d) => d.identifier === covid.id)!;
    expect(listed.distribution).toContainEqual(
      expect.objectContaining({
        '@type': 'dcat:Distribution',
        mediaType: 'text/csv',
        downloadURL: `${ORIGIN}/datasets/covid-19-cases/rows.csv`,
      }),
    );
    expect(listed.distribution).toContainEqual(
      expect.objectContaining({ format: 'API', accessURL: `${ORIGIN}/graphql` }),
    );
    expect(listed).toMatchObject({
      publisher: { '@type': 'org:Organization' },
      contactPoint: { fn: covid.contactName, hasEmail: `mailto:${covid.contactEmail}` },
      spatial: covid.spatial,
      temporal: covid.temporal,
      landingPage: covid.landingPage,
      accessLevel: 'public',
    });

    // Another origin, other URLs; no origin named (reached directly): this request's own.
    const other = (await dataJson({ [PUBLIC_ORIGIN_HEADER]: 'http://localhost:8080' }))
      .json as Catalog;
    for (const url of distributionUrls(other)) expect(url).toMatch(/^http:\/\/localhost:8080\//);
    const direct = (await dataJson({})).json as Catalog;
    expect(direct['@id']).toBe(`${new URL(h.running.url).origin}/data.json`);
  });

  it('caches briefly and revalidates by an ETag that follows the newest change', async () => {
    const first = await dataJson();
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    expect(first.headers.get('last-modified')).not.toBeNull();

    const unchanged = await dataJson({ [PUBLIC_ORIGIN_HEADER]: ORIGIN, 'if-none-match': etag });
    expect(unchanged.status).toBe(304);
    // The URLs differ by origin: so does the tag.
    const elsewhere = await dataJson({ [PUBLIC_ORIGIN_HEADER]: 'https://other.example' });
    expect(elsewhere.headers.get('etag')).not.toBe(etag);

    await h.db
      .updateTable('datasets')
      .set({ modified: new Date(Date.now() + 60_000) })
      .where('slug', '=', 'assets-inventory')
      .execute();
    const changed = await dataJson({ [PUBLIC_ORIGIN_HEADER]: ORIGIN, 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('lists only public datasets', async () => {
    const hidden = h.city.datasets.find((d) => d.slug === '311-performance')!;
    await h.db
      .updateTable('datasets')
      .set({ accessLevel: 'non-public' })
      .where('id', '=', hidden.id)
      .execute();
    try {
      const catalog = (await dataJson()).json as Catalog;
      expect(catalog.dataset.map((d) => d.identifier)).not.toContain(hidden.id);
      expect(catalog.dataset).toHaveLength(h.city.datasets.length - 1);
    } finally {
      await h.db
        .updateTable('datasets')
        .set({ accessLevel: 'public' })
        .where('id', '=', hidden.id)
        .execute();
    }
  });
});

describe('the DCAT-US schema check', () => {
  it('refuses a broken catalog, so a passing check means something', async () => {
    const catalog = (await dataJson()).json as Catalog;
    const broken = (change: (copy: Catalog) => void) => {
      const copy = structuredClone(catalog);
      change(copy);
      return validate(copy);
    };
    expect(broken(() => {})).toBe(true);
    expect(broken((c) => delete c.dataset[0]!.publisher)).toBe(false);
    expect(broken((c) => (c.dataset[0]!.accessLevel = 'open'))).toBe(false);
    expect(broken((c) => (c.dataset[0]!.contactPoint = { fn: 'x', hasEmail: 'x' }))).toBe(false);
    expect(broken((c) => (c.dataset[0]!.temporal = 'last year'))).toBe(false);
    expect(broken((c) => (c.conformsTo = 'https://example.com/schema'))).toBe(false);
  });
});
