import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMAIL_PLACEHOLDER,
  NUMBER_PLACEHOLDER,
  PHONE_PLACEHOLDER,
  scrubPersonalText,
} from '../src';

// Words residents write around a contact: letters, spaces and punctuation, no digits or @.
const prose = fc
  .array(fc.constantFrom('pothole', 'near', 'the', 'park', 'please', 'call', ',', '.', '!', 'é'), {
    maxLength: 8,
  })
  .map((words) => words.join(' '));

const emailAddress = fc.emailAddress();

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (n: number) =>
  fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));

/** North American and international numbers as people write them. */
const phoneNumber = fc.oneof(
  fc.tuple(digits(3), digits(3), digits(4)).map(([a, b, c]) => `${a}-${b}-${c}`),
  fc.tuple(digits(3), digits(3), digits(4)).map(([a, b, c]) => `(${a}) ${b}-${c}`),
  fc.tuple(digits(3), digits(3), digits(4)).map(([a, b, c]) => `${a}.${b}.${c}`),
  fc.tuple(digits(3), digits(3), digits(4)).map(([a, b, c]) => `+1 ${a} ${b} ${c}`),
  fc.tuple(digits(3), digits(4)).map(([a, b]) => `${a}-${b}`),
  digits(10),
  fc.tuple(digits(2), digits(4), digits(4)).map(([a, b, c]) => `+52 ${a} ${b} ${c}`),
);

describe('scrubPersonalText', () => {
  it('removes every email address, wherever it sits in the text', () => {
    fc.assert(
      fc.property(prose, emailAddress, prose, (before, email, after) => {
        const scrubbed = scrubPersonalText(`${before} ${email} ${after}`);
        expect(scrubbed).not.toContain(email);
        expect(scrubbed).not.toContain('@');
        expect(scrubbed).toContain(EMAIL_PLACEHOLDER);
      }),
    );
  });

  it('removes every phone number, in any usual writing', () => {
    fc.assert(
      fc.property(prose, phoneNumber, prose, (before, phone, after) => {
        const scrubbed = scrubPersonalText(`${before} ${phone} ${after}`);
        expect(scrubbed).not.toContain(phone);
        expect(scrubbed.replace(/\D/g, '')).toBe('');
        expect(scrubbed).toContain(PHONE_PLACEHOLDER);
      }),
    );
  });

  it('is idempotent and leaves text without contacts as it was', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const once = scrubPersonalText(text, { houseNumbers: true });
        expect(scrubPersonalText(once, { houseNumbers: true })).toBe(once);
      }),
    );
    fc.assert(
      fc.property(prose, (text) => {
        expect(scrubPersonalText(text)).toBe(text);
      }),
    );
  });

  it('keeps dates, times and small counts, which are not contacts', () => {
    const text = 'Since 2026-11-28 09:15, 3 dogs, 11/28/2026, about 12 cones';
    expect(scrubPersonalText(text)).toBe(text);
  });

  it('hides house numbers only when asked (location-sensitive services)', () => {
    const text = 'Tents behind 1234 W Main St and 560 N. 7th Ave, 3 people';
    expect(scrubPersonalText(text)).toBe(text);
    expect(scrubPersonalText(text, { houseNumbers: true })).toBe(
      `Tents behind ${NUMBER_PLACEHOLDER} W Main St and ${NUMBER_PLACEHOLDER} N. 7th Ave, 3 people`,
    );
  });

  it('finds the obvious contacts in a real description', () => {
    const scrubbed = scrubPersonalText(
      'Streetlight out. Call me at (602) 555-0134 or mail Jane.Doe+311@example.org, thanks',
    );
    expect(scrubbed).toBe(
      `Streetlight out. Call me at ${PHONE_PLACEHOLDER} or mail ${EMAIL_PLACEHOLDER}, thanks`,
    );
  });
});
