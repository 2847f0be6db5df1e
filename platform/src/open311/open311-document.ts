import type { FastifyReply } from 'fastify';

/** The two formats GeoReport v2 serves, chosen by the path's extension (none: JSON). */
export type Open311Format = 'json' | 'xml';

/** A value in an Open311 answer: text, a number, a flag, nothing, or nested items. */
export type Open311Value =
  | string
  | number
  | boolean
  | null
  | Open311Item
  | ReadonlyArray<Open311Value>;

/** One element of an answer: its fields in the order the spec lists them. */
export interface Open311Item {
  readonly [field: string]: Open311Value;
}

/**
 * What the spec's XML calls each item of a list, by the list's element: a JSON array
 * `services: [...]` is `<services><service>…</service></services>` in XML.
 */
const ITEM_ELEMENT: Readonly<Record<string, string>> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
};

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe in an element; characters XML 1.0 cannot carry at all are dropped. */
function xmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

function xmlElement(name: string, value: Open311Value): string {
  if (value === null) return `<${name}/>`;
  if (Array.isArray(value)) {
    const item = ITEM_ELEMENT[name];
    if (!item) throw new Error(`Open311 XML: no item element for the list <${name}>`);
    return `<${name}>${value.map((v) => xmlElement(item, v)).join('')}</${name}>`;
  }
  if (typeof value === 'object') {
    const children = Object.entries(value as Open311Item)
      .map(([field, v]) => xmlElement(field, v))
      .join('');
    return `<${name}>${children}</${name}>`;
  }
  return `<${name}>${xmlText(String(value))}</${name}>`;
}

/**
 * An answer as the spec's examples write it. `root` is the document element
 * (`services`, `service_definition`, `service_requests`, `errors`, `discovery`); a list
 * body is its items (a JSON array), an object body its fields (a JSON object).
 */
export function renderOpen311(
  format: Open311Format,
  root: string,
  body: ReadonlyArray<Open311Value> | Open311Item,
): string {
  if (format === 'json') return JSON.stringify(body);
  return `<?xml version="1.0" encoding="UTF-8"?>${xmlElement(root, body)}`;
}

export const OPEN311_CONTENT_TYPES: Readonly<Record<Open311Format, string>> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

/** Sends an answer in `format` with its status (200 unless said). */
export function sendOpen311(
  reply: FastifyReply,
  format: Open311Format,
  root: string,
  body: ReadonlyArray<Open311Value> | Open311Item,
  status = 200,
) {
  return reply
    .code(status)
    .type(OPEN311_CONTENT_TYPES[format])
    .send(renderOpen311(format, root, body));
}
