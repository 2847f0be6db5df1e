import { describe, expect, it } from 'vitest';
import { inferColumnType, readCell } from '../src/import/cell-values';
import { CsvUnreadable, MAX_CELL_CHARS } from '../src/import/csv-table';
import { columnNameOf } from '../src/import/header-columns';
import { MAX_REPORTED_ERRORS, planImport } from '../src/import/import-plan';

// The import read without a database: names, types, row errors, hostile files.

const GOOD = [
  'Program,District,Amount (USD),Approved,Start Date,Reviewed At,Longitude,Latitude',
  'Parks,1,1200,true,2026-01-15,2026-01-10T09:30:00Z,-112.07,33.45',
  'Libraries,2,350.5,FALSE,2026-02-01,2026-01-20 14:00:00-07:00,-112,33',
  '"Roads, bridges",3,,true,,,,',
].join('\r\n');

describe('a good file', () => {
  it('names columns from the header and infers each type', () => {
    const plan = planImport(GOOD);
    expect(plan.errors).toEqual([]);
    expect(plan.columns.map((c) => [c.name, c.type])).toEqual([
      ['program', 'text'],
      ['district', 'integer'],
      ['amount_usd', 'number'],
      ['approved', 'boolean'],
      ['start_date', 'date'],
      ['reviewed_at', 'datetime'],
      // Whole degrees are still coordinates: numbers, so the rows get a point.
      ['longitude', 'number'],
      ['latitude', 'number'],
    ]);
  });

  it('stores each value as its type says, empty cells as null', () => {
    const plan = planImport(GOOD);
    expect(plan.rows).toEqual([
      {
        row: 2,
        values: {
          program: 'Parks',
          district: 1,
          amount_usd: 1200,
          approved: true,
          start_date: '2026-01-15',
          reviewed_at: '2026-01-10T09:30:00.000Z',
          longitude: -112.07,
          latitude: 33.45,
        },
      },
      {
        row: 3,
        values: {
          program: 'Libraries',
          district: 2,
          amount_usd: 350.5,
          approved: false,
          start_date: '2026-02-01',
          reviewed_at: '2026-01-20T21:00:00.000Z',
          longitude: -112,
          latitude: 33,
        },
      },
      {
        row: 4,
        values: {
          program: 'Roads, bridges',
          district: 3,
          amount_usd: null,
          approved: true,
          start_date: null,
          reviewed_at: null,
          longitude: null,
          latitude: null,
        },
      },
    ]);
  });

  it('takes the admin’s types and descriptions over the inferred ones', () => {
    const plan = planImport(GOOD, {
      overrides: [{ name: 'district', type: 'text', description: 'Council district' }],
    });
    const district = plan.columns.find((c) => c.name === 'district')!;
    expect(district).toMatchObject({
      type: 'text',
      inferredType: 'integer',
      description: 'Council district',
    });
    expect(plan.rows[0]!.values.district).toBe('1');
  });
});

describe('bad rows', () => {
  const BAD = [
    'zip,week,cases',
    '85001,2026-03-02,12',
    '85002,2026-02-30,x',
    '85003,2026-03-02',
  ].join('\n');

  it('names the row and column of each error', () => {
    const plan = planImport(BAD, {
      overrides: [
        { name: 'week', type: 'date' },
        { name: 'cases', type: 'integer' },
      ],
    });
    expect(plan.errors).toEqual([
      { row: 3, column: 'week', message: '"2026-02-30" is not a date (YYYY-MM-DD)' },
      { row: 3, column: 'cases', message: '"x" is not a whole number' },
      { row: 4, column: null, message: 'The row has 2 cells; the header names 3 columns' },
    ]);
    expect(plan.errorCount).toBe(3);
  });

  it('reports the first errors and counts them all', () => {
    const rows = Array.from({ length: 120 }, (_, i) => `${i},not a number`);
    const plan = planImport(['id,amount', ...rows].join('\n'), {
      overrides: [{ name: 'amount', type: 'number' }],
    });
    expect(plan.errorCount).toBe(120);
    expect(plan.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(plan.errors[0]).toMatchObject({ row: 2, column: 'amount' });
  });

  it('refuses coordinates out of range', () => {
    const plan = planImport('longitude,latitude\n-200,33\n-112,95');
    expect(plan.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'longitude'],
      [3, 'latitude'],
    ]);
  });

  it('refuses duplicate and empty headers', () => {
    expect(planImport('Amount,amount,%\n1,2,3').errors).toEqual([
      { row: 1, column: 'amount', message: 'Headers 1 and 2 both become the column amount' },
      { row: 1, column: '%', message: 'Header 3 ("%") has no letter or digit to name a column' },
    ]);
  });

  it('refuses an override of a column the file lacks', () => {
    expect(() => planImport(GOOD, { overrides: [{ name: 'nope', type: 'text' }] })).toThrow(
      /no column nope/,
    );
  });

  it('appends only a file with the dataset’s columns', () => {
    const fixed = planImport(GOOD).columns;
    expect(() => planImport('program,district\nx,1', { fixed })).toThrow(/lacks amount_usd/);
    // The dataset's types hold: "abc" is not the integer district is.
    const reordered = planImport(
      'district,program,amount_usd,approved,start_date,reviewed_at,longitude,latitude\nabc,x,1,true,,,,',
      { fixed },
    );
    expect(reordered.errors).toEqual([
      { row: 2, column: 'district', message: '"abc" is not a whole number' },
    ]);
  });
});

