import type { Polygon } from '@civicgraph/platform';
import { describe, expect, it } from 'vitest';
import type { CitySettings } from '../src/db/city.repository';
import type { Service, ServiceAttribute } from '../src/db/service.table';
import { checkedAttributeAnswers } from '../src/intake/attributes';
import { checkedChannel } from '../src/intake/channel';
import { checkedReporter } from '../src/intake/contact';
import { type IntakeInput, intakeRequest } from '../src/intake/intake-request';
import { checkedLocation } from '../src/intake/location';
import { checkedMediaUrls } from '../src/intake/media';
import { checkedText } from '../src/intake/text';
import { ChangeRefused } from '../src/lifecycle/change-refused';

// Pure rules of intake, without a database: each refusal names its field and code.

function refusal(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof ChangeRefused) return { code: error.code, ...error.details };
    throw error;
  }
  throw new Error('expected a refusal');
}

const square = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

const CITY: CitySettings = {
  city: {
    id: true,
    name: 'Testville',
    jurisdictionId: 'test',
    numberPrefix: 'TST',
    timeZone: 'UTC',
    boundary: square(0, 0, 2, 1),
    businessHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
    holidays: [],
  },
  districts: [
    { number: 1, name: 'West', geometry: square(0, 0, 1, 1) },
    { number: 2, name: 'East', geometry: square(1, 0, 2, 1) },
  ],
};

function attribute(over: Partial<ServiceAttribute>): ServiceAttribute {
  return {
    serviceId: 's',
    code: 'X',
    datatype: 'string',
    required: false,
    variable: true,
    order: 1,
    descriptionEn: 'x',
    descriptionEs: 'x',
    values: [],
    ...over,
  };
}

const choices = (...keys: string[]) => keys.map((key) => ({ key, name: { en: key, es: key } }));

const DEFINITION = [
  attribute({
    code: 'SIZE',
    datatype: 'singlevaluelist',
    required: true,
    values: choices('S', 'L'),
  }),
  attribute({ code: 'SURFACE', datatype: 'multivaluelist', values: choices('WALL', 'SIGN') }),
  attribute({ code: 'DAYS', datatype: 'number' }),
  attribute({ code: 'SEEN', datatype: 'datetime' }),
  attribute({ code: 'NOTE', datatype: 'text' }),
  attribute({ code: 'INFO', datatype: 'text', variable: false }),
];

describe('text', () => {
  const rule = {
    field: 'description',
    label: 'The description',
    min: 1,
    max: 10,
    refuseMarkup: true,
  };
  it('trims, counts characters (not UTF-16 units), refuses empty, long, HTML and NUL', () => {
    expect(checkedText('  hi  ', rule)).toBe('hi');
    expect(checkedText('🕳️🕳️🕳️🕳️🕳️', rule)).toBe('🕳️🕳️🕳️🕳️🕳️');
    expect(refusal(() => checkedText('   ', rule))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'description',
    });
    expect(refusal(() => checkedText('12345678901', rule))).toMatchObject({
      field: 'description',
      max: 10,
    });
    for (const html of ['<b>x</b>', '<img src=x>', '<!-- x', '</p>', '<br/>']) {
      expect(refusal(() => checkedText(html, rule))).toMatchObject({ field: 'description' });
    }
    expect(checkedText('a < b, <3', rule)).toBe('a < b, <3');
    expect(refusal(() => checkedText('a\0b', rule))).toMatchObject({ field: 'description' });
  });
});

describe('location', () => {
  it('finds the district, refuses a point outside the city as OUTSIDE_CITY', () => {
    expect(checkedLocation(CITY, 0.5, 0.5).district).toBe(1);
    expect(checkedLocation(CITY, 1.5, 0.5).district).toBe(2);
    // On the shared edge: in exactly one district.
    expect([1, 2]).toContain(checkedLocation(CITY, 1, 0.5).district);
    expect(refusal(() => checkedLocation(CITY, 3, 0.5))).toMatchObject({
      code: 'OUTSIDE_CITY',
      field: 'location',
    });
    expect(refusal(() => checkedLocation(CITY, Number.NaN, 0.5))).toMatchObject({
      field: 'location.lon',
    });
    expect(refusal(() => checkedLocation(CITY, 0.5, 91))).toMatchObject({ field: 'location.lat' });
  });
});

