import { COLUMN_NAME } from '../rows/column-types';

/**
 * A CSV header as a column name: lower case, every run of other characters an
 * underscore, no leading or trailing underscore, `c_` before a leading digit, at most
 * 63 characters ("Total $ (USD)" → `total_usd`, "2024 cases" → `c_2024_cases`).
 * Null when nothing of it is left.
 */
export function columnNameOf(header: string): string | null {
  let name = header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (name === '') return null;
  if (/^[0-9]/.test(name)) name = `c_${name}`;
  name = name.slice(0, 63).replace(/_+$/, '');
  return COLUMN_NAME.test(name) ? name : null;
}

/** What is wrong with a header, if anything, for the admin to fix in the file. */
export interface HeaderProblem {
  column: string;
  message: string;
}

/**
 * The column names of a header, in order, or every problem with it: a header with no
 * usable name, or two headers that become the same name.
 */
export function columnNamesOf(header: readonly string[]): {
  names: string[];
  problems: HeaderProblem[];
} {
  const names: string[] = [];
  const problems: HeaderProblem[] = [];
  const firstAt = new Map<string, number>();
  header.forEach((raw, i) => {
    const name = columnNameOf(raw);
    if (name === null) {
      problems.push({
        column: raw,
        message: `Header ${i + 1} ("${raw.slice(0, 80)}") has no letter or digit to name a column`,
      });
      names.push('');
      return;
    }
    const earlier = firstAt.get(name);
    if (earlier !== undefined) {
      problems.push({
        column: name,
        message: `Headers ${earlier + 1} and ${i + 1} both become the column ${name}`,
      });
    } else {
      firstAt.set(name, i);
    }
    names.push(name);
  });
  return { names, problems };
}
