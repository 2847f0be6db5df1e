import { dataOf, errorCodes } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RequestsHarness, startRequestsHarness } from './harness';

let h: RequestsHarness;

beforeAll(async () => {
  h = await startRequestsHarness(20);
});

afterAll(async () => {
  await h?.close();
});

const SERVICE = /* GraphQL */ `
  query Service($id: ID, $code: String, $locale: Locale) {
    service(id: $id, code: $code) {
      id code active slaHours keywords assetTypeCode
      name(locale: $locale) description(locale: $locale) group(locale: $locale)
      department { id }
    }
  }
`;

describe('service catalog', () => {
  it('lists every active service', async () => {
    const data = dataOf(
      await h.query<{ services: Array<{ code: string }> }>('{ services { code } }'),
    );
    expect(data.services.map((s) => s.code).sort()).toEqual(
      h.city.services.map((s) => s.code).sort(),
    );
  });

  it('hides inactive services unless includeInactive', async () => {
    const retired = h.city.services[0]!;
    await h.db
      .updateTable('services')
      .set({ active: false })
      .where('id', '=', retired.id)
      .execute();
    try {
      const active = dataOf(
        await h.query<{ services: Array<{ code: string }> }>('{ services { code } }'),
      );
      expect(active.services.map((s) => s.code)).not.toContain(retired.code);
      expect(active.services).toHaveLength(h.city.services.length - 1);
      const all = dataOf(
        await h.query<{ services: Array<{ code: string }> }>(
          '{ services(includeInactive: true) { code } }',
        ),
      );
      expect(all.services.map((s) => s.code)).toContain(retired.code);
    } finally {
      await h.db
        .updateTable('services')
        .set({ active: true })
        .where('id', '=', retired.id)
        .execute();
    }
  });

  it('reads a service in Spanish and in English (the default)', async () => {
    const seeded = h.city.services[2]!;
    const es = dataOf(
      await h.query<{ service: unknown }>(SERVICE, { code: seeded.code, locale: 'ES' }),
    );
    expect(es.service).toEqual({
      id: seeded.id,
      code: seeded.code,
      active: true,
      slaHours: seeded.slaHours,
      keywords: seeded.keywords,
      assetTypeCode: seeded.assetTypeCode,
      name: seeded.name.es,
      description: seeded.description.es,
      group: seeded.group.es,
      department: { id: seeded.departmentId },
    });
    expect(seeded.name.es).not.toBe(seeded.name.en);
    const en = dataOf(
      await h.query<{ service: { name: string; group: string } }>(SERVICE, { id: seeded.id }),
    );
    expect(en.service).toMatchObject({ name: seeded.name.en, group: seeded.group.en });
  });

  it('is null for an unknown code; BAD_USER_INPUT for a malformed id, both keys or none', async () => {
    expect(
      dataOf(await h.query<{ service: null }>(SERVICE, { code: 'NO_SUCH' })).service,
    ).toBeNull();
    expect(errorCodes(await h.query(SERVICE, { id: 'pothole' }))).toEqual(['BAD_USER_INPUT']);
    const seeded = h.city.services[0]!;
    expect(errorCodes(await h.query(SERVICE, { id: seeded.id, code: seeded.code }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await h.query(SERVICE, {}))).toEqual(['BAD_USER_INPUT']);
  });
});
