/**
 * Free text residents wrote (descriptions, status notes, attribute answers) often holds
 * a way to reach them: "call me at 602-555-0134", "jane@example.com". Anything the city
 * publishes (Open311, open data) passes through here first.
 */
export interface ScrubOptions {
  /**
   * Also hide house numbers ("outside 1234 W Main"): for location-sensitive services,
   * whose exact place is never published, not even in the reporter's own words.
   */
  houseNumbers?: boolean;
}

export const EMAIL_PLACEHOLDER = '[email removed]';
export const PHONE_PLACEHOLDER = '[phone removed]';
export const NUMBER_PLACEHOLDER = '[number removed]';

// Generous on purpose: a false positive hides a little text, a miss publishes a contact.
const EMAIL =
  /[^\s@<>()[\]",;:]+(?:@|\s*\(at\)\s*|\s*\[at\]\s*)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu;

// A run of digits with the separators phone numbers are written with; judged by its digits.
const PHONE_CANDIDATE = /\+?\(?\d[\d\s().\-/]{4,24}\d/g;
// Dates are not phone numbers: 2026-11-28, 2026-11-28 09(:15 ends the run), 11/28/2026.
const DATE_LIKE =
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2})?$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/;
const MIN_PHONE_DIGITS = 7;
const MAX_PHONE_DIGITS = 15;

// A number before a street name or a direction: "1234 W Main", "1234 N. 7th Ave".
const HOUSE_NUMBER =
  /\b\d{1,6}[A-Za-z]?(?=\s+(?:[NSEW]\.?\s+)?(?:\d{1,3}(?:st|nd|rd|th)\b|\p{Lu}))/gu;

function scrubPhones(text: string): string {
  return text.replace(PHONE_CANDIDATE, (run) => {
    const digits = run.replace(/\D/g, '').length;
    if (digits < MIN_PHONE_DIGITS || DATE_LIKE.test(run.trim())) return run;
    // A long run may be several numbers written together: hide all of it.
    return digits <= MAX_PHONE_DIGITS * 2 ? PHONE_PLACEHOLDER : run.replace(/\d/g, '#');
  });
}

/**
 * The text with email addresses and phone numbers (and, if asked, house numbers)
 * replaced by placeholders. Idempotent: scrubbing scrubbed text changes nothing.
 */
export function scrubPersonalText(text: string, options: ScrubOptions = {}): string {
  let scrubbed = scrubPhones(text.replace(EMAIL, EMAIL_PLACEHOLDER));
  if (options.houseNumbers) scrubbed = scrubbed.replace(HOUSE_NUMBER, NUMBER_PLACEHOLDER);
  return scrubbed;
}
