import { invalidInput } from '../lifecycle/change-refused';
import { checkedOptionalText } from './text';

/** The reporter's details as given with one request. */
export interface ReporterInput {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** What is stored in the request's reporter_* columns (personal data, this request only). */
export interface ReporterColumns {
  reporterName: string | null;
  reporterEmail: string | null;
  reporterPhone: string | null;
}

// One @, no spaces, a dot in the domain: enough to catch typing mistakes. Whether the
// address exists only a message to it can tell.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
// Digits with the separators people write (+1 (602) 555-0100, 602.555.0100).
const PHONE = /^\+?[0-9 ().-]+$/;

/**
 * The reporter's name, email and phone, each optional, each checked. A phone needs 7
 * to 15 digits (E.164 allows 15); it is kept as written, for a person to dial.
 */
export function checkedReporter(input: ReporterInput | null | undefined): ReporterColumns {
  const name = checkedOptionalText(input?.name, {
    field: 'reporter.name',
    label: "The reporter's name",
    max: 200,
    refuseMarkup: true,
  });
  const email = checkedOptionalText(input?.email, {
    field: 'reporter.email',
    label: "The reporter's email",
    max: 254,
  });
  if (email !== null && !EMAIL.test(email)) {
    throw invalidInput('reporter.email', `${email} is not an email address`);
  }
  const phone = checkedOptionalText(input?.phone, {
    field: 'reporter.phone',
    label: "The reporter's phone",
    max: 32,
  });
  if (phone !== null) {
    const digits = phone.replace(/\D/g, '').length;
    if (!PHONE.test(phone) || digits < 7 || digits > 15) {
      throw invalidInput(
        'reporter.phone',
        "The reporter's phone must be 7 to 15 digits, with + ( ) - . or spaces between",
      );
    }
  }
  return { reporterName: name, reporterEmail: email, reporterPhone: phone };
}
