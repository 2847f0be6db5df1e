import { unstorableCharacter } from '@civicgraph/platform';
import { badOpen311Argument } from './open311-error';

/** One answer to an attribute as the form sent it: `attribute[code]` or `attribute[code][]`. */
export interface FormAttributeAnswer {
  code: string;
  /** From `attribute[code]`; undefined when only the list form was sent. */
  value?: string;
  /** From `attribute[code][]`, every key in the order sent; undefined when not sent. */
  values?: string[];
}

/** A GeoReport v2 `POST requests` form, each argument once, still unchecked text. */
export interface Open311RequestForm {
  serviceCode: string;
  lat: string | null;
  long: string | null;
  addressString: string | null;
  addressId: string | null;
  email: string | null;
  deviceId: string | null;
  accountId: string | null;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  description: string | null;
  mediaUrl: string | null;
  attributes: FormAttributeAnswer[];
}

/** The spec's single-valued arguments: sent twice, which one the client meant is unknown. */
const SINGLE_ARGUMENTS = [
  'service_code',
  'lat',
  'long',
  'address_string',
  'address_id',
  'email',
  'device_id',
  'account_id',
  'first_name',
  'last_name',
  'phone',
  'description',
  'media_url',
] as const;
type SingleArgument = (typeof SINGLE_ARGUMENTS)[number];

const MAX_ACCOUNT_ID = 200;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f]/;

const ATTRIBUTE = /^attribute\[([^[\]]*)\](\[\])?$/;

/** The value of a single argument, or null when absent or blank. */
function single(form: URLSearchParams, name: SingleArgument): string | null {
  const values = form.getAll(name);
  if (values.length > 1)
    throw badOpen311Argument(`${name} is given ${values.length} times: send it once`);
  const value = values[0];
  return value === undefined || value.trim() === '' ? null : value;
}

/**
 * Reads the form of `POST requests`: the spec's arguments, each once, and the answers
 * to attributes. Names it does not know are left alone (clients send extras, such as
 * `api_key` and `jurisdiction_id`, which the gateway and the router read). Nothing here
 * judges a value but its shape; intake checks the rest.
 */
export function readRequestForm(form: URLSearchParams): Open311RequestForm {
  for (const [name, value] of form) {
    // PostgreSQL stores no NUL: refused here, before any value reaches a query.
    const unstorable = unstorableCharacter(name) ?? unstorableCharacter(value);
    if (unstorable) {
      throw badOpen311Argument(
        `${name.slice(0, 60)} contains ${unstorable}, which cannot be stored`,
      );
    }
  }
  const serviceCode = single(form, 'service_code');
  if (serviceCode === null) throw badOpen311Argument('service_code is required');
  const accountId = single(form, 'account_id');
  // Echoed back as given: kept to what an id looks like, so the answer stays valid XML.
  if (accountId !== null && (accountId.length > MAX_ACCOUNT_ID || CONTROL.test(accountId))) {
    throw badOpen311Argument(
      `account_id must be at most ${MAX_ACCOUNT_ID} characters, without control characters`,
    );
  }
  return {
    serviceCode: serviceCode.trim(),
    lat: single(form, 'lat'),
    long: single(form, 'long'),
    addressString: single(form, 'address_string'),
    addressId: single(form, 'address_id'),
    email: single(form, 'email'),
    deviceId: single(form, 'device_id'),
    accountId,
    firstName: single(form, 'first_name'),
    lastName: single(form, 'last_name'),
    phone: single(form, 'phone'),
    description: single(form, 'description'),
    mediaUrl: single(form, 'media_url'),
    attributes: attributeAnswers(form),
  };
}

function attributeAnswers(form: URLSearchParams): FormAttributeAnswer[] {
  const byCode = new Map<string, FormAttributeAnswer>();
  for (const [name, value] of form) {
    const match = ATTRIBUTE.exec(name);
    if (!match) continue;
    const code = match[1]!;
    if (code.trim() === '') throw badOpen311Argument(`${name} names no attribute code`);
    const answer = byCode.get(code) ?? { code };
    byCode.set(code, answer);
    if (match[2]) {
      answer.values = [...(answer.values ?? []), value];
    } else {
      if (answer.value !== undefined) {
        throw badOpen311Argument(
          `attribute[${code}] is given twice: send one value, or each key of a list as attribute[${code}][]`,
        );
      }
      answer.value = value;
    }
  }
  return [...byCode.values()];
}
