import fc from 'fast-check';

/**
 * Values a careless or malicious client sends, by the scalar they pose as. Each is
 * something one of our layers (GraphQL coercion, resolvers, SQL) could choke on.
 */

/** Characters PostgreSQL cannot store, that break JSON or SQL, or that render oddly. */
const awkwardCharacter = fc.constantFrom(
  '\u0000', // PostgreSQL rejects NUL in text
  '\u0001',
  '\u001f',
  '\u007f',
  '\ud800', // a lone surrogate: not Unicode, cannot be encoded as UTF-8
  '\udfff',
  '\ufffe',
  '\u202e', // right-to-left override
  '\u200b',
  'é',
  'e\u0301',
  '🚧',
  "'",
  '"',
  '\\',
  '%',
  '_',
  '\n',
);

const textWithAwkwardCharacters = fc
  .array(fc.oneof(awkwardCharacter, fc.string({ maxLength: 4 })), { maxLength: 8 })
  .map((parts) => parts.join(''));

/** A string of up to a hundred thousand characters: past any column or index limit. */
const veryLongText = fc
  .tuple(fc.constantFrom('x', 'é', '🚧', '\u0000'), fc.constantFrom(1_000, 10_000, 100_000))
  .map(([unit, length]) => unit.repeat(length));

export const hostileString = fc.oneof(
  { arbitrary: textWithAwkwardCharacters, weight: 6 },
  { arbitrary: fc.constantFrom('', ' ', '   ', "' OR 1=1 --", '%', '%_%', 'null'), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 2 },
  { arbitrary: veryLongText, weight: 1 },
);

/** Ids that are not ours: malformed, almost UUIDs, and UUIDs that name nothing. */
export const hostileId = fc.oneof(
  fc.uuid(),
  fc.constantFrom(
    '',
    'not-an-id',
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-fffffffffffff',
    '١١١١١١١١-١١١١-١١١١-١١١١-١١١١١١١١١١١١', // Arabic-Indic digits
    'ＡＡＡＡＡＡＡＡ-ＡＡＡＡ-ＡＡＡＡ-ＡＡＡＡ-ＡＡＡＡＡＡＡＡＡＡＡＡ', // full-width letters
  ),
  fc.uuid().map((id) => `${id}\u0000`),
  fc.uuid().map((id) => ` ${id.toUpperCase()} `),
  hostileString,
);

export const hostileInt = fc.constantFrom(
  -1,
  -(2 ** 31),
  2 ** 31 - 1,
  2 ** 31, // outside GraphQL's Int
  Number.MAX_SAFE_INTEGER,
  501, // one past the largest page
  0.5,
);

export const hostileFloat = fc.oneof(
  fc.constantFrom(-0, 1e308, -1e308, 5e-324, 181, -91, 2 ** 53),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Strings shaped like timestamps that name no instant, and things that are not shaped like one. */
export const hostileDateTime = fc.constantFrom(
  '2026-02-30T00:00:00Z',
  '2026-02-30T00:00:00.000000Z', // as a list's cursor writes its timestamps
  '0000-01-01T00:00:00.000000Z',
  '2026-13-01T00:00:00Z',
  '2026-01-01T24:00:00Z',
  '2026-01-01T23:60:00Z',
  '2026-01-01T00:00:00+25:00',
  '0000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '2026-01-01',
  '2026-01-01T00:00:00',
  'yesterday',
  '',
  '2026-01-01T00:00:00Z\u0000',
);

/** Instants from the distant past to the far future, as ISO 8601 with a zone. */
export const plausibleDateTime = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z') })
  .filter((date) => !Number.isNaN(date.getTime()))
  .map((date) => date.toISOString());

/** Digits that make a date, a time or a number out of range when swapped in. */
const outOfRangeDigits = fc.constantFrom(
  '0',
  '00',
  '0000',
  '13',
  '24',
  '29',
  '30',
  '31',
  '60',
  '99',
);

/**
 * A real value (an id, a timestamp, a code) changed a little: one run of digits
 * swapped for an out-of-range one (February 30, hour 24, year 0), NUL or a lone
 * surrogate slipped in, cut short, or grown past any column's length. Checks that
 * look only at a value's shape let these through.
 */
export function nearlyValid(text: string) {
  const digitRuns = [...text.matchAll(/\d+/g)];
  const swapDigits = fc.tuple(fc.nat(), outOfRangeDigits).map(([i, digits]) => {
    const run = digitRuns[i % Math.max(digitRuns.length, 1)];
    if (!run) return `${text}${digits}`;
    return text.slice(0, run.index) + digits + text.slice(run.index + run[0].length);
  });
  const slipIn = fc
    .tuple(fc.nat({ max: text.length }), fc.constantFrom('\u0000', '\ud800', ' ', '-'))
    .map(([at, character]) => text.slice(0, at) + character + text.slice(at));
  return fc.oneof(
    { arbitrary: swapDigits, weight: 3 },
    slipIn,
    fc.constant(text.slice(0, Math.floor(text.length / 2))),
    fc.constant(text.repeat(Math.ceil(300 / Math.max(text.length, 1)))),
  );
}

const forgeCursor = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');

const readCursor = (cursor: string): unknown[] => {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(values) ? values : [values];
  } catch {
    return [];
  }
};

const cursorPart = fc.oneof(
  hostileString,
  hostileId,
  hostileDateTime,
  plausibleDateTime,
  hostileInt,
  fc.constantFrom(null, true, {}, []),
);

/**
 * Cursors that decode as ours would but hold what we never issue, cursors we issued
 * with one value nearly valid or swapped for a hostile one, and no cursors at all.
 */
export function hostileCursor(issued: string[]) {
  const forged = fc.array(cursorPart, { maxLength: 4 }).map(forgeCursor);
  const notACursor = fc.oneof(hostileString, fc.constantFrom('!!!', '====', 'e30', 'W10'));
  if (issued.length === 0) return fc.oneof(forged, notACursor);
  const tampered = fc
    .tuple(fc.constantFrom(...issued.map(readCursor)), fc.nat())
    .chain(([values, index]) => {
      const at = index % Math.max(values.length, 1);
      const original = values[at];
      const replacement =
        typeof original === 'string' ? fc.oneof(nearlyValid(original), cursorPart) : cursorPart;
      return replacement.map((value) => forgeCursor(values.with(at, value)));
    });
  return fc.oneof({ arbitrary: tampered, weight: 4 }, forged, notACursor);
}

/** A JSON value of the wrong kind for whatever the argument expects. */
export const wrongKindOfValue = fc.constantFrom(0, 1.5, true, 'text', {}, [], [[]], { a: 1 });
