/**
 * Service requests and their work orders. Request i is a pure function of (seed, i):
 * its time comes from the arrival clock at fraction (i + u) / n, its asset from the
 * asset generator by index, so any slice of a million requests can be made on its own.
 */

import { offsetMeters } from '@civicgraph/platform/geo';
import type { AssetGenerator, AssetTypePlan } from './assets';
import { round6 } from './assets';
import type { DistrictIndex } from './districts';
import type { Organisation } from './organisation';
import { Random, WeightedTable } from './random';
import type { RequestClock } from './request-clock';
import { describeRequest, resolutionNote } from './request-text';
import type { StreetGrid } from './street-grid';
import type {
  CityProfile,
  CrewSeed,
  Locale,
  RequestChannel,
  ServiceRequestSeed,
  ServiceSeed,
  StaffSeed,
  WorkOrderPriority,
  WorkOrderSeed,
} from './types';
import { simulateLifecycle } from './work-order-lifecycle';

export interface RequestContext {
  profile: CityProfile;
  seed: number;
  now: Date;
  /** How many requests the window holds: spreads their times over it. */
  count: number;
  grid: StreetGrid;
  districts: DistrictIndex;
  assets: AssetGenerator;
  organisation: Organisation;
  services: ServiceSeed[];
  clock: RequestClock;
}

interface ServicePlan {
  service: ServiceSeed;
  weight: number;
  crews: CrewSeed[];
  assetPlan: AssetTypePlan | null;
}

const CHANNELS = new WeightedTable<[RequestChannel, number]>(
  [
    ['PHONE', 30],
    ['MOBILE_APP', 30],
    ['WEB', 24],
    ['CHATBOT', 8],
    ['EMAIL', 5],
    ['WALK_IN', 3],
  ],
  ([, weight]) => weight,
);

type PriorityWeights = Array<[WorkOrderPriority, number]>;
/** Services with a short SLA are the urgent kind (signals, main breaks). */
const URGENT_SERVICE_PRIORITIES = new WeightedTable<[WorkOrderPriority, number]>(
  [
    ['LOW', 2],
    ['NORMAL', 38],
    ['HIGH', 40],
    ['URGENT', 20],
  ] satisfies PriorityWeights,
  ([, weight]) => weight,
);
const ROUTINE_PRIORITIES = new WeightedTable<[WorkOrderPriority, number]>(
  [
    ['LOW', 22],
    ['NORMAL', 58],
    ['HIGH', 16],
    ['URGENT', 4],
  ] satisfies PriorityWeights,
  ([, weight]) => weight,
);
const URGENT_SLA_HOURS = 24;

/** Share of requests filed in a locale other than the city's first. */
const SECOND_LOCALE_SHARE = 0.2;
/** How far from the asset a resident pins a request about it. */
const ASSET_RADIUS_M = 30;
/** How far from the centreline a request without an asset lands (sidewalk, yard, alley). */
const STREET_OFFSET_M = { min: 4, max: 45 } as const;

export class RequestGenerator {
  private readonly context: RequestContext;
  private readonly plans: WeightedTable<ServicePlan>;
  private readonly prefix: string;
  private readonly digits: number;
  private readonly primary: Locale;
  private readonly others: Locale[];

  constructor(context: RequestContext) {
    this.context = context;
    const { profile, organisation, assets, services } = context;
    const plans = profile.services.map((source, i): ServicePlan => {
      const service = services[i] as ServiceSeed;
      const plan = source.assetTypeCode ? assets.plan(source.assetTypeCode) : undefined;
      return {
        service,
        weight: source.weight,
        crews: organisation.crewsByDepartment.get(service.departmentId) ?? [],
        assetPlan: plan && plan.count > 0 ? plan : null,
      };
    });
    this.plans = new WeightedTable(plans, (plan) => plan.weight);
    this.prefix = profile.numberPrefix ?? profile.id.slice(0, 3).toUpperCase();
    this.digits = Math.max(6, String(context.count).length);
    this.primary = profile.locales[0] ?? 'en';
    this.others = profile.locales.filter((locale) => locale !== this.primary);
  }

