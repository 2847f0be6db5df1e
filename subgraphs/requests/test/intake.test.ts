import { partnerCaller, staffCaller } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RequestsHarness, startRequestsHarness } from './harness';
import { writtenRows } from './intake-counts';

let h: RequestsHarness;
let inside: { lon: number; lat: number; district: number | null };

beforeAll(async () => {
  h = await startRequestsHarness(60);
  const [batch] = [...h.city.requestBatches()];
  // A point the generator placed inside the city, with the district it computed.
  const sample = batch!.serviceRequests.find((r) => r.district !== null)!;
  inside = { lon: sample.lon, lat: sample.lat, district: sample.district };
});
afterAll(() => h?.close());

const dispatcher = staffCaller('DISPATCHER');
const CREATE = `mutation ($input: CreateServiceRequestInput!) {
  createServiceRequest(input: $input) {
    serviceRequest {
      id number status channel locale district address description mediaUrls
      reporter { name email phone } takenBy { id }
      attributes { code value values }
    }
    workOrder { id status priority department { id } }
  }
}`;

function potholeInput(over: Record<string, unknown> = {}) {
  return {
    serviceCode: 'POTHOLE',
    location: { lon: inside.lon, lat: inside.lat },
    address: '2400 N Central Ave',
    description: 'Deep pothole in the right lane, about a foot across.',
    channel: 'PHONE',
    locale: 'ES',
    attributes: [
      { code: 'SIZE', value: 'MEDIUM' },
      { code: 'LOCATION_IN_ROAD', value: 'TRAVEL_LANE' },
    ],
    mediaUrls: ['https://photos.example.org/p/1.jpg'],
    reporter: { name: 'Ana García', email: 'ana@example.org', phone: '602-555-0100' },
    ...over,
  };
}