describe('attributes', () => {
  it('keeps answers of their datatype, keyed by code', () => {
    expect(
      checkedAttributeAnswers(DEFINITION, [
        { code: 'SIZE', value: 'L' },
        { code: 'SURFACE', values: ['SIGN', 'WALL'] },
        { code: 'DAYS', value: ' 4.5 ' },
        { code: 'SEEN', value: '2026-11-29T08:30:00-07:00' },
        { code: 'NOTE', value: 'near the bus stop' },
      ]),
    ).toEqual({
      SIZE: 'L',
      SURFACE: ['SIGN', 'WALL'],
      DAYS: 4.5,
      SEEN: '2026-11-29T15:30:00.000Z',
      NOTE: 'near the bus stop',
    });
  });

  it.each([
    ['a required answer missing', [], 'attributes.SIZE'],
    [
      'an unknown code',
      [
        { code: 'SIZE', value: 'S' },
        { code: 'COLOUR', value: 'red' },
      ],
      'attributes.COLOUR',
    ],
    [
      'an informational attribute answered',
      [
        { code: 'SIZE', value: 'S' },
        { code: 'INFO', value: 'x' },
      ],
      'attributes.INFO',
    ],
    [
      'a code answered twice',
      [
        { code: 'SIZE', value: 'S' },
        { code: 'SIZE', value: 'L' },
      ],
      'attributes.SIZE',
    ],
    ['a key not allowed', [{ code: 'SIZE', value: 'XL' }], 'attributes.SIZE'],
    [
      'a list key not allowed',
      [
        { code: 'SIZE', value: 'S' },
        { code: 'SURFACE', values: ['ROOF'] },
      ],
      'attributes.SURFACE',
    ],
    [
      'a list key twice',
      [
        { code: 'SIZE', value: 'S' },
        { code: 'SURFACE', values: ['WALL', 'WALL'] },
      ],
      'attributes.SURFACE',
    ],
    [
      'one value for a list',
      [
        { code: 'SIZE', value: 'S' },
        { code: 'SURFACE', value: 'WALL' },
      ],
      'attributes.SURFACE',
    ],
    ['a list for one value', [{ code: 'SIZE', values: ['S'] }], 'attributes.SIZE'],
    [
      'not a number',
      [
        { code: 'SIZE', value: 'S' },
        { code: 'DAYS', value: '3 days' },
      ],
      'attributes.DAYS',
    ],
    [
      'an exponent number',
      [
        { code: 'SIZE', value: 'S' },
        { code: 'DAYS', value: '1e400' },
      ],
      'attributes.DAYS',
    ],
    [
      'a date without time',
      [
        { code: 'SIZE', value: 'S' },
        { code: 'SEEN', value: '2026-11-29' },
      ],
      'attributes.SEEN',
    ],
    [
      'a day that does not exist',
      [
        { code: 'SIZE', value: 'S' },
        { code: 'SEEN', value: '2026-02-30T08:30:00Z' },
      ],
      'attributes.SEEN',
    ],
    [
      'a time without offset',
      [
        { code: 'SIZE', value: 'S' },
        { code: 'SEEN', value: '2026-11-29T08:30:00' },
      ],
      'attributes.SEEN',
    ],
    [
      'HTML in text',
      [
        { code: 'SIZE', value: 'S' },
        { code: 'NOTE', value: '<script>x</script>' },
      ],
      'attributes.NOTE',
    ],
  ])('refuses %s', (_name, answers, field) => {
    expect(refusal(() => checkedAttributeAnswers(DEFINITION, answers))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
  });
});

describe('media, reporter, channel', () => {
  it('keeps http(s) links once; refuses other schemes, credentials, too many, too long', () => {
    expect(
      checkedMediaUrls(['https://x.test/a.jpg', 'https://x.test/a.jpg', 'http://y.test/b']),
    ).toEqual(['https://x.test/a.jpg', 'http://y.test/b']);
    for (const url of [
      'javascript:alert(1)',
      'data:image/png;base64,xx',
      'ftp://x.test/a',
      'not a url',
      'https://u:p@x.test/a',
    ]) {
      expect(refusal(() => checkedMediaUrls([url]))).toMatchObject({ field: 'mediaUrls.0' });
    }
    expect(
      refusal(() => checkedMediaUrls(Array.from({ length: 6 }, (_, i) => `https://x.test/${i}`))),
    ).toMatchObject({ field: 'mediaUrls' });
    expect(refusal(() => checkedMediaUrls([`https://x.test/${'a'.repeat(2100)}`]))).toMatchObject({
      field: 'mediaUrls.0',
    });
  });

  it('checks the reporter’s email and phone; blanks are absent', () => {
    expect(
      checkedReporter({ name: ' Ana ', email: 'ana@example.org', phone: '+1 (602) 555-0100' }),
    ).toEqual({
      reporterName: 'Ana',
      reporterEmail: 'ana@example.org',
      reporterPhone: '+1 (602) 555-0100',
    });
    expect(checkedReporter({ name: ' ', email: '' })).toEqual({
      reporterName: null,
      reporterEmail: null,
      reporterPhone: null,
    });
    expect(refusal(() => checkedReporter({ email: 'ana@' }))).toMatchObject({
      field: 'reporter.email',
    });
    expect(refusal(() => checkedReporter({ email: 'a b@example.org' }))).toMatchObject({
      field: 'reporter.email',
    });
    expect(refusal(() => checkedReporter({ phone: '555' }))).toMatchObject({
      field: 'reporter.phone',
    });
    expect(refusal(() => checkedReporter({ phone: '602-555-CALL' }))).toMatchObject({
      field: 'reporter.phone',
    });
  });

  it('lets staff take PHONE and WALK_IN requests, not partners', () => {
    expect(checkedChannel({ kind: 'STAFF', id: 'x' }, 'PHONE')).toBe('PHONE');
    expect(checkedChannel({ kind: 'PARTNER', id: 'app' }, 'MOBILE_APP')).toBe('MOBILE_APP');
    expect(refusal(() => checkedChannel({ kind: 'PARTNER', id: 'app' }, 'PHONE'))).toMatchObject({
      field: 'channel',
    });
    expect(refusal(() => checkedChannel({ kind: 'PARTNER', id: 'app' }, 'WALK_IN'))).toMatchObject({
      field: 'channel',
    });
  });
});

describe('intakeRequest', () => {
  const service = {
    id: 'svc',
    code: 'POTHOLE',
    active: true,
    retiredAt: null,
  } as unknown as Service;
  const input: IntakeInput = {
    location: { lon: 1.5, lat: 0.5 },
    address: ' 1 Main St ',
    description: ' Deep hole ',
    channel: 'PHONE',
    locale: 'es',
    attributes: [{ code: 'SIZE', value: 'S' }],
    reporter: { phone: '602 555 0100' },
  };
  const context = {
    service,
    serviceField: 'serviceCode' as const,
    attributes: DEFINITION,
    city: CITY,
    actor: { kind: 'STAFF' as const, id: 'staff-1' },
  };

  it('gives the columns of the new request, the filer recorded', () => {
    expect(intakeRequest(input, context)).toEqual({
      serviceId: 'svc',
      channel: 'PHONE',
      description: 'Deep hole',
      locale: 'es',
      lon: 1.5,
      lat: 0.5,
      address: '1 Main St',
      district: 2,
      attributes: { SIZE: 'S' },
      mediaUrls: [],
      reporterName: null,
      reporterEmail: null,
      reporterPhone: '602 555 0100',
      submittedByKind: 'STAFF',
      submittedById: 'staff-1',
      reporterResidentId: null,
    });
  });

  it("links a signed-in resident's report to them (not a staff member's, nor a bad id)", () => {
    const resident = '6f1d8f5e-8a44-4a34-9a2b-6a6c0f0b1a01';
    const filed = (actor: { kind: 'RESIDENT' | 'STAFF'; id: string }) =>
      intakeRequest({ ...input, channel: 'MOBILE_APP' }, { ...context, actor }).reporterResidentId;
    expect(filed({ kind: 'RESIDENT', id: resident })).toBe(resident);
    expect(filed({ kind: 'RESIDENT', id: 'not-a-uuid' })).toBeNull();
    expect(filed({ kind: 'STAFF', id: resident })).toBeNull();
  });

  it('refuses a retired service first, with SERVICE_RETIRED naming the field used', () => {
    const retired = { ...service, active: false, retiredAt: new Date('2026-11-01T00:00:00Z') };
    expect(refusal(() => intakeRequest(input, { ...context, service: retired }))).toMatchObject({
      code: 'SERVICE_RETIRED',
      field: 'serviceCode',
    });
  });
});
