import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const FOLDER = new URL('./fixtures/dcat-us-1.1-non-federal/', import.meta.url);

function schema(file: string) {
  return JSON.parse(readFileSync(new URL(file, FOLDER), 'utf8')) as Record<string, unknown>;
}

/**
 * A validator of whole /data.json documents against data.gov's DCAT-US v1.1 schema for
 * non-federal publishers (draft-04). Its patterns are written for PCRE, not Unicode
 * regular expressions: Ajv must compile them without the `u` flag.
 */
export function dcatUsCatalogValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  ajv.addSchema(schema('dataset-non-federal.json'));
  return ajv.compile(schema('catalog.json'));
}