describe('createServiceRequest', () => {
  it('files a phone request and routes its NEW work order by the service, recording who took it', async () => {
    const before = await writtenRows(h.db);
    const result = await h.queryAs<{
      createServiceRequest: {
        serviceRequest: Record<string, unknown> & { id: string };
        workOrder: { id: string; status: string; priority: string; department: { id: string } };
      };
    }>(dispatcher, CREATE, { input: potholeInput() });
    expect(result.errors).toBeUndefined();
    const { serviceRequest, workOrder } = result.data!.createServiceRequest;
    const pothole = h.city.services.find((s) => s.code === 'POTHOLE')!;
    expect(serviceRequest).toMatchObject({
      status: 'OPEN',
      channel: 'PHONE',
      locale: 'ES',
      district: inside.district,
      address: '2400 N Central Ave',
      mediaUrls: ['https://photos.example.org/p/1.jpg'],
      reporter: { name: 'Ana García', email: 'ana@example.org', phone: '602-555-0100' },
      takenBy: { id: dispatcher.kind === 'staff' ? dispatcher.id : '' },
      attributes: [
        { code: 'LOCATION_IN_ROAD', value: 'TRAVEL_LANE', values: null },
        { code: 'SIZE', value: 'MEDIUM', values: null },
      ],
    });
    expect(workOrder).toMatchObject({
      status: 'NEW',
      priority: pothole.defaultPriority,
      department: { id: pothole.departmentId },
    });
    const row = await h.db
      .selectFrom('workOrders')
      .selectAll()
      .where('id', '=', workOrder.id)
      .executeTakeFirstOrThrow();
    // POTHOLE counts every hour: due its SLA's hours after it was created.
    expect(pothole.slaBusinessHours).toBe(false);
    expect(row.dueAt.getTime() - row.createdAt.getTime()).toBe(pothole.slaHours * 3_600_000);
    expect(row.district).toBe(inside.district);

    const after = await writtenRows(h.db);
    expect(after.serviceRequests - before.serviceRequests).toBe(1);
    expect(after.workOrders - before.workOrders).toBe(1);
    expect(after.changeLog - before.changeLog).toBe(2);
    const events = await h.db
      .selectFrom('outboxEvents')
      .selectAll()
      .where('serviceRequestId', '=', serviceRequest.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.type)).toEqual(['SERVICE_REQUEST_CREATED', 'WORK_ORDER_CREATED']);
    // The reporter's details never leave in an event (open data publishes from them).
    const published = JSON.stringify(events);
    for (const personal of ['Ana', 'ana@example.org', '555-0100']) {
      expect(published).not.toContain(personal);
    }
  });

  it('keeps the reporter from callers without requests.reporter.read and takenBy from non-staff', async () => {
    const created = await h.queryAs<{
      createServiceRequest: { serviceRequest: { id: string } };
    }>(dispatcher, CREATE, { input: potholeInput() });
    const { id } = created.data!.createServiceRequest.serviceRequest;
    const read = `query ($id: ID) { serviceRequest(id: $id) { number reporter { name } takenBy { id } } }`;
    const worker = await h.queryAs<{ serviceRequest: { reporter: unknown; takenBy: unknown } }>(
      staffCaller('FIELD_WORKER'),
      read,
      { id },
    );
    expect(worker.data!.serviceRequest.reporter).toBeNull();
    expect(worker.data!.serviceRequest.takenBy).not.toBeNull();
    expect(worker.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const partner = await h.queryAs<{ serviceRequest: { reporter: unknown; takenBy: unknown } }>(
      partnerCaller(['requests:read']),
      read,
      { id },
    );
    expect(partner.data!.serviceRequest).toMatchObject({ reporter: null, takenBy: null });
    expect(partner.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('files a partner app request under its client id; it gets the number, not the work order', async () => {
    const partner = partnerCaller(['requests:write'], 'resident-app');
    const result = await h.queryAs<{
      createServiceRequest: {
        id: string;
        number: string;
        serviceRequest: unknown;
        workOrder: unknown;
      };
    }>(
      partner,
      `mutation ($input: CreateServiceRequestInput!) {
        createServiceRequest(input: $input) { id number serviceRequest { id } workOrder { id } }
      }`,
      { input: potholeInput({ channel: 'MOBILE_APP', reporter: null }) },
    );
    const payload = result.data!.createServiceRequest;
    expect(payload.number).toMatch(/^PHX-\d\d-\d{6}$/);
    // requests:write alone files requests; reading them and their work takes more.
    expect(payload).toMatchObject({ serviceRequest: null, workOrder: null });
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const row = await h.db
      .selectFrom('serviceRequests')
      .selectAll()
      .where('id', '=', payload.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      submittedByKind: 'PARTNER',
      submittedById: 'resident-app',
      channel: 'MOBILE_APP',
      reporterName: null,
    });
  });

  const longText = 'x'.repeat(4001);
  it.each([
    ['an unknown service', { serviceCode: 'NO_SUCH' }, 'BAD_USER_INPUT', 'serviceCode'],
    [
      'both service keys',
      { serviceId: '00000000-0000-4000-8000-000000000000' },
      'BAD_USER_INPUT',
      'serviceCode',
    ],
    [
      'a malformed service id',
      { serviceCode: null, serviceId: 'pothole' },
      'BAD_USER_INPUT',
      'serviceId',
    ],
    [
      'a point outside the city',
      { location: { lon: -111.0, lat: 34.5 } },
      'OUTSIDE_CITY',
      'location',
    ],
    ['an empty description', { description: '   ' }, 'BAD_USER_INPUT', 'description'],
    [
      'a description over 4000 characters',
      { description: longText },
      'BAD_USER_INPUT',
      'description',
    ],
    [
      'HTML in the description',
      { description: 'See <a href="x">here</a>' },
      'BAD_USER_INPUT',
      'description',
    ],
    ['an empty address', { address: '' }, 'BAD_USER_INPUT', 'address'],
    [
      'a required attribute missing',
      { attributes: [{ code: 'SIZE', value: 'SMALL' }] },
      'BAD_USER_INPUT',
      'attributes.LOCATION_IN_ROAD',
    ],
    [
      'a choice not offered',
      {
        attributes: [
          { code: 'SIZE', value: 'HUGE' },
          { code: 'LOCATION_IN_ROAD', value: 'SHOULDER' },
        ],
      },
      'BAD_USER_INPUT',
      'attributes.SIZE',
    ],
    [
      'an unknown attribute',
      {
        attributes: [
          { code: 'SIZE', value: 'SMALL' },
          { code: 'LOCATION_IN_ROAD', value: 'SHOULDER' },
          { code: 'COLOUR', value: 'red' },
        ],
      },
      'BAD_USER_INPUT',
      'attributes.COLOUR',
    ],
    [
      'a number that is not one',
      {
        attributes: [
          { code: 'SIZE', value: 'SMALL' },
          { code: 'LOCATION_IN_ROAD', value: 'SHOULDER' },
          { code: 'DEPTH_CM', value: 'deep' },
        ],
      },
      'BAD_USER_INPUT',
      'attributes.DEPTH_CM',
    ],
    [
      'a javascript: media URL',
      { mediaUrls: ['javascript:alert(1)'] },
      'BAD_USER_INPUT',
      'mediaUrls.0',
    ],
    ['a malformed email', { reporter: { email: 'ana@' } }, 'BAD_USER_INPUT', 'reporter.email'],
    ['a malformed phone', { reporter: { phone: '12' } }, 'BAD_USER_INPUT', 'reporter.phone'],
  ])('refuses %s, writing nothing', async (_name, over, code, field) => {
    const before = await writtenRows(h.db);
    const result = await h.queryAs(dispatcher, CREATE, { input: potholeInput(over) });
    expect(result.data?.createServiceRequest ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect(await writtenRows(h.db)).toEqual(before);
  });

  it('refuses NUL and a partner choosing PHONE, writing nothing', async () => {
    const before = await writtenRows(h.db);
    const nul = await h.queryAs(dispatcher, CREATE, {
      input: potholeInput({ description: 'a\u0000b' }),
    });
    expect(nul.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const partner = await h.queryAs(partnerCaller(['requests:write']), CREATE, {
      input: potholeInput({ channel: 'PHONE' }),
    });
    expect(partner.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'channel',
    });
    expect(await writtenRows(h.db)).toEqual(before);
  });

  it('refuses a retired service with SERVICE_RETIRED, which keeps its history and stays listed when asked', async () => {
    const service = h.city.services.find((s) => s.code === 'STREET_SWEEPING')!;
    const historyBefore = await h.db
      .selectFrom('serviceRequests')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('serviceId', '=', service.id)
      .executeTakeFirstOrThrow();
    const retired = await h.query<{ retireService: { service: { retiredAt: string | null } } }>(
      `mutation ($id: ID!) { retireService(input: { id: $id }) { service { retiredAt active } } }`,
      { id: service.id },
    );
    expect(retired.data!.retireService.service.retiredAt).not.toBeNull();
    const before = await writtenRows(h.db);
    const result = await h.queryAs(dispatcher, CREATE, {
      input: potholeInput({ serviceCode: 'STREET_SWEEPING', attributes: [] }),
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'SERVICE_RETIRED',
      field: 'serviceCode',
    });
    expect(await writtenRows(h.db)).toEqual(before);
    const listed = await h.query<{ all: Array<{ code: string }>; active: Array<{ code: string }> }>(
      '{ all: services(includeInactive: true) { code } active: services { code } }',
    );
    expect(listed.data!.all.map((s) => s.code)).toContain('STREET_SWEEPING');
    expect(listed.data!.active.map((s) => s.code)).not.toContain('STREET_SWEEPING');
    const historyAfter = await h.db
      .selectFrom('serviceRequests')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('serviceId', '=', service.id)
      .executeTakeFirstOrThrow();
    expect(historyAfter.n).toBe(historyBefore.n);
  });
});

describe('the catalog in both languages', () => {
  it('gives the same service and its attributes in English and Spanish, as the profile says', async () => {
    const read = (locale: 'EN' | 'ES') =>
      h.query<{
        service: {
          name: string;
          locationSensitive: boolean;
          attributes: Array<{
            code: string;
            datatype: string;
            required: boolean;
            variable: boolean;
            order: number;
            description: string;
            values: Array<{ key: string; name: string }>;
          }>;
          resolutionCodes: Array<{ code: string; name: string }>;
        };
      }>(
        `query ($locale: Locale) { service(code: "ENCAMPMENT") {
          name(locale: $locale) locationSensitive
          attributes { code datatype required variable order description(locale: $locale) values { key name(locale: $locale) } }
          resolutionCodes { code name(locale: $locale) }
        } }`,
        { locale },
      );
    const profile = h.city.services.find((s) => s.code === 'ENCAMPMENT')!;
    expect(profile.attributes.length).toBeGreaterThan(2);
    for (const locale of ['EN', 'ES'] as const) {
      const key = locale === 'EN' ? 'en' : 'es';
      const { service } = (await read(locale)).data!;
      expect(service.name).toBe(profile.name[key]);
      expect(service.locationSensitive).toBe(true);
      expect(service.attributes).toEqual(
        profile.attributes.map((a, i) => ({
          code: a.code,
          datatype: a.datatype.toUpperCase(),
          required: a.required,
          variable: a.variable,
          order: i + 1,
          description: a.description[key],
          values: a.values.map((v) => ({ key: v.key, name: v.name[key] })),
        })),
      );
      expect(service.resolutionCodes.map((r) => r.name)).toEqual(
        [...profile.resolutionCodes]
          .sort((x, y) => (x.code < y.code ? -1 : 1))
          .map((r) => r.name[key]),
      );
    }
    const [en, es] = [(await read('EN')).data!, (await read('ES')).data!];
    expect(en.service.attributes[1]!.description).not.toBe(es.service.attributes[1]!.description);
  });
});
