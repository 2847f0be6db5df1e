/**
 * The shape of a city profile, as one zod schema: the profile's TypeScript type is
 * inferred from it, so the checks and the type cannot drift apart. Profiles are
 * hand-edited JSON, so every problem is reported at once, each naming its field.
 */
import { LOCALES } from '@civicgraph/platform';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from '@civicgraph/platform/geo';
import { z } from 'zod';
import { durationMs } from './duration';

const text = z.string().trim().min(1, 'must be non-empty text');
const textList = z.array(text).min(1, 'must be a non-empty list of text');
const locale = z.enum(LOCALES);
const bilingual = z.object({ en: text, es: text });
const finite = z.number().finite();

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Positions are checked only for being numbers: the geometry is the city's own. */
const position = z.union([z.tuple([finite, finite]), z.tuple([finite, finite, finite])]);
const polygon = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(z.array(position)),
}) satisfies z.ZodType<Polygon>;
const multiPolygon = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(z.array(position))),
}) satisfies z.ZodType<MultiPolygon>;

const boundary = z.object({
  type: z.literal('Feature', 'must be a GeoJSON Feature'),
  geometry: z.union([polygon, multiPolygon], 'must be a Polygon or MultiPolygon'),
  properties: z.object({ name: text }),
}) satisfies z.ZodType<Feature<Polygon | MultiPolygon, { name: string }>>;

const districts = z.object({
  type: z.literal('FeatureCollection', 'must be a GeoJSON FeatureCollection'),
  features: z
    .array(
      z.object({
        type: z.literal('Feature'),
        geometry: polygon,
        properties: z.object({ number: z.number().int(), name: text }),
      }),
    )
    .min(1, 'must hold at least one district'),
}) satisfies z.ZodType<FeatureCollection<Polygon, { number: number; name: string }>>;

const streetGrid = z.object({
  spacingMiles: finite.positive(),
  /** Names of north-south arterials from west to east. */
  northSouth: textList,
  /** Names of east-west arterials from south to north. */
  eastWest: textList,
  /**
   * The arterials where house numbers start (the 0 N/S and 0 E/W lines of addresses);
   * defaults to the middle arterial of each list.
   */
  addressOrigin: z.object({ northSouth: text, eastWest: text }).optional(),
});

const department = z.object({ code: text, name: bilingual, crews: textList });

const attributeValue = z.object({ key: text, name: bilingual });

/** An Open311 service attribute: a question the reporter answers, in both languages. */
const serviceAttribute = z.object({
  code: text.regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, _ or -'),
  datatype: z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']),
  required: z.boolean(),
  /** false: information for the reporter, not a question. */
  variable: z.boolean().default(true),
  description: bilingual,
  values: z.array(attributeValue).default([]),
});

const resolutionCode = z.object({ code: text, name: bilingual });

const service = z.object({
  code: text,
  departmentCode: text,
  group: bilingual,
  name: bilingual,
  description: bilingual,
  keywords: z.array(text),
  /** Target hours from report to completion. */
  slaHours: finite.positive(),
  /** Asset type whose assets this request is usually about, if any. */
  assetTypeCode: text.nullable(),
  /** Relative frequency among incoming requests. */
  weight: finite.nonnegative(),
  /** The SLA counts business hours on working days that are not holidays. */
  slaBusinessHours: z.boolean().default(false),
  /** Encampments, code complaints: exact locations are never published. */
  locationSensitive: z.boolean().default(false),
  defaultPriority: z.enum(['LOW', 'NORMAL', 'HIGH', 'URGENT']).default('NORMAL'),
  /** Open311 attributes, asked in this order. */
  attributes: z.array(serviceAttribute).default([]),
  /** What finished work may be closed as; the profile's defaults when absent. */
  resolutionCodes: z.array(resolutionCode).optional(),
});

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour)');

/** The hours business-hours SLAs count: ISO weekdays (1 = Monday) and local opening hours. */
const businessHours = z
  .object({
    days: z.array(z.number().int().min(1).max(7)).min(1),
    start: hhmm,
    end: hhmm,
  })
  .refine((hours) => hours.start < hours.end, 'must end after it starts');

