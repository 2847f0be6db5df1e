import { unstorableCharacter } from '@civicgraph/platform';
import { invalidInput } from '../lifecycle/change-refused';

/**
 * Something that reads as markup: a tag (`<b>`, `</p>`, `<img src=…>`), a comment or a
 * doctype. Residents' text is shown as text everywhere, but it also leaves the city in
 * open data and partner apps that may not escape it, so markup is refused rather than
 * stored. A lone `<` (`a < b`, `<3`) is not markup and passes.
 */
const MARKUP = /<\s*\/?\s*[a-z][a-z0-9-]*(\s[^<>]*)?\/?\s*>|<!--|<!\s*doctype|<\?/i;

/** Characters a person counts: a code point, not a UTF-16 unit (emoji count as one). */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export interface TextRule {
  /** The input field it answers, named in the error. */
  field: string;
  /** What the error calls it ("The description"). */
  label: string;
  min: number;
  max: number;
  /** Whether markup is refused (free text residents write). */
  refuseMarkup?: boolean;
}

/**
 * Trimmed text within its length, with nothing PostgreSQL cannot store. Markup is
 * refused, not stripped: stripping would silently change what the resident said.
 */
export function checkedText(value: string, rule: TextRule): string {
  const unstorable = unstorableCharacter(value);
  if (unstorable) {
    throw invalidInput(rule.field, `${rule.label} contains ${unstorable}, which cannot be stored`);
  }
  const text = value.trim();
  const length = characterCount(text);
  if (length < rule.min) {
    throw invalidInput(
      rule.field,
      rule.min === 1 ? `${rule.label} is empty` : `${rule.label} needs ${rule.min} characters`,
    );
  }
  if (length > rule.max) {
    throw invalidInput(
      rule.field,
      `${rule.label} is ${length} characters long; at most ${rule.max} are allowed`,
      { max: rule.max },
    );
  }
  if (rule.refuseMarkup && MARKUP.test(text)) {
    throw invalidInput(rule.field, `${rule.label} contains HTML; send plain text`);
  }
  return text;
}

/** Like `checkedText`, for an optional field: absent or blank is null. */
export function checkedOptionalText(
  value: string | null | undefined,
  rule: Omit<TextRule, 'min'>,
): string | null {
  if (value == null || value.trim() === '') return null;
  return checkedText(value, { ...rule, min: 1 });
}
