import { graphData } from '@civicgraph/platform/testing';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { createPartnerKey, signInAs, startSeededStack } from '../src/testing';

// GeoReport v2's catalog through the gateway (discovery, services, service definitions),
// in JSON and XML, checked against what the graph itself says of the catalog: the two
// doors onto one catalog must never disagree.

let stack: RunningStack;
let admin: Record<string, string>;
let jurisdictionId: string;
let cityName: string;

/** Every text node a string (codes stay codes, "true" stays text): compared as written. */
const xml = new XMLParser({
  parseTagValue: false,
  isArray: (name) =>
    ['service', 'attribute', 'value', 'endpoint', 'format', 'error'].includes(name),
});

/** A service whose texts XML must escape, and Spanish with accents. */
const AWKWARD = {
  code: 'SIGN_POLE_LEANING',
  group: { en: 'Signs & Signals', es: 'Señales & semáforos' },
  name: { en: 'Sign pole leaning < 80° & loose', es: 'Poste de señal inclinado < 80° y flojo' },
  description: {
    en: 'A "sign" pole that leans; it\'s a hazard > 1 m from the curb & near schools.',
    es: 'Un poste de señal que se inclina: peligro a > 1 m del bordillo, cerca de escuelas.',
  },
  keywords: ['sign', 'señal', 'poste'],
  attributes: [
    {
      code: 'LEAN',
      datatype: 'SINGLEVALUELIST',
      required: true,
      description: { en: 'How far does it lean?', es: '¿Cuánto se inclina?' },
      values: [
        { key: 'LT_10', name: { en: '< 10° & steady', es: '< 10° y estable' } },
        { key: 'GT_10', name: { en: '> 10°', es: '> 10°' } },
      ],
    },
    {
      code: 'NOTE',
      datatype: 'TEXT',
      required: false,
      variable: false,
      description: { en: 'Call 911 if it has fallen.', es: 'Llame al 911 si se cayó.' },
    },
  ],
};

interface GraphAttribute {
  code: string;
  datatype: string;
  required: boolean;
  variable: boolean;
  order: number;
  description: string;
  values: Array<{ key: string; name: string }>;
}

interface GraphService {
  code: string;
  name: string;
  description: string;
  group: string;
  keywords: string[];
  active: boolean;
  retiredAt: string | null;
  attributes: GraphAttribute[];
}

async function graph<T>(query: string, variables: Record<string, unknown> = {}) {
  return graphData<T>(`${stack.url}/graphql`, query, variables, admin);
}

const SERVICE_FIELDS = `code name(locale: $locale) description(locale: $locale)
  group(locale: $locale) keywords active retiredAt
  attributes { code datatype required variable order description(locale: $locale)
    values { key name(locale: $locale) } }`;

/** The catalog as the graph tells it, in a language: what GeoReport v2 must agree with. */
async function graphCatalog(locale: 'EN' | 'ES', includeInactive = false) {
  const data = await graph<{ services: GraphService[] }>(
    `query ($locale: Locale, $all: Boolean) { services(includeInactive: $all) { ${SERVICE_FIELDS} } }`,
    { locale, all: includeInactive },
  );
  return data.services;
}

