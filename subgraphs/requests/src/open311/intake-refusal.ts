import type { ChangeRefused } from '../lifecycle/change-refused';
import type { PlacedRequest } from './address-location';
import { badOpen311Argument, type Open311Error } from './open311-error';
import type { FormAttributeAnswer } from './request-form';

/** What the refusal is read against: how the form sent the location and the answers. */
export interface RefusalContext {
  placedBy: PlacedRequest['placedBy'];
  attributes: readonly FormAttributeAnswer[];
}

/** The Open311 argument behind an intake field (intake names the graph's fields). */
function argumentOf(field: string, context: RefusalContext): string {
  if (field === 'serviceCode' || field === 'serviceId') return 'service_code';
  if (field === 'location' || field.startsWith('location.')) return context.placedBy;
  if (field === 'address') return 'address_string';
  if (field === 'description') return 'description';
  if (field === 'reporter.email') return 'email';
  if (field === 'reporter.phone') return 'phone';
  if (field === 'reporter.name') return 'first_name/last_name';
  if (field === 'mediaUrls' || field.startsWith('mediaUrls.')) return 'media_url';
  if (field.startsWith('attributes.')) return `attribute[${field.slice('attributes.'.length)}]`;
  return field;
}

/**
 * Intake's refusal as the spec's 400, naming the argument the client must change:
 * intake says `reporter.email`, the client sent `email`. A list sent for a one-value
 * attribute (or the reverse) is explained in the form's terms, not the graph's
 * `value`/`values`.
 */
export function open311Refusal(refusal: ChangeRefused, context: RefusalContext): Open311Error {
  const field = typeof refusal.details.field === 'string' ? refusal.details.field : '';
  const argument = argumentOf(field, context);
  if (field.startsWith('attributes.')) {
    const code = field.slice('attributes.'.length);
    const sent = context.attributes.find((a) => a.code === code);
    const datatype = refusal.details.datatype;
    if (sent && datatype === 'multivaluelist' && sent.value !== undefined) {
      return badOpen311Argument(
        `${argument} is a list: send each chosen key as attribute[${code}][]`,
      );
    }
    if (sent && datatype !== undefined && datatype !== 'multivaluelist' && sent.values) {
      return badOpen311Argument(`${argument} takes one value: send it as attribute[${code}]`);
    }
  }
  return badOpen311Argument(argument ? `${argument}: ${refusal.message}` : refusal.message);
}
