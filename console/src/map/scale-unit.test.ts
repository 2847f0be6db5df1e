import { describe, expect, it } from 'vitest';
import { scaleUnitFor } from './scale-unit';

describe('scaleUnitFor', () => {
  it.each<[string[], string]>([
    [['en-US'], 'imperial'],
    [['es-US', 'es'], 'imperial'],
    [['es-MX'], 'metric'],
    [['en-GB'], 'metric'],
    // A bare language stands for its likeliest region: English → US, Spanish → Spain.
    [['en'], 'imperial'],
    [['es'], 'metric'],
    [[], 'metric'],
    [['not a tag', 'fr-CA'], 'metric'],
  ])('%j → %s', (languages, unit) => {
    expect(scaleUnitFor(languages)).toBe(unit);
  });
});
