import { snapToBlock, zonedIsoString } from '@civicgraph/platform';
import { describe, expect, it } from 'vitest';
import type { Open311RequestRow } from '../src/db/open311.repository';
import { blockAddress, open311RequestDocument } from '../src/open311/request-document';

const row: Open311RequestRow = {
  id: '6f1c1f9e-8a55-4c86-9a55-0f1f4f6c2a10',
  number: 'PHX-26-000123',
  status: 'OPEN',
  description: 'Tents behind 1234 W Main St; text me 602-555-0101',
  lon: -112.0741,
  lat: 33.4487,
  address: '1234 W Main St',
  requestedAt: new Date('2026-11-28T16:15:00.123Z'),
  updatedAt: new Date('2026-11-28T17:00:00.456Z'),
  attributes: { Z_NOTE: 'mail a@b.co', A_COUNT: 3, KINDS: ['TENT', 'CART'] },
  mediaUrls: [],
  serviceCode: 'ENCAMPMENT',
  serviceNameEn: 'Encampment',
  serviceNameEs: 'Campamento',
  departmentId: 'd1',
  locationSensitive: false,
  statusNote: null,
  expectedAt: new Date('2026-12-01T00:00:00Z'),
  photoId: '0b6f1c1f-8a55-4c86-9a55-0f1f4f6c2a10',
};
const context = {
  locale: 'en' as const,
  timeZone: 'America/Phoenix',
  origin: 'https://311.example.gov',
  storedPhotos: true,
  agencies: new Map([['d1', 'Neighborhood Services']]),
};

describe('zonedIsoString', () => {
  it("writes the city's wall-clock time with its offset, to the millisecond", () => {
    const instant = new Date('2026-07-04T16:15:00.007Z');
    expect(zonedIsoString(instant, 'America/Phoenix')).toBe('2026-07-04T09:15:00.007-07:00');
    expect(zonedIsoString(instant, 'America/New_York')).toBe('2026-07-04T12:15:00.007-04:00');
    expect(zonedIsoString(new Date('2026-01-04T16:15:00Z'), 'America/New_York')).toBe(
      '2026-01-04T11:15:00.000-05:00',
    );
    expect(zonedIsoString(instant, 'UTC')).toBe('2026-07-04T16:15:00.007+00:00');
    expect(new Date(zonedIsoString(instant, 'Asia/Kolkata')).getTime()).toBe(instant.getTime());
  });
});

describe('blockAddress', () => {
  it('keeps the block and the street, never the door', () => {
    expect(blockAddress('1234 W Main St')).toBe('1200 block of W Main St');
    expect(blockAddress('99B N 7th Ave')).toBe('0 block of N 7th Ave');
    expect(blockAddress('Corner of Main and 7th')).toBeNull();
  });
});

describe('open311RequestDocument', () => {
  it('writes the fields in the spec order, scrubbed, attributes by code as text', () => {
    const item = open311RequestDocument(row, context);
    expect(item).toEqual({
      service_request_id: 'PHX-26-000123',
      status: 'open',
      status_notes: null,
      service_name: 'Encampment',
      service_code: 'ENCAMPMENT',
      description: 'Tents behind 1234 W Main St; text me [phone removed]',
      agency_responsible: 'Neighborhood Services',
      service_notice: null,
      requested_datetime: '2026-11-28T09:15:00.123-07:00',
      updated_datetime: '2026-11-28T10:00:00.456-07:00',
      expected_datetime: '2026-11-30T17:00:00.000-07:00',
      address: '1234 W Main St',
      address_id: null,
      zipcode: null,
      lat: 33.4487,
      long: -112.0741,
      media_url: `https://311.example.gov/photos/${row.photoId}`,
      attributes: [
        { code: 'A_COUNT', value: '3' },
        { code: 'KINDS', values: ['TENT', 'CART'] },
        { code: 'Z_NOTE', value: 'mail [email removed]' },
      ],
    });
  });

  it('publishes a location-sensitive request at its block, without its door or photo', () => {
    const item = open311RequestDocument({ ...row, locationSensitive: true }, context);
    const [long, lat] = snapToBlock(row.lon, row.lat);
    expect(item).toMatchObject({
      lat,
      long,
      address: '1200 block of W Main St',
      description: 'Tents behind [number removed] W Main St; text me [phone removed]',
      media_url: null,
    });
  });

  it("links a stored photo only for callers who may open it, and the reporter's own link for all", () => {
    const anonymous = { ...context, storedPhotos: false };
    expect(open311RequestDocument(row, anonymous).media_url).toBeNull();
    const given = { ...row, mediaUrls: ['https://img.example.org/tents.jpg'] };
    expect(open311RequestDocument(given, anonymous).media_url).toBe(
      'https://img.example.org/tents.jpg',
    );
    expect(open311RequestDocument(given, context).media_url).toBe(
      'https://img.example.org/tents.jpg',
    );
  });

  it('has no expected time once closed, and names the service in Spanish when asked', () => {
    const item = open311RequestDocument({ ...row, status: 'CLOSED' }, { ...context, locale: 'es' });
    expect(item).toMatchObject({
      status: 'closed',
      expected_datetime: null,
      service_name: 'Campamento',
    });
  });
});