  /** Request `index` (0 ≤ index < count) with its work order. */
  at(index: number): { serviceRequest: ServiceRequestSeed; workOrder: WorkOrderSeed } {
    const { count, clock, grid, districts, organisation, now } = this.context;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new RangeError(`request index ${index} is outside 0..${count - 1}`);
    }
    const random = Random.derive(this.context.seed, 'request', index);
    const serviceRequestId = random.uuid();
    const workOrderId = random.uuid();
    const requestedAt = clock.at((index + random.float()) / count);
    const plan = this.plans.pick(random);
    const { service } = plan;

    let lon: number;
    let lat: number;
    let assetId: string | null = null;
    if (plan.assetPlan) {
      const asset = this.pickAsset(random, plan.assetPlan);
      assetId = asset.id;
      const angle = random.range(0, 2 * Math.PI);
      const radius = ASSET_RADIUS_M * Math.sqrt(random.float());
      [lon, lat] = offsetMeters(
        asset.lon,
        asset.lat,
        radius * Math.cos(angle),
        radius * Math.sin(angle),
      );
    } else {
      const point = grid.pointAlong(random.float() * grid.cityMiles);
      const side = random.chance(0.5) ? 1 : -1;
      [lon, lat] = grid.besideArterial(
        point,
        side * random.range(STREET_OFFSET_M.min, STREET_OFFSET_M.max),
      );
    }
    lon = round6(lon);
    lat = round6(lat);
    const address = grid.addressAt(lon, lat);
    const district = districts.districtAt(lon, lat);

    const channel = CHANNELS.pick(random)[0];
    const locale =
      this.others.length > 0 && random.chance(SECOND_LOCALE_SHARE)
        ? random.pick(this.others)
        : this.primary;
    const description = describeRequest(random, locale, service.name[locale], address);
    const priorities =
      service.slaHours <= URGENT_SLA_HOURS ? URGENT_SERVICE_PRIORITIES : ROUTINE_PRIORITIES;
    const priority = priorities.pick(random)[0];

    const life = simulateLifecycle(random, requestedAt, now.getTime(), service.slaHours);
    let crew: CrewSeed | null = null;
    let assignee: StaffSeed | null = null;
    if (life.assigned && plan.crews.length > 0) {
      crew = random.pick(plan.crews);
      const workers = organisation.workersByCrew.get(crew.id) ?? [];
      assignee = workers.length > 0 ? random.pick(workers) : null;
    }
    const done = life.status === 'COMPLETED' || life.status === 'CLOSED';
    const resolution = done ? resolutionNote(random, crew?.name ?? null) : null;
    const requestClosed = done || life.status === 'CANCELLED';

    const yy = String(clock.year(requestedAt) % 100).padStart(2, '0');
    const sequence = String(index + 1).padStart(this.digits, '0');
    const serviceRequest: ServiceRequestSeed = {
      id: serviceRequestId,
      number: `${this.prefix}-${yy}-${sequence}`,
      serviceId: service.id,
      status: requestClosed ? 'CLOSED' : 'OPEN',
      channel,
      description,
      locale,
      lon,
      lat,
      address,
      district,
      requestedAt: new Date(requestedAt),
      updatedAt: new Date(life.updatedAt),
      closedAt: requestClosed ? new Date((life.completedAt ?? life.closedAt) as number) : null,
    };
    const workOrder: WorkOrderSeed = {
      id: workOrderId,
      number: `${this.prefix}-WO-${yy}-${sequence}`,
      serviceRequestId,
      serviceId: service.id,
      departmentId: service.departmentId,
      crewId: crew?.id ?? null,
      assigneeId: assignee?.id ?? null,
      assetId,
      status: life.status,
      priority,
      summary: `${service.name[this.primary]} — ${address}`,
      lon,
      lat,
      createdAt: new Date(life.createdAt),
      updatedAt: new Date(life.updatedAt),
      dueAt: new Date(life.createdAt + service.slaHours * 3_600_000),
      completedAt: life.completedAt === null ? null : new Date(life.completedAt),
      closedAt: life.closedAt === null ? null : new Date(life.closedAt),
      resolution,
    };
    return { serviceRequest, workOrder };
  }

  /** A random asset of the plan's type; retired ones rarely draw a report, so re-roll. */
  private pickAsset(random: Random, plan: AssetTypePlan) {
    const { assets } = this.context;
    let asset = assets.at(plan.start + random.int(0, plan.count - 1));
    for (let tries = 0; tries < 3 && asset.status === 'RETIRED'; tries++) {
      asset = assets.at(plan.start + random.int(0, plan.count - 1));
    }
    return asset;
  }
}
