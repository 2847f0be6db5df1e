import type { ServiceAttribute } from '../db/service.table';
import type { AttributeAnswer } from '../db/service-request.table';
import { invalidInput } from '../lifecycle/change-refused';
import { checkedText } from './text';

/**
 * One answer as a client sends it (Open311 sends every answer as text): `value` for
 * every datatype but `multivaluelist`, whose keys come in `values`.
 */
export interface AttributeAnswerInput {
  code: string;
  value?: string | null;
  values?: readonly string[] | null;
}

/** Lengths per datatype: a short answer, or a paragraph. */
const MAX_STRING = 200;
const MAX_TEXT = 2000;
// Open311's decimal numbers: optional sign, digits, optional fraction. No exponents,
// no hex, no "Infinity": what a reporter types, not what Number() accepts.
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
// ISO 8601 date-time with an offset or Z; the date alone is not a moment.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Whether the date part names a real day: Date.parse rolls 2026-02-30 over to March. */
function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The answers of a request to its service's attributes, checked against the service
 * definition: each code known and asked (informational attributes are never answered),
 * each answered once, each of its datatype, list answers among the allowed keys, and
 * every required one present. Keyed by code, as stored.
 */
export function checkedAttributeAnswers(
  definitions: readonly ServiceAttribute[],
  answers: readonly AttributeAnswerInput[] | null | undefined,
): Record<string, AttributeAnswer> {
  const byCode = new Map(definitions.map((d) => [d.code, d]));
  const checked: Record<string, AttributeAnswer> = {};
  for (const answer of answers ?? []) {
    const field = `attributes.${answer.code}`;
    const definition = byCode.get(answer.code);
    if (!definition) {
      throw invalidInput(field, `This service has no attribute ${answer.code}`, {
        attribute: answer.code,
      });
    }
    if (!definition.variable) {
      throw invalidInput(field, `${answer.code} is information for the reporter, not a question`, {
        attribute: answer.code,
      });
    }
    if (Object.hasOwn(checked, answer.code)) {
      throw invalidInput(field, `${answer.code} is answered twice`, { attribute: answer.code });
    }
    const value = checkedAnswer(definition, answer, field);
    if (value !== null) checked[answer.code] = value;
  }
  for (const definition of definitions) {
    if (definition.required && definition.variable && !Object.hasOwn(checked, definition.code)) {
      throw invalidInput(
        `attributes.${definition.code}`,
        `${definition.code} is required: ${definition.descriptionEn}`,
        { attribute: definition.code },
      );
    }
  }
  return checked;
}

/** One answer of its datatype; null for a blank answer (then a required one is missing). */
function checkedAnswer(
  definition: ServiceAttribute,
  answer: AttributeAnswerInput,
  field: string,
): AttributeAnswer | null {
  const details = { attribute: definition.code, datatype: definition.datatype };
  if (definition.datatype === 'multivaluelist') {
    if (answer.value != null) {
      throw invalidInput(
        field,
        `${definition.code} takes a list: send its keys in values`,
        details,
      );
    }
    const keys = answer.values ?? [];
    if (keys.length === 0) return null;
    const allowed = new Set(definition.values.map((v) => v.key));
    const seen = new Set<string>();
    for (const key of keys) {
      if (!allowed.has(key)) {
        throw invalidInput(field, `${key} is not one of the choices of ${definition.code}`, {
          ...details,
          allowed: [...allowed],
        });
      }
      if (seen.has(key)) throw invalidInput(field, `${key} is chosen twice`, details);
      seen.add(key);
    }
    return [...seen];
  }
  if (answer.values != null) {
    throw invalidInput(field, `${definition.code} takes one value: send it in value`, details);
  }
  if (answer.value == null || answer.value.trim() === '') return null;
  const text = answer.value.trim();
  switch (definition.datatype) {
    case 'string':
    case 'text':
      return checkedText(text, {
        field,
        label: `The answer to ${definition.code}`,
        min: 1,
        max: definition.datatype === 'string' ? MAX_STRING : MAX_TEXT,
        refuseMarkup: true,
      });
    case 'number': {
      const number = Number(text);
      if (!DECIMAL.test(text) || !Number.isFinite(number)) {
        throw invalidInput(field, `${definition.code} must be a number, not ${text}`, details);
      }
      return number;
    }
    case 'datetime': {
      const time = Date.parse(text);
      if (!ISO_DATE_TIME.test(text) || Number.isNaN(time) || !isCalendarDate(text)) {
        throw invalidInput(
          field,
          `${definition.code} must be an ISO 8601 date and time with its offset, e.g. 2026-11-29T08:30:00-07:00`,
          details,
        );
      }
      return new Date(time).toISOString();
    }
    case 'singlevaluelist': {
      const allowed = definition.values.map((v) => v.key);
      if (!allowed.includes(text)) {
        throw invalidInput(field, `${text} is not one of the choices of ${definition.code}`, {
          ...details,
          allowed,
        });
      }
      return text;
    }
  }
  return null;
}
