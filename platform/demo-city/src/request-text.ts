/**
 * Free text of generated requests: what a resident types (in their language) and what
 * a crew writes when it closes the job. Language, not city: no place names here.
 */
import type { Random } from './random';
import type { Locale } from './types';

const DESCRIPTIONS: Record<Locale, string[]> = {
  en: [
    '{service} near {address}.',
    '{service} at {address}. It has been like this for a few days.',
    '{service} at {address}. Please send someone to take a look.',
    'A neighbor asked me to report this: {service} in front of {address}.',
    '{service} by {address}; it is a safety hazard for people walking by.',
    'Reporting {service} at {address} again, nobody has come yet.',
  ],
  es: [
    '{service} cerca de {address}.',
    '{service} en {address}. Lleva así varios días.',
    '{service} en {address}. Por favor envíen a alguien a revisarlo.',
    'Un vecino me pidió reportarlo: {service} frente a {address}.',
    '{service} junto a {address}; es un peligro para la gente que pasa.',
    'Vuelvo a reportar {service} en {address}, todavía no ha venido nadie.',
  ],
};

const RESOLUTIONS = [
  'Repaired on site by {crew}.',
  'Work completed; area inspected and left clean.',
  '{crew} corrected the problem. No follow-up needed.',
  'Completed and verified by the crew lead.',
  'Resolved. Duplicate reports for this location closed as well.',
  'Temporary repair made; permanent fix added to the scheduled program.',
];

/** A resident's description of the problem in `locale`. */
export function describeRequest(
  random: Random,
  locale: Locale,
  serviceName: string,
  address: string,
): string {
  const template = random.pick(DESCRIPTIONS[locale]);
  const service = template.startsWith('{service}') ? serviceName : lowerFirst(serviceName);
  return template.replace('{service}', service).replace('{address}', address);
}

/** The crew's closing note. */
export function resolutionNote(random: Random, crewName: string | null): string {
  const template = random.pick(RESOLUTIONS);
  const note = template.replace('{crew}', crewName ? `the ${crewName} crew` : 'the crew');
  return note.charAt(0).toUpperCase() + note.slice(1);
}

/** "Pothole" → "pothole" mid-sentence, but leaves acronyms such as "ADA ramp" alone. */
function lowerFirst(text: string): string {
  const second = text.charAt(1);
  if (second && second === second.toUpperCase() && second !== second.toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
