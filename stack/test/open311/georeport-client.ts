import { XMLParser } from 'fast-xml-parser';

// A GeoReport v2 client that knows only the spec (wiki.open311.org/GeoReport_v2), as a
// city's 311 app or a civic-tech tool would be written: it finds the endpoint through
// discovery, reads JSON or XML, and sends form-encoded POSTs with `api_key`. No npm
// package for Open311 is maintained, so the tests carry this small one. It knows
// nothing of CivicGraph: what it sees is what any spec client would.

export type GeoReportFormat = 'json' | 'xml';

export interface Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: string;
  keywords: string;
  group: string;
}

export interface AttributeValue {
  key: string;
  name: string;
}

export interface ServiceAttribute {
  variable: boolean;
  code: string;
  datatype: string;
  required: boolean;
  datatype_description: string;
  order: number;
  description: string;
  values: AttributeValue[];
}

export interface ServiceDefinition {
  service_code: string;
  attributes: ServiceAttribute[];
}

/** A request as the spec lists its fields, every value as text (the spec's types vary). */
export type ServiceRequest = Record<string, string | null>;

export interface Created {
  service_request_id: string | null;
  token: string | null;
  service_notice: string | null;
  account_id: string | null;
}

export class GeoReportError extends Error {
  constructor(
    readonly status: number,
    readonly errors: Array<{ code: string; description: string }>,
  ) {
    super(`${status}: ${errors.map((e) => `${e.code} ${e.description}`).join('; ')}`);
  }
}

/** The elements the spec's XML repeats: always lists, even with one item. */
const REPEATED = new Set([
  'service',
  'request',
  'error',
  'attribute',
  'value',
  'endpoint',
  'format',
]);

const xml = new XMLParser({
  // Values as text: the client reads the spec's types itself, as it must for JSON too.
  parseTagValue: false,
  isArray: (name) => REPEATED.has(name),
});

/** Text of a scalar from either format: JSON numbers and booleans as the XML would say them. */
function text(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'object') throw new Error(`expected a scalar, got ${JSON.stringify(value)}`);
  return String(value);
}

const flag = (value: unknown) => text(value) === 'true';

/** A list element's items: `<services><service>…` in XML is `[…]` in JSON. */
function items(parsed: unknown, root: string, item: string): Record<string, unknown>[] {
  if (Array.isArray(parsed)) return parsed as Record<string, unknown>[];
  const container = (parsed as Record<string, unknown>)[root];
  if (container === '' || container === undefined || container === null) return [];
  if (Array.isArray(container)) return container as Record<string, unknown>[];
  return ((container as Record<string, unknown>)[item] ?? []) as Record<string, unknown>[];
}

export class GeoReportClient {
  private constructor(
    readonly endpoint: string,
    private readonly format: GeoReportFormat,
    private readonly options: { apiKey?: string; jurisdictionId?: string; locale?: string },
  ) {}

  /**
   * Reads `discovery` at `discoveryUrl` (without extension) and takes the production
   * GeoReport v2 endpoint that serves `format`, as the spec's Service Discovery says.
   */
  static async discover(
    discoveryUrl: string,
    format: GeoReportFormat,
    options: { apiKey?: string; jurisdictionId?: string; locale?: string } = {},
  ) {
    const response = await fetch(`${discoveryUrl}.${format}`);
    const body = await response.text();
    if (!response.ok) throw new Error(`discovery answered ${response.status}: ${body}`);
    const parsed = format === 'json' ? JSON.parse(body) : xml.parse(body).discovery;
    const endpoints = (format === 'json' ? parsed.endpoints : parsed.endpoints.endpoint) as Array<
      Record<string, unknown>
    >;
    const mime = format === 'json' ? 'application/json' : 'text/xml';
    const found = endpoints.find((endpoint) => {
      const formats = (
        format === 'json' ? endpoint.formats : (endpoint.formats as { format: unknown[] }).format
      ) as unknown[];
      return (
        /GeoReport_v2/.test(String(endpoint.specification)) &&
        endpoint.type === 'production' &&
        formats.map(String).includes(mime)
      );
    });
    if (!found) throw new Error(`discovery lists no GeoReport v2 endpoint for ${mime}`);
    return new GeoReportClient(new URL(String(found.url), discoveryUrl).href, format, options);
  }

