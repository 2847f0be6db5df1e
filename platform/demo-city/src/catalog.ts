/**
 * The service catalog and the open-data catalog: small lists that map profile entries
 * to seeds with ids and resolved department references.
 */
import { durationMs } from './duration';
import type { Organisation } from './organisation';
import { Random } from './random';
import type { CityProfile, DatasetSeed, ServiceSeed } from './types';

const DAY_MS = 86_400_000;

export function buildServices(
  profile: CityProfile,
  seed: number,
  organisation: Organisation,
): ServiceSeed[] {
  return profile.services.map((s, i) => ({
    id: Random.derive(seed, 'service', i).uuid(),
    code: s.code,
    departmentId: departmentId(organisation, s.departmentCode),
    group: { ...s.group },
    name: { ...s.name },
    description: { ...s.description },
    keywords: [...s.keywords],
    slaHours: s.slaHours,
    assetTypeCode: s.assetTypeCode,
    slaBusinessHours: s.slaBusinessHours,
    locationSensitive: s.locationSensitive,
    defaultPriority: s.defaultPriority,
    attributes: s.attributes.map((a) => ({ ...a, values: a.values.map((v) => ({ ...v })) })),
    resolutionCodes: (s.resolutionCodes ?? profile.resolutionCodes).map((r) => ({ ...r })),
  }));
}

/**
 * Datasets first issued one to six years ago and last modified within one update
 * period of `now`, as a catalog that is kept up to date would show.
 */
export function buildDatasets(
  profile: CityProfile,
  seed: number,
  now: Date,
  organisation: Organisation,
): DatasetSeed[] {
  return profile.datasets.map((d, i) => {
    const random = Random.derive(seed, 'dataset', i);
    const id = random.uuid();
    const issued = now.getTime() - random.int(365, 6 * 365) * DAY_MS;
    // Validation guarantees a duration; a day is a harmless fallback for hand-made profiles.
    const period = durationMs(d.accrualPeriodicity) ?? DAY_MS;
    const modified = Math.max(issued, now.getTime() - Math.floor(random.float() * period));
    const publisher = department(organisation, d.publisherDepartmentCode);
    return {
      id,
      slug: d.slug,
      title: d.title,
      description: d.description,
      keywords: [...d.keywords],
      theme: [...d.theme],
      accrualPeriodicity: d.accrualPeriodicity,
      source: d.source,
      publisherDepartmentId: publisher.id,
      publisherName: publisher.name.en,
      contactName: d.contactPoint.name,
      contactEmail: d.contactPoint.email,
      landingPage: d.landingPage,
      // Every demo dataset covers the whole city.
      spatial: profile.bbox.join(','),
      temporal: d.temporal ?? `${isoDate(issued)}/${isoDate(now.getTime())}`,
      issued: new Date(Math.floor(issued / 1000) * 1000),
      modified: new Date(Math.floor(modified / 1000) * 1000),
    };
  });
}

function department(organisation: Organisation, code: string) {
  const found = organisation.departmentByCode.get(code);
  if (!found) throw new Error(`unknown department code "${code}"`);
  return found;
}

function departmentId(organisation: Organisation, code: string): string {
  return department(organisation, code).id;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
