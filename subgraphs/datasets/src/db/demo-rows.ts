import { createHash } from 'node:crypto';
import type { DemoCity, SeedProgress } from '@civicgraph/demo-city';
import type { Kysely } from 'kysely';
import type { ColumnTypeName } from '../rows/column-types';
import { type NewRow, writeRows } from '../rows/row-writer';
import type { DatasetsDatabase } from './database';

/**
 * The demo city's uploaded datasets' rows: community investment (funding by program,
 * district and fiscal year) and COVID-19 cases (by ZIP code and week, with each ZIP's
 * centre, so the dataset has a geometry). Drawn from a generator keyed by the
 * dataset's id, which the city's seed draws: the same seed gives the same rows.
 */

interface DemoColumn {
  name: string;
  type: ColumnTypeName;
  description: string;
}

interface DemoRows {
  slug: string;
  /** Catalog metadata, used only when the city's catalog lacks the dataset. */
  title: string;
  description: string;
  keywords: string[];
  themes: string[];
  columns: DemoColumn[];
  rows(random: () => number, city: DemoCity): NewRow[];
}

/** mulberry32: small, fast and enough for demo figures. */
function generator(seedText: string) {
  let state = createHash('sha256').update(seedText).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROGRAMS = [
  'Affordable housing',
  'Small business grants',
  'Youth employment',
  'Parks improvement',
  'Street lighting',
  'Library programs',
  'Senior services',
  'Neighborhood cleanup',
];

const FISCAL_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

const communityInvestment: DemoRows = {
  slug: 'community-investment',
  title: 'Community investment',
  description: 'Funding awarded by program, council district and fiscal year.',
  keywords: ['funding', 'grants', 'investment'],
  themes: ['Finance'],
  columns: [
    { name: 'program', type: 'text', description: 'The funding program.' },
    { name: 'district', type: 'integer', description: 'Council district number.' },
    {
      name: 'fiscal_year',
      type: 'integer',
      description: 'Fiscal year of the award (ending June 30).',
    },
    { name: 'amount_usd', type: 'number', description: 'Amount awarded, in US dollars.' },
    { name: 'projects', type: 'integer', description: 'Projects funded.' },
    { name: 'approved_on', type: 'date', description: 'When the council approved the awards.' },
  ],
  rows(random, city) {
    const districts = city.profile.districts.features.map((f) => f.properties.number);
    const rows: NewRow[] = [];
    for (const fiscalYear of FISCAL_YEARS) {
      for (const district of districts) {
        for (const [p, program] of PROGRAMS.entries()) {
          // Not every program funds every district every year.
          if (random() < 0.15) continue;
          const projects = 1 + Math.floor(random() * 12);
          const month = String(1 + Math.floor(random() * 6)).padStart(2, '0');
          const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
          rows.push({
            key: `${fiscalYear}-${String(district).padStart(2, '0')}-${p}`,
            values: {
              program,
              district,
              fiscal_year: fiscalYear,
              amount_usd: Math.round(projects * (20_000 + random() * 180_000) * 100) / 100,
              projects,
              approved_on: `${fiscalYear - 1}-${month}-${day}`,
            },
          });
        }
      }
    }
    return rows;
  },
};

const ZIP_CODES = 20;
const WEEKS = 156;
const FIRST_WEEK = Date.UTC(2020, 2, 2); // a Monday
const WEEK_MS = 7 * 24 * 3600 * 1000;

const covidCases: DemoRows = {
  slug: 'covid-19-cases',
  title: 'COVID-19 cases by ZIP code',
  description: 'Confirmed COVID-19 cases and tests by ZIP code and week.',
  keywords: ['covid-19', 'health', 'cases'],
  themes: ['Health'],
  columns: [
    { name: 'zip', type: 'text', description: 'ZIP code of the residents.' },
    { name: 'week_start', type: 'date', description: 'Monday of the reporting week.' },
    { name: 'cases', type: 'integer', description: 'Confirmed cases reported that week.' },
    { name: 'tests', type: 'integer', description: 'Tests reported that week.' },
    { name: 'positivity', type: 'number', description: 'Share of tests positive (0–1).' },
    { name: 'longitude', type: 'number', description: "Longitude of the ZIP code's centre." },
    { name: 'latitude', type: 'number', description: "Latitude of the ZIP code's centre." },
  ],
  rows(random, city) {
    const [west, south, east, north] = city.profile.bbox;
    const firstZip = 10_000 + Math.floor(random() * 80_000);
    const zips = Array.from({ length: ZIP_CODES }, (_, i) => ({
      zip: String(firstZip + i * 3),
      longitude: Math.round((west + random() * (east - west)) * 1e6) / 1e6,
      latitude: Math.round((south + random() * (north - south)) * 1e6) / 1e6,
      population: 5_000 + Math.floor(random() * 40_000),
    }));
    const rows: NewRow[] = [];
    for (let week = 0; week < WEEKS; week++) {
      const weekStart = new Date(FIRST_WEEK + week * WEEK_MS).toISOString().slice(0, 10);
      // Three waves a year apart, decaying.
      const wave = Math.max(0, Math.sin((week / 52) * 2 * Math.PI)) * 0.8 ** (week / 52);
      for (const place of zips) {
        const tests = Math.floor(place.population * (0.01 + random() * 0.02));
        const cases = Math.min(tests, Math.floor(tests * (0.02 + wave * 0.2 * random())));
        rows.push({
          key: `${place.zip}-${weekStart}`,
          values: {
            zip: place.zip,
            week_start: weekStart,
            cases,
            tests,
            positivity: tests > 0 ? Math.round((cases / tests) * 10_000) / 10_000 : null,
            longitude: place.longitude,
            latitude: place.latitude,
          },
        });
      }
    }
    return rows;
  },
};

export const DEMO_ROW_DATASETS = [communityInvestment, covidCases];

/** The dataset's id: the catalog's when it lists it, else one drawn from the city. */
async function datasetIdFor(db: Kysely<DatasetsDatabase>, city: DemoCity, demo: DemoRows) {
  const listed = await db
    .selectFrom('datasets')
    .select('id')
    .where('slug', '=', demo.slug)
    .executeTakeFirst();
  if (listed) return listed.id;
  // The catalog entry belongs to the catalog's slice; until it lists the dataset, it is
  // added here so that the rows have somewhere to go.
  const digest = createHash('sha256')
    .update(`${city.departments[0]!.id}:${demo.slug}`)
    .digest('hex');
  const id = `${digest.slice(0, 8)}-${digest.slice(8, 12)}-4${digest.slice(13, 16)}-8${digest.slice(17, 20)}-${digest.slice(20, 32)}`;
  const now = new Date();
  await db
    .insertInto('datasets')
    .values({
      id,
      slug: demo.slug,
      title: demo.title,
      description: demo.description,
      keywords: demo.keywords,
      themes: demo.themes,
      accrualPeriodicity: 'R/P1Y',
      publisherDepartmentId: city.departments[0]!.id,
      issued: now,
      modified: now,
      source: 'UPLOADED',
    })
    .execute();
  return id;
}

/** Seeds the uploaded demo datasets' columns and rows (through writeRows). */
export async function seedDemoRows(
  db: Kysely<DatasetsDatabase>,
  city: DemoCity,
  progress?: SeedProgress,
) {
  for (const demo of DEMO_ROW_DATASETS) {
    const datasetId = await datasetIdFor(db, city, demo);
    const rows = demo.rows(generator(datasetId), city);
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('datasetColumns').where('datasetId', '=', datasetId).execute();
      await trx
        .insertInto('datasetColumns')
        .values(demo.columns.map((column, position) => ({ datasetId, position, ...column })))
        .execute();
      await writeRows(trx, datasetId, { upsert: rows, replaceAll: true });
    });
    progress?.(`datasets.rows.${demo.slug}`, rows.length, rows.length);
  }
}