async function graphService(code: string, locale: 'EN' | 'ES') {
  const data = await graph<{ service: GraphService | null }>(
    `query ($code: String, $locale: Locale) { service(code: $code) { ${SERVICE_FIELDS} } }`,
    { code, locale },
  );
  return data.service!;
}

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${stack.url}/open311/v2${path}`, { headers });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

async function getJson<T = unknown>(path: string, headers: Record<string, string> = {}) {
  const answer = await get(path, headers);
  expect(answer.status, answer.text).toBe(200);
  expect(answer.type).toMatch(/^application\/json/);
  return JSON.parse(answer.text) as T;
}

// biome-ignore lint/suspicious/noExplicitAny: a parsed XML document is what it says
async function getXml(path: string, headers: Record<string, string> = {}): Promise<any> {
  const answer = await get(path, headers);
  expect(answer.status, answer.text).toBe(200);
  expect(answer.type).toMatch(/^text\/xml/);
  expect(XMLValidator.validate(answer.text)).toBe(true);
  expect(answer.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  return xml.parse(answer.text);
}

/** An XML list element: absent items (an empty element) are the empty list. */
// biome-ignore lint/suspicious/noExplicitAny: see getXml
const items = (list: any, item: string): any[] => (list === '' ? [] : (list[item] ?? []));

/** A service of GET services as the graph's catalog says it should read. */
function expectedListing(service: GraphService) {
  return {
    service_code: service.code,
    service_name: service.name,
    description: service.description,
    metadata: service.attributes.length > 0,
    type: 'realtime',
    keywords: service.keywords.join(', '),
    group: service.group,
  };
}

/** A service definition as the graph's catalog says it should read. */
function expectedDefinition(service: GraphService) {
  return {
    service_code: service.code,
    attributes: service.attributes.map((a) => ({
      variable: a.variable,
      code: a.code,
      datatype: a.datatype.toLowerCase(),
      required: a.required,
      datatype_description: expect.any(String),
      order: a.order,
      description: a.description,
      values: a.values.map((v) => ({ key: v.key, name: v.name })),
    })),
  };
}

/** The same, as the XML carries it: every field text, in the spec's element order. */
function expectedDefinitionXml(service: GraphService) {
  return service.attributes.map((a) => ({
    variable: String(a.variable),
    code: a.code,
    datatype: a.datatype.toLowerCase(),
    required: String(a.required),
    datatype_description: expect.any(String),
    order: String(a.order),
    description: a.description,
    values: a.values.length === 0 ? '' : { value: a.values.map((v) => ({ ...v })) },
  }));
}

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 11, requests: 10, now: new Date('2026-11-01T15:00:00Z') },
  });
  admin = await signInAs(stack.url, 'ADMIN');
  const { city, services } = await graph<{
    city: { jurisdictionId: string; name: string };
    services: Array<{ department: { id: string } }>;
  }>('{ city { jurisdictionId name } services { department { id } } }');
  jurisdictionId = city.jurisdictionId;
  cityName = city.name;
  await graph(
    `mutation ($input: CreateServiceInput!) { createService(input: $input) { service { id } } }`,
    {
      input: { ...AWKWARD, departmentId: services[0]!.department.id, slaHours: 72 },
    },
  );
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

describe('GET services', () => {
  it('lists the catalog the graph has, in its order, in JSON and XML', async () => {
    const catalog = await graphCatalog('EN');
    expect(catalog.map((s) => s.code)).toContain(AWKWARD.code);
    const expected = catalog.map(expectedListing);

    expect(await getJson('/services.json')).toEqual(expected);
    expect(await getJson('/services')).toEqual(expected);

    const document = await getXml('/services.xml');
    expect(Object.keys(document)).toEqual(['?xml', 'services']);
    const listed = items(document.services, 'service');
    expect(listed).toHaveLength(expected.length);
    listed.forEach((service, index) => {
      const want = expected[index]!;
      // Element by element, in the spec's order.
      expect(Object.keys(service)).toEqual(Object.keys(want));
      expect(service).toEqual({
        ...want,
        metadata: String(want.metadata),
      });
    });
  });

  it('gives the Spanish texts for locale=es and for Accept-Language: es', async () => {
    const expected = (await graphCatalog('ES')).map(expectedListing);
    expect(expected.find((s) => s.service_code === AWKWARD.code)?.service_name).toBe(
      AWKWARD.name.es,
    );
    expect(await getJson('/services.json?locale=es')).toEqual(expected);
    expect(await getJson('/services.json?locale=es-MX')).toEqual(expected);
    expect(
      await getJson('/services.json', { 'accept-language': 'fr-CA, es-MX;q=0.9, en;q=0.5' }),
    ).toEqual(expected);
    const document = await getXml('/services.xml', { 'accept-language': 'es' });
    expect(items(document.services, 'service').map((s) => s.service_name)).toEqual(
      expected.map((s) => s.service_name),
    );
    // locale wins over the header.
    const english = (await graphCatalog('EN')).map(expectedListing);
    expect(await getJson('/services.json?locale=en', { 'accept-language': 'es' })).toEqual(english);
  });

  it('leaves out a retired service, which keeps its definition', async () => {
    const { createService } = await graph<{ createService: { service: { id: string } } }>(
      `mutation ($input: CreateServiceInput!) { createService(input: $input) { service { id } } }`,
      {
        input: {
          ...AWKWARD,
          code: 'OLD_KIOSK',
          name: { en: 'Old kiosk', es: 'Quiosco viejo' },
          departmentId: (
            await graph<{ services: Array<{ department: { id: string } }> }>(
              '{ services { department { id } } }',
            )
          ).services[0]!.department.id,
          slaHours: 72,
        },
      },
    );
    const listed = async () =>
      (await getJson<Array<{ service_code: string }>>('/services.json')).map((s) => s.service_code);
    expect(await listed()).toContain('OLD_KIOSK');

    await graph(
      `mutation ($input: RetireServiceInput!) { retireService(input: $input) { service { id } } }`,
      {
        input: { id: createService.service.id },
      },
    );
    expect(await listed()).not.toContain('OLD_KIOSK');
    const retired = await graphService('OLD_KIOSK', 'EN');
    expect(retired.retiredAt).not.toBeNull();
    expect(await getJson('/services/OLD_KIOSK.json')).toEqual(expectedDefinition(retired));
  });
});

describe('GET services/{service_code}', () => {
  it('gives every service definition of the catalog as the graph has it, in JSON and XML', async () => {
    const catalog = await graphCatalog('EN');
    // The catalog has what the documents must carry: list values, and services without any.
    expect(catalog.some((s) => s.attributes.some((a) => a.values.length > 0))).toBe(true);
    expect(catalog.some((s) => s.attributes.length === 0)).toBe(true);
    for (const service of catalog) {
      const definition = await getJson(`/services/${encodeURIComponent(service.code)}.json`);
      expect(definition).toEqual(expectedDefinition(service));

      const document = await getXml(`/services/${encodeURIComponent(service.code)}.xml`);
      expect(Object.keys(document)).toEqual(['?xml', 'service_definition']);
      const root = document.service_definition;
      expect(Object.keys(root)).toEqual(['service_code', 'attributes']);
      expect(root.service_code).toBe(service.code);
      const attributes = items(root.attributes, 'attribute');
      const want = expectedDefinitionXml(service);
      expect(attributes).toHaveLength(want.length);
      attributes.forEach((attribute, index) => {
        expect(Object.keys(attribute)).toEqual(Object.keys(want[index]!));
        expect(attribute).toEqual(want[index]);
      });
    }
  });

  it('carries &, <, > and accents through XML intact, and speaks Spanish when asked', async () => {
    const document = await getXml(`/services/${AWKWARD.code}.xml`);
    const [lean, note] = items(document.service_definition.attributes, 'attribute');
    expect(items(lean.values, 'value')).toEqual([
      { key: 'LT_10', name: '< 10° & steady' },
      { key: 'GT_10', name: '> 10°' },
    ]);
    expect(lean.datatype).toBe('singlevaluelist');
    expect(note).toMatchObject({ variable: 'false', datatype: 'text', values: '' });

    const listing = items((await getXml('/services.xml')).services, 'service').find(
      (s) => s.service_code === AWKWARD.code,
    );
    expect(listing).toMatchObject({
      service_name: AWKWARD.name.en,
      description: AWKWARD.description.en,
      group: AWKWARD.group.en,
      keywords: 'sign, señal, poste',
    });

    const spanish = await graphService(AWKWARD.code, 'ES');
    expect(await getJson(`/services/${AWKWARD.code}.json?locale=es`)).toEqual(
      expectedDefinition(spanish),
    );
    const inSpanish = await getXml(`/services/${AWKWARD.code}.xml`, { 'accept-language': 'es' });
    expect(items(inSpanish.service_definition.attributes, 'attribute')).toEqual(
      expectedDefinitionXml(spanish),
    );
  });

  it('answers an unknown or impossible code with a 404 naming it, in both formats', async () => {
    const json = await get('/services/NO_SUCH_THING.json');
    expect(json.status).toBe(404);
    expect(JSON.parse(json.text)).toEqual([
      { code: 404, description: expect.stringContaining('NO_SUCH_THING') },
    ]);
    const asXml = await get('/services/NO_SUCH_THING.xml');
    expect(asXml.status).toBe(404);
    expect(asXml.type).toMatch(/^text\/xml/);
    expect(xml.parse(asXml.text).errors.error).toEqual([
      { code: '404', description: expect.stringContaining('NO_SUCH_THING') },
    ]);

    for (const code of ['A%00B', 'x'.repeat(5000), '%E2%9C%93', 'a%20b', 'POT%3CHOLE']) {
      for (const format of ['json', 'xml']) {
        const answer = await get(`/services/${code}.${format}`);
        expect(answer.status, code).toBe(404);
        if (format === 'xml') expect(XMLValidator.validate(answer.text)).toBe(true);
        else expect(JSON.parse(answer.text)[0].code).toBe(404);
      }
    }
  });
});

describe('GET discovery', () => {
  it('names the endpoint on the caller origin, both formats, and how to get a key', async () => {
    const discovery = await getJson<Record<string, unknown>>('/discovery.json');
    expect(Object.keys(discovery)).toEqual(['changeset', 'contact', 'key_service', 'endpoints']);
    expect(discovery.changeset).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(discovery.contact).toContain(cityName);
    expect(discovery.key_service).toContain('requests:write');
    expect(discovery.endpoints).toEqual([
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `${stack.url}/open311/v2`,
        changeset: discovery.changeset,
        type: 'production',
        formats: ['text/xml', 'application/json'],
      },
    ]);

    const document = await getXml('/discovery.xml');
    expect(Object.keys(document)).toEqual(['?xml', 'discovery']);
    const root = document.discovery;
    expect(Object.keys(root)).toEqual(['changeset', 'contact', 'key_service', 'endpoints']);
    expect(root).toMatchObject({
      changeset: discovery.changeset,
      contact: discovery.contact,
      key_service: discovery.key_service,
    });
    expect(items(root.endpoints, 'endpoint')).toEqual([
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `${stack.url}/open311/v2`,
        changeset: discovery.changeset,
        type: 'production',
        formats: { format: ['text/xml', 'application/json'] },
      },
    ]);

    const spanish = await getJson<{ contact: string }>('/discovery.json?locale=es');
    expect(spanish.contact).not.toBe(discovery.contact);
    expect(spanish.contact).toContain(cityName);
  });

  const wholeSecond = (at: Date) => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

  /** The changeset now, then a wait into the next second: changesets have whole seconds. */
  async function changesetThenNextSecond() {
    const changeset = (await getJson<{ changeset: string }>('/discovery.json')).changeset;
    await new Promise((resolve) => setTimeout(resolve, 1_050 - (Date.now() % 1_000)));
    return changeset;
  }

  /** The changeset after `change`: later than before it, and within the change's time. */
  async function changesetAcross(change: () => Promise<unknown>) {
    const before = await changesetThenNextSecond();
    const start = wholeSecond(new Date());
    await change();
    const end = wholeSecond(new Date());
    const after = (await getJson<{ changeset: string }>('/discovery.json')).changeset;
    expect(after > before).toBe(true);
    expect(after >= start && after <= end).toBe(true);
  }

  const edit = (input: Record<string, unknown>) =>
    graph(
      `mutation ($input: UpdateServiceInput!) { updateService(input: $input) { service { id } } }`,
      { input },
    );

  it('moves the changeset when a service is retired', async () => {
    const catalog = await graph<{ services: Array<{ id: string; code: string }> }>(
      '{ services { id code } }',
    );
    const victim = catalog.services.find((s) => s.code !== AWKWARD.code)!;
    await changesetAcross(() =>
      graph(
        `mutation ($input: RetireServiceInput!) { retireService(input: $input) { service { id } } }`,
        { input: { id: victim.id } },
      ),
    );
  });

  it('moves the changeset when a service or its definition is edited', async () => {
    const { service } = await graph<{ service: { id: string } }>(
      `{ service(code: "${AWKWARD.code}") { id } }`,
    );
    // The attributes alone: the service's own row is not edited.
    await changesetAcross(() =>
      edit({ id: service.id, attributes: AWKWARD.attributes.slice(0, 1) }),
    );
    const definition = await getJson<{ attributes: unknown[] }>(`/services/${AWKWARD.code}.json`);
    expect(definition.attributes).toHaveLength(1);

    await changesetAcross(() => edit({ id: service.id, keywords: [...AWKWARD.keywords, 'pole'] }));
    await edit({ id: service.id, keywords: AWKWARD.keywords, attributes: AWKWARD.attributes });
  });
});

describe('arguments every catalog endpoint takes', () => {
  const paths = ['/discovery', '/services', `/services/${AWKWARD.code}`];

  it('takes the city jurisdiction_id, and refuses another with a 404', async () => {
    for (const path of paths) {
      expect((await get(`${path}.json?jurisdiction_id=${jurisdictionId}`)).status).toBe(200);
      expect(
        (await get(`${path}.xml?jurisdiction_id=${jurisdictionId.toUpperCase()}`)).status,
      ).toBe(200);
      const json = await get(`${path}.json?jurisdiction_id=elsewhere.example.gov`);
      expect(json.status).toBe(404);
      expect(JSON.parse(json.text)[0].description).toMatch(/jurisdiction_id/);
      const asXml = await get(`${path}.xml?jurisdiction_id=elsewhere.example.gov`);
      expect(asXml.status).toBe(404);
      expect(xml.parse(asXml.text).errors.error[0].description).toMatch(/jurisdiction_id/);
    }
  });

  it('refuses a locale that is not a language tag with a 400, in both formats', async () => {
    for (const path of paths) {
      const json = await get(`${path}.json?locale=x!`);
      expect(json.status).toBe(400);
      expect(JSON.parse(json.text)).toEqual([
        { code: 400, description: expect.stringContaining('locale') },
      ]);
      const asXml = await get(`${path}.xml?locale=%3Cb%3E`);
      expect(asXml.status).toBe(400);
      expect(XMLValidator.validate(asXml.text)).toBe(true);
      expect(xml.parse(asXml.text).errors.error).toEqual([
        { code: '400', description: expect.stringContaining('locale') },
      ]);
    }
  });

  it('never answers hostile arguments with a 500', async () => {
    const hostile = [
      'locale=',
      'locale=es&locale=en',
      `locale=${'e'.repeat(10_000)}`,
      'jurisdiction_id=',
      'jurisdiction_id=%00',
      `jurisdiction_id=${jurisdictionId}&jurisdiction_id=other`,
      'locale=%F0%9F%98%80',
      'locale[]=es',
    ];
    for (const path of paths) {
      for (const query of hostile) {
        for (const format of ['json', 'xml']) {
          const answer = await get(`${path}.${format}?${query}`);
          expect(answer.status, `${path}.${format}?${query}`).toBeLessThan(500);
        }
      }
    }
  });

  it('serves the catalog to anonymous callers and to any partner key', async () => {
    const readOnly = await createPartnerKey(stack.url, ['REQUESTS_READ'], {
      name: 'read-only app',
    });
    for (const headers of [{}, { 'x-api-key': readOnly }, admin]) {
      for (const path of paths) {
        expect((await get(`${path}.xml`, headers)).status).toBe(200);
      }
    }
  });
});