  private url(path: string, query: Record<string, string> = {}) {
    const url = new URL(`${this.endpoint.replace(/\/$/, '')}/${path}.${this.format}`);
    const { jurisdictionId, locale } = this.options;
    if (jurisdictionId) url.searchParams.set('jurisdiction_id', jurisdictionId);
    if (locale) url.searchParams.set('locale', locale);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    return url;
  }

  private async read(response: Response): Promise<unknown> {
    const body = await response.text();
    const parsed = this.format === 'json' ? JSON.parse(body) : xml.parse(body);
    if (response.ok) return parsed;
    const errors = items(parsed, 'errors', 'error').map((e) => ({
      code: text(e.code) ?? '',
      description: text(e.description) ?? '',
    }));
    throw new GeoReportError(response.status, errors);
  }

  private async get(path: string, query?: Record<string, string>) {
    return this.read(await fetch(this.url(path, query)));
  }

  async services(): Promise<Service[]> {
    return items(await this.get('services'), 'services', 'service').map((s) => ({
      service_code: text(s.service_code) ?? '',
      service_name: text(s.service_name) ?? '',
      description: text(s.description) ?? '',
      metadata: flag(s.metadata),
      type: text(s.type) ?? '',
      keywords: text(s.keywords) ?? '',
      group: text(s.group) ?? '',
    }));
  }

  async serviceDefinition(serviceCode: string): Promise<ServiceDefinition> {
    const parsed = (await this.get(`services/${encodeURIComponent(serviceCode)}`)) as Record<
      string,
      unknown
    >;
    const definition = (this.format === 'json' ? parsed : parsed.service_definition) as Record<
      string,
      unknown
    >;
    return {
      service_code: text(definition.service_code) ?? '',
      attributes: items(definition, 'attributes', 'attribute').map((a) => ({
        variable: flag(a.variable),
        code: text(a.code) ?? '',
        datatype: text(a.datatype) ?? '',
        required: flag(a.required),
        datatype_description: text(a.datatype_description) ?? '',
        order: Number(text(a.order)),
        description: text(a.description) ?? '',
        values: items(a, 'values', 'value').map((v) => ({
          key: text(v.key) ?? '',
          name: text(v.name) ?? '',
        })),
      })),
    };
  }

  /** POST requests: `fields` as the spec names them, `attributes` as `attribute[code]`. */
  async createRequest(
    fields: Record<string, string>,
    attributes: Record<string, string | string[]> = {},
  ): Promise<Created[]> {
    const form = new URLSearchParams();
    if (this.options.apiKey) form.set('api_key', this.options.apiKey);
    if (this.options.jurisdictionId) form.set('jurisdiction_id', this.options.jurisdictionId);
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    for (const [code, answer] of Object.entries(attributes)) {
      if (Array.isArray(answer)) {
        for (const one of answer) form.append(`attribute[${code}][]`, one);
      } else {
        form.set(`attribute[${code}]`, answer);
      }
    }
    const url = new URL(`${this.endpoint.replace(/\/$/, '')}/requests.${this.format}`);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    return items(await this.read(response), 'service_requests', 'request').map((r) => ({
      service_request_id: text(r.service_request_id),
      token: text(r.token),
      service_notice: text(r.service_notice),
      account_id: text(r.account_id),
    }));
  }

  private requestsOf(parsed: unknown): ServiceRequest[] {
    return items(parsed, 'service_requests', 'request').map((r) =>
      Object.fromEntries(
        Object.entries(r)
          // The spec's fields are scalars; an extension's nested lists are not its business.
          .filter(([, value]) => value === null || typeof value !== 'object')
          .map(([name, value]) => [name, text(value)]),
      ),
    );
  }

  async requests(query: Record<string, string> = {}): Promise<ServiceRequest[]> {
    return this.requestsOf(await this.get('requests', query));
  }

  async request(serviceRequestId: string): Promise<ServiceRequest[]> {
    return this.requestsOf(await this.get(`requests/${encodeURIComponent(serviceRequestId)}`));
  }

  async token(
    token: string,
  ): Promise<Array<{ service_request_id: string | null; token: string | null }>> {
    return items(
      await this.get(`tokens/${encodeURIComponent(token)}`),
      'service_requests',
      'request',
    ).map((r) => ({ service_request_id: text(r.service_request_id), token: text(r.token) }));
  }
}
