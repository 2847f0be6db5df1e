import type { Language } from '../i18n';

const formats = new Map<string, Intl.NumberFormat>();

function unitFormat(language: Language, unit: 'meter' | 'kilometer', digits: number) {
  const key = `${language} ${unit} ${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: digits,
    });
    formats.set(key, format);
  }
  return format;
}

/** "850 m", "1.2 km" ("1,2 km" in Spanish): metres below a kilometre, then kilometres. */
export function formatDistance(meters: number, language: Language): string {
  if (meters < 1000) return unitFormat(language, 'meter', 0).format(Math.round(meters));
  return unitFormat(language, 'kilometer', meters < 10_000 ? 1 : 0).format(meters / 1000);
}
