import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  booleanParam,
  codeListParam,
  enumListParam,
  idListParam,
  instantParam,
  type QueryParams,
  RouteRefused,
} from '../src';

const STATUSES = ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'COMPLETED'] as const;
const A = '0b9c7a4e-1d2f-4e5a-9b8c-7d6e5f4a3b2c';
const B = '7d1b1a52-7f43-4d6c-9d35-2c1d5a3a0a01';

/** The refusal `read` throws: a 400 naming `name`. */
function refusal(read: () => unknown, name: string) {
  let thrown: unknown;
  try {
    const value = read();
    thrown = new Error(`accepted as ${JSON.stringify(value)}`);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(RouteRefused);
  const refused = thrown as RouteRefused;
  expect(refused.status).toBe(400);
  expect(refused.body.errors[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST', argument: name });
  return refused;
}

const q = (value: string | string[] | undefined): QueryParams => ({ p: value });

/** Strings a client may send that are no value at all: no filter. */
const NOTHING = [undefined, '', ',', ' , ', [], ['', ' ']] as const;

describe('enumListParam', () => {
  const read = (value: string | string[] | undefined) =>
    enumListParam(q(value), 'p', STATUSES as unknown as string[]);

  it('reads comma lists and repeated names, case-insensitively, without repeats', () => {
    expect(read('NEW')).toEqual(['NEW']);
    expect(read('new,Assigned')).toEqual(['NEW', 'ASSIGNED']);
    expect(read(['NEW', 'in_progress'])).toEqual(['NEW', 'IN_PROGRESS']);
    expect(read(['NEW,ASSIGNED', 'COMPLETED'])).toEqual(['NEW', 'ASSIGNED', 'COMPLETED']);
    expect(read(' NEW , new ,NEW')).toEqual(['NEW']);
    expect(read('NEW,,ASSIGNED,')).toEqual(['NEW', 'ASSIGNED']);
  });

  it('is no filter when absent or empty', () => {
    for (const nothing of NOTHING) expect(read(nothing as never)).toBeUndefined();
  });

  it('refuses values outside the list, naming the parameter and the allowed values', () => {
    const refused = refusal(() => read('NEW,OPEN'), 'p');
    expect(refused.body.errors[0]?.extensions).toMatchObject({ allowed: STATUSES });
    expect(refused.message).toContain('"OPEN"');
    for (const hostile of [
      'constructor',
      '__proto__',
      'toString',
      'NEW;DROP TABLE x',
      "NEW'",
      'NE W',
      'NEW\u0000',
      'ＮＥＷ',
      'IN-PROGRESS',
      'x'.repeat(10_000),
    ]) {
      const refusedHostile = refusal(() => read(hostile), 'p');
      // What the client sent is echoed cut short.
      expect(refusedHostile.message.length).toBeLessThan(200);
    }
  });

  it('answers any input with allowed values only, or a 400', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 4 })), (value) => {
        let chosen: string[] | undefined;
        try {
          chosen = read(value);
        } catch (error) {
          expect(error).toBeInstanceOf(RouteRefused);
          return;
        }
        for (const status of chosen ?? []) expect(STATUSES).toContain(status);
        expect(new Set(chosen).size).toBe(chosen?.length ?? 0);
      }),
    );
  });
});

describe('idListParam', () => {
  const read = (value: string | string[] | undefined, max?: number) =>
    idListParam(q(value), 'p', max);

  it('reads ids, lowercased, without repeats', () => {
    expect(read(A)).toEqual([A]);
    expect(read(`${A.toUpperCase()},${B}`)).toEqual([A, B]);
    expect(read([A, A.toUpperCase(), B])).toEqual([A, B]);
    for (const nothing of NOTHING) expect(read(nothing as never)).toBeUndefined();
  });

  it('refuses what is not an id, and more than max', () => {
    for (const hostile of [
      'abc',
      `${A}x`,
      `{${A}}`,
      A.replaceAll('-', ''),
      `${A};select 1`,
      '00000000-0000-0000-0000-00000000000g',
      '1',
      `${A}\u0000`,
    ]) {
      refusal(() => read(hostile), 'p');
    }
    refusal(() => read([A, 'nope']), 'p');
    const many = Array.from({ length: 101 }, () => A);
    expect(refusal(() => read(many), 'p').body.errors[0]?.extensions).toMatchObject({ max: 100 });
    expect(read(many.slice(0, 100))).toEqual([A]);
    refusal(() => read(`${A},${B}`, 1), 'p');
  });
});

