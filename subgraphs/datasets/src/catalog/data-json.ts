import type { Dataset } from '../db/dataset.table';
import type { DatasetColumn } from '../db/dataset-row.table';
import { distributionsOf } from './distributions';

export const DCAT_US_SCHEMA = 'https://project-open-data.cio.gov/v1.1/schema';

/** The publisher's name when a dataset was stored without one (the schema needs a name). */
const UNNAMED_PUBLISHER = 'City open data';

/** A root-relative URL made absolute on `origin` (stored landing pages are absolute already). */
function absolute(url: string, origin: string) {
  return url.startsWith('/') ? `${origin}${url}` : url;
}

/** Properties whose value is absent are left out rather than written as null. */
function present<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== null && value !== undefined),
  ) as Partial<T>;
}

/** One dataset as DCAT-US v1.1 (non-federal) describes it, URLs absolute on `origin`. */
export function dcatDataset(dataset: Dataset, columns: readonly DatasetColumn[], origin: string) {
  const publisher = dataset.publisherName || UNNAMED_PUBLISHER;
  return present({
    '@type': 'dcat:Dataset',
    // The id: stable whatever origin or slug the catalog is read under.
    identifier: dataset.id,
    title: dataset.title,
    description: dataset.description,
    keyword: dataset.keywords.length > 0 ? dataset.keywords : null,
    theme: dataset.themes.length > 0 ? [...new Set(dataset.themes)] : null,
    issued: dataset.issued.toISOString(),
    modified: dataset.modified.toISOString(),
    publisher: { '@type': 'org:Organization', name: publisher },
    contactPoint: present({
      '@type': 'vcard:Contact',
      fn: dataset.contactName || publisher,
      hasEmail: dataset.contactEmail ? `mailto:${dataset.contactEmail}` : null,
    }),
    accessLevel: dataset.accessLevel,
    license: dataset.license,
    accrualPeriodicity: dataset.accrualPeriodicity,
    spatial: dataset.spatial,
    temporal: dataset.temporal,
    landingPage: dataset.landingPage ? absolute(dataset.landingPage, origin) : null,
    distribution: distributionsOf(dataset, columns, origin).map((d) =>
      present({ '@type': 'dcat:Distribution', ...d }),
    ),
  });
}

/** The whole catalog as /data.json serves it: DCAT-US v1.1, every URL on `origin`. */
export function dataJsonCatalog(
  datasets: readonly Dataset[],
  columnsOf: (datasetId: string) => readonly DatasetColumn[],
  origin: string,
) {
  return {
    '@context': `${DCAT_US_SCHEMA}/catalog.jsonld`,
    '@id': `${origin}/data.json`,
    '@type': 'dcat:Catalog',
    conformsTo: DCAT_US_SCHEMA,
    describedBy: `${DCAT_US_SCHEMA}/catalog.json`,
    dataset: datasets.map((d) => dcatDataset(d, columnsOf(d.id), origin)),
  };
}