describe('hostile files', () => {
  it('reads quotes, a BOM and CRLF', () => {
    const plan = planImport('\uFEFF"Na""me","Note"\r\n"a ""b""","line\r\nbreak"\r\n');
    expect(plan.columns.map((c) => c.name)).toEqual(['na_me', 'note']);
    expect(plan.rows).toEqual([{ row: 2, values: { na_me: 'a "b"', note: 'line\r\nbreak' } }]);
  });

  it.each([
    ['an empty file', ''],
    ['blank lines only', '\r\n\r\n'],
    ['a blank header', ',,\n1,2,3'],
    ['an unclosed quote', 'a,b\n"1,2'],
    ['a NUL character', 'a\n\u0000'],
  ])('refuses %s as unreadable', (_name, csv) => {
    expect(() => planImport(csv)).toThrow(CsvUnreadable);
  });

  it('makes a huge cell a row error', () => {
    const plan = planImport(`a,b\n1,${'x'.repeat(MAX_CELL_CHARS + 1)}`);
    expect(plan.errors).toEqual([
      { row: 2, column: 'b', message: `The cell is over ${MAX_CELL_CHARS} characters` },
    ]);
  });
});

describe('names and types', () => {
  it.each([
    ['Total $ (USD)', 'total_usd'],
    ['2024 cases', 'c_2024_cases'],
    ['  ZIP Code ', 'zip_code'],
    ['Año', 'ano'],
    ['x'.repeat(100), 'x'.repeat(63)],
    ['!!!', null],
  ])('%s → %s', (header, name) => {
    expect(columnNameOf(header)).toBe(name);
  });

  it.each([
    [['1', '2', ''], 'integer'],
    [['1', '2.5'], 'number'],
    // Codes, not quantities: a leading zero or more digits than a double holds.
    [['9007199254740993'], 'text'],
    [['85001', '01234'], 'text'],
    [['0.5', '0', '-0.25'], 'number'],
    [['1.5', '007.5'], 'text'],
    [['true', 'False'], 'boolean'],
    [['2026-01-01', ''], 'date'],
    [['2026-01-01T00:00:00Z', '2026-01-01T00:00:00+05:30'], 'datetime'],
    [['2026-01-01T00:00:00'], 'text'],
    [['2026-01-01', '2026-01-01T00:00:00Z'], 'text'],
    [['', ' '], 'text'],
    [['1', 'yes'], 'text'],
    [['NaN'], 'text'],
    [['Infinity'], 'text'],
  ])('%j is %s', (cells, type) => {
    expect(inferColumnType(cells)).toBe(type);
  });

  it('keeps integers safe and dates on the calendar', () => {
    expect(readCell('integer', '9007199254740993')).toHaveProperty('error');
    expect(readCell('date', '2025-02-29')).toHaveProperty('error');
    expect(readCell('date', '2024-02-29')).toEqual({ value: '2024-02-29' });
    expect(readCell('datetime', '2026-01-01T25:00:00Z')).toHaveProperty('error');
  });
});
