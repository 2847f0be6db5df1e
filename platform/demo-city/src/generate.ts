/**
 * The demo-city generator: a city profile plus a seed in, a whole city out. Small
 * parts (staff, catalog, streets) are built at once; assets and requests are generated
 * on demand, batch by batch, so the scale option (a million requests) runs in flat
 * memory.
 */
import { AssetGenerator, buildAssetTypes } from './assets';
import { buildDatasets, buildServices } from './catalog';
import { DistrictIndex } from './districts';
import { buildOrganisation } from './organisation';
import { DEFAULT_CITY_PROFILE, loadCityProfile, validateCityProfile } from './profile';
import { Random } from './random';
import { RequestClock } from './request-clock';
import { RequestGenerator } from './requests';
import { buildShifts } from './shifts';
import { StreetGrid } from './street-grid';
import type {
  AssetSeed,
  CityProfile,
  DemoCity,
  GenerateOptions,
  ServiceRequestBatch,
  StreetSeed,
} from './types';

export const DEFAULT_BATCH_SIZE = 1000;
/** Requests fall in the days before `options.now`. */
export const REQUEST_WINDOW_DAYS = 90;

/**
 * Generates the demo city. Pure: the same profile and options give a deep-equal city,
 * ids included; another seed gives other ids.
 */
export function generateCity(profile: CityProfile, options: GenerateOptions): DemoCity {
  validateCityProfile(profile);
  checkOptions(options);
  const { seed, requests } = options;
  const now = new Date(options.now.getTime());
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;

  const grid = new StreetGrid(profile);
  const districts = new DistrictIndex(profile.districts);
  const organisation = buildOrganisation(profile, seed);
  const services = buildServices(profile, seed, organisation);
  const assetTypes = buildAssetTypes(profile, seed);
  const datasets = buildDatasets(profile, seed, now, organisation);
  const streets: StreetSeed[] = grid.arterials.map((arterial, i) => ({
    id: Random.derive(seed, 'street', i).uuid(),
    name: arterial.name,
    axis: arterial.axis,
    geometry: grid.line(arterial),
  }));

  const assets = new AssetGenerator(
    {
      profile,
      seed,
      now,
      grid,
      districts,
      ...(options.assets === undefined ? {} : { total: options.assets }),
    },
    assetTypes,
  );
  const clock = new RequestClock(now, REQUEST_WINDOW_DAYS, profile.timeZone);
  const requestGenerator = new RequestGenerator({
    profile,
    seed,
    now,
    count: requests,
    grid,
    districts,
    assets,
    organisation,
    services,
    clock,
  });

  return {
    profile,
    seed,
    now: new Date(now.getTime()),
    departments: organisation.departments,
    crews: organisation.crews,
    staff: organisation.staff,
    shifts: buildShifts(profile, seed, organisation.staff),
    services,
    streets,
    assetTypes,
    datasets,
    assetCount: assets.count,
    requestCount: requests,
    // Generator functions: each call starts a fresh pass, so the city can be re-read.
    *assetBatches(): Generator<AssetSeed[]> {
      for (let start = 0; start < assets.count; start += batchSize) {
        const end = Math.min(assets.count, start + batchSize);
        const batch: AssetSeed[] = [];
        for (let i = start; i < end; i++) batch.push(assets.at(i));
        yield batch;
      }
    },
    *requestBatches(): Generator<ServiceRequestBatch> {
      for (let start = 0; start < requests; start += batchSize) {
        const end = Math.min(requests, start + batchSize);
        const batch: ServiceRequestBatch = { serviceRequests: [], workOrders: [] };
        for (let i = start; i < end; i++) {
          const { serviceRequest, workOrder } = requestGenerator.at(i);
          batch.serviceRequests.push(serviceRequest);
          batch.workOrders.push(workOrder);
        }
        yield batch;
      }
    },
  };
}

export interface DemoCityOptions extends GenerateOptions {
  /** A shipped profile's id (`cities/<id>.json`) or a profile; unset, the default city. */
  profile?: string | CityProfile;
}

/** The demo city of a shipped (or given) city profile. */
export function generateDemoCity({ profile, ...options }: DemoCityOptions): DemoCity {
  const resolved =
    typeof profile === 'object' ? profile : loadCityProfile(profile ?? DEFAULT_CITY_PROFILE);
  return generateCity(resolved, options);
}

function checkOptions(options: GenerateOptions): void {
  const problems: string[] = [];
  if (!Number.isSafeInteger(options.seed)) problems.push('seed must be an integer');
  if (!(options.now instanceof Date) || Number.isNaN(options.now.getTime())) {
    problems.push('now must be a valid Date');
  }
  if (!Number.isSafeInteger(options.requests) || options.requests < 0) {
    problems.push('requests must be an integer ≥ 0');
  }
  if (
    options.assets !== undefined &&
    (!Number.isSafeInteger(options.assets) || options.assets < 0)
  ) {
    problems.push('assets must be an integer ≥ 0');
  }
  if (
    options.batchSize !== undefined &&
    (!Number.isSafeInteger(options.batchSize) || options.batchSize < 1)
  ) {
    problems.push('batchSize must be an integer ≥ 1');
  }
  if (problems.length > 0) throw new Error(`generateCity: ${problems.join('; ')}`);
}