/** A public status note written when work reaches a status; service absent: every service. */
const replyTemplate = z.object({
  service: text.optional(),
  status: z.enum(['ASSIGNED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'CLOSED', 'CANCELLED']),
  body: bilingual,
});

const assetType = z.object({
  code: text,
  name: bilingual,
  geometry: z.enum(['POINT', 'LINE']),
  departmentCode: text,
  /** Assets per street mile at the demo scale. */
  perMile: finite.nonnegative(),
  /** Prefix of asset tags ("STL" in "STL-000123"); defaults to the first 3 letters of `code`. */
  tagPrefix: text.optional(),
});

const dataset = z.object({
  slug: text,
  title: text,
  description: text,
  keywords: z.array(text),
  theme: z.array(text),
  accrualPeriodicity: z
    .string()
    .refine((value) => durationMs(value) !== null, 'must be an ISO 8601 duration such as R/P1D'),
  /** Where the rows come from: an upload, the requests outbox (live), the graph. */
  source: z.enum(['UPLOADED', 'LIVE', 'GRAPH']),
  publisherDepartmentCode: text,
  /** DCAT-US contactPoint: who answers questions about the data. */
  contactPoint: z.object({ name: text, email: z.email('must be an email address') }),
  /** DCAT-US landingPage: the dataset's page on the city's site (an absolute URL). */
  landingPage: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  /**
   * DCAT-US temporal ("start/end" dates) of data that covers a fixed period; absent,
   * the data runs from when the dataset was first issued until now.
   */
  temporal: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/, 'must be "YYYY-MM-DD/YYYY-MM-DD"')
    .optional(),
});

/** Everything the generator needs to know about a city; held as JSON, never as code. */
export const cityProfileSchema = z
  .object({
    id: text.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes'),
    name: text,
    state: text,
    timeZone: text.refine(isTimeZone, { error: (issue) => `"${issue.input}" is unknown` }),
    /** Open311 jurisdiction_id. */
    jurisdictionId: text,
    /**
     * Prefix of request and work order numbers ("PHX" in "PHX-26-000123"); defaults to
     * the first three letters of `id`, upper-cased.
     */
    numberPrefix: text.optional(),
    locales: z.array(locale).min(1, 'must list at least one language'),
    /** [west, south, east, north] in WGS84, as GeoJSON writes a bbox. */
    bbox: z
      .tuple([finite, finite, finite, finite])
      .refine(
        ([west, south, east, north]) => west < east && south < north,
        'must be [west, south, east, north] with west < east and south < north',
      ),
    boundary,
    districts,
    streetGrid,
    departments: z.array(department).min(1, 'must list at least one department'),
    services: z.array(service).min(1, 'must list at least one service'),
    assetTypes: z.array(assetType),
    datasets: z.array(dataset),
    businessHours: businessHours.default({ days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' }),
    /** Days the city is closed: business-hours SLAs skip them. */
    holidays: z
      .array(z.object({ date: z.iso.date('must be a date YYYY-MM-DD'), name: text }))
      .default([]),
    /** Resolution codes of services that do not list their own. */
    resolutionCodes: z
      .array(resolutionCode)
      .min(1)
      .default([{ code: 'RESOLVED', name: { en: 'Resolved', es: 'Resuelto' } }]),
    replyTemplates: z.array(replyTemplate).default([]),
    /** Staff names are drawn from these lists. */
    people: z.object({ givenNames: textList, familyNames: textList }),
  })
  .superRefine(checkReferences);

export type CityProfile = z.infer<typeof cityProfileSchema>;
export type Locale = z.infer<typeof locale>;
export type Bilingual = z.infer<typeof bilingual>;

/** Codes are referred to across the profile: each must be unique and each reference must hold. */
function checkReferences(p: CityProfile, ctx: z.RefinementCtx) {
  const problem = (path: Array<string | number>, message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  const unique = <T>(items: T[], key: (item: T) => string, path: string, what: string) => {
    const seen = new Set<string>();
    for (const [i, item] of items.entries()) {
      const value = key(item);
      if (seen.has(value)) problem([path, i], `${what} ${value} appears twice`);
      seen.add(value);
    }
    return seen;
  };

  unique(p.districts.features, (f) => String(f.properties.number), 'districts', 'district number');
  const departments = unique(p.departments, (d) => d.code, 'departments', 'department code');
  const assetTypes = unique(p.assetTypes, (t) => t.code, 'assetTypes', 'asset type code');
  unique(p.assetTypes, (t) => t.tagPrefix ?? t.code.slice(0, 3), 'assetTypes', 'asset tag prefix');
  unique(p.services, (s) => s.code, 'services', 'service code');
  unique(p.datasets, (d) => d.slug, 'datasets', 'dataset slug');

  const origin = p.streetGrid.addressOrigin;
  if (origin && !p.streetGrid.northSouth.includes(origin.northSouth)) {
    problem(['streetGrid', 'addressOrigin', 'northSouth'], 'must name a north-south arterial');
  }
  if (origin && !p.streetGrid.eastWest.includes(origin.eastWest)) {
    problem(['streetGrid', 'addressOrigin', 'eastWest'], 'must name an east-west arterial');
  }
  const department = (code: string, path: Array<string | number>) => {
    if (!departments.has(code)) problem(path, `${code} is not a department`);
  };
  for (const [i, t] of p.assetTypes.entries()) {
    department(t.departmentCode, ['assetTypes', i, 'departmentCode']);
  }
  for (const [i, d] of p.datasets.entries()) {
    department(d.publisherDepartmentCode, ['datasets', i, 'publisherDepartmentCode']);
  }
  const services = new Set(p.services.map((s) => s.code));
  for (const [i, t] of p.replyTemplates.entries()) {
    if (t.service !== undefined && !services.has(t.service)) {
      problem(['replyTemplates', i, 'service'], `${t.service} is not a service`);
    }
  }
  for (const [i, s] of p.services.entries()) {
    department(s.departmentCode, ['services', i, 'departmentCode']);
    unique(s.attributes, (a) => a.code, `services.${i}.attributes`, 'attribute code');
    for (const [j, a] of s.attributes.entries()) {
      const isList = a.datatype === 'singlevaluelist' || a.datatype === 'multivaluelist';
      if (isList && a.values.length === 0) {
        problem(['services', i, 'attributes', j, 'values'], 'a list attribute needs values');
      }
    }
    if (s.assetTypeCode !== null && !assetTypes.has(s.assetTypeCode)) {
      problem(['services', i, 'assetTypeCode'], `${s.assetTypeCode} is not an asset type`);
    }
  }
  if (!p.services.some((s) => s.weight > 0)) {
    problem(['services'], 'at least one service must have a positive weight');
  }
}