describe('codeListParam', () => {
  const read = (value: string | string[] | undefined) => codeListParam(q(value), 'p');

  it('reads codes as written, without repeats', () => {
    expect(read('POTHOLE,GRAFFITI')).toEqual(['POTHOLE', 'GRAFFITI']);
    expect(read(['street-light_2', 'POTHOLE', 'POTHOLE'])).toEqual(['street-light_2', 'POTHOLE']);
    expect(read('x'.repeat(64))).toEqual(['x'.repeat(64)]);
    for (const nothing of NOTHING) expect(read(nothing as never)).toBeUndefined();
  });

  it('refuses anything but letters, digits, - and _, long codes and long lists', () => {
    for (const hostile of [
      'POT HOLE',
      "POTHOLE'--",
      'POTHOLE;',
      'a/b',
      '../x',
      'é',
      'x'.repeat(65),
      'POTHOLE\r\nX: y',
      '%00',
      '<script>',
    ]) {
      refusal(() => read(hostile), 'p');
    }
    refusal(() => read(Array.from({ length: 101 }, (_, i) => `C${i}`)), 'p');
  });
});

describe('booleanParam', () => {
  const read = (value: string | string[] | undefined) => booleanParam(q(value), 'p');

  it('reads true/false and 1/0; absent is undefined', () => {
    expect(read('true')).toBe(true);
    expect(read('1')).toBe(true);
    expect(read('false')).toBe(false);
    expect(read('0')).toBe(false);
    expect(read(' true ')).toBe(true);
    for (const nothing of NOTHING) expect(read(nothing as never)).toBeUndefined();
  });

  it('refuses anything else, and two answers', () => {
    for (const hostile of ['yes', 'no', 'on', 'TRUE1', '2', '-1', 'null', 'true,false', 'truex']) {
      refusal(() => read(hostile), 'p');
    }
    refusal(() => read(['true', 'false']), 'p');
  });
});

describe('instantParam', () => {
  const read = (value: string | string[] | undefined) => instantParam(q(value), 'p');

  it('reads ISO dates as midnight UTC and date-times with an offset', () => {
    expect(read('2026-11-29')).toEqual(new Date('2026-11-29T00:00:00Z'));
    expect(read('2026-11-29T08:00:00Z')).toEqual(new Date('2026-11-29T08:00:00Z'));
    expect(read('2026-11-29T08:00Z')).toEqual(new Date('2026-11-29T08:00:00Z'));
    expect(read('2026-11-29T08:00:00.250Z')).toEqual(new Date('2026-11-29T08:00:00.250Z'));
    expect(read('2026-11-29T08:00:00+02:00')).toEqual(new Date('2026-11-29T06:00:00Z'));
    expect(read('2026-11-29T08:00:00-0700')).toEqual(new Date('2026-11-29T15:00:00Z'));
    expect(read('2024-02-29')).toEqual(new Date('2024-02-29T00:00:00Z'));
    for (const nothing of NOTHING) expect(read(nothing as never)).toBeUndefined();
  });

  it('refuses times without an offset, other formats, impossible dates and two values', () => {
    for (const hostile of [
      '2026-11-29T08:00:00',
      '2026-11-29 08:00:00Z',
      '29/11/2026',
      '2026-1-29',
      '20261129',
      'now',
      'yesterday',
      '1764403200',
      '2026-13-01',
      '2026-00-10',
      '2026-11-32',
      // Dates that do not exist: JavaScript rolls them into the next month.
      '2026-02-30',
      '2025-02-29',
      '2026-04-31',
      '2026-02-30T08:00:00Z',
      '2026-11-29T25:00:00Z',
      '2026-11-29T08:60:00Z',
      '2026-11-29T08:00:00+25:00',
      '2026-11-29T08:00:00.1234567Z',
      '+275760-09-13T00:00:00Z',
      '2026-11-29,2026-11-30',
      '2026-11-29T08:00:00Z\u0000',
    ]) {
      refusal(() => read(hostile), 'p');
    }
    refusal(() => read(['2026-11-29', '2026-11-30']), 'p');
  });

  it('answers any string with a valid instant or a 400', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
        (value) => {
          let instant: Date | undefined;
          try {
            instant = read(value);
          } catch (error) {
            expect(error).toBeInstanceOf(RouteRefused);
            return;
          }
          if (instant !== undefined) expect(Number.isNaN(instant.getTime())).toBe(false);
        },
      ),
    );
  });

  it('reads back every real instant it wrote', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1970-01-01Z'),
          max: new Date('9999-12-31Z'),
          noInvalidDate: true,
        }),
        (date) => {
          expect(read(date.toISOString())).toEqual(date);
          expect(read(date.toISOString().slice(0, 10))).toEqual(
            new Date(`${date.toISOString().slice(0, 10)}T00:00:00Z`),
          );
        },
      ),
    );
  });
});
