import type { Polygon, Position } from '@civicgraph/platform/geo';
import { describe, expect, it } from 'vitest';
import {
  type AssetSeed,
  type CityProfile,
  DEMO_PASSWORD,
  type DemoCity,
  generateCity,
  loadCityProfile,
  type ServiceRequestSeed,
  type StaffRole,
  validateCityProfile,
  type WorkOrderSeed,
} from '../src/index';

const NOW = new Date('2026-11-29T17:00:00Z');
const DAY_MS = 86_400_000;
const profile = loadCityProfile('phoenix');

interface Rows {
  assets: AssetSeed[];
  serviceRequests: ServiceRequestSeed[];
  workOrders: WorkOrderSeed[];
}

function materialise(city: DemoCity): Rows {
  const rows: Rows = { assets: [], serviceRequests: [], workOrders: [] };
  for (const batch of city.assetBatches()) rows.assets.push(...batch);
  for (const batch of city.requestBatches()) {
    rows.serviceRequests.push(...batch.serviceRequests);
    rows.workOrders.push(...batch.workOrders);
  }
  return rows;
}

/** Everything but the batch functions, for deep comparison. */
function plain(city: DemoCity) {
  const { assetBatches: _a, requestBatches: _r, ...rest } = city;
  return rest;
}

const city = generateCity(profile, { seed: 1, now: NOW, requests: 5000 });
const rows = materialise(city);

// An implementation independent of the generator's (winding number, not ray casting),
// so a bug in the generator's point-in-polygon cannot hide itself.
function windingNumber(ring: readonly Position[], [x, y]: [number, number]): number {
  let winding = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] as Position;
    const [x2, y2] = ring[i + 1] as Position;
    const cross = (x2 - x1) * (y - y1) - (x - x1) * (y2 - y1);
    if (y1 <= y && y2 > y && cross > 0) winding += 1;
    else if (y1 > y && y2 <= y && cross < 0) winding -= 1;
  }
  return winding;
}

function onEdge(ring: readonly Position[], [x, y]: [number, number]): boolean {
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] as Position;
    const [x2, y2] = ring[i + 1] as Position;
    const cross = (x2 - x1) * (y - y1) - (x - x1) * (y2 - y1);
    const within =
      x >= Math.min(x1, x2) &&
      x <= Math.max(x1, x2) &&
      y >= Math.min(y1, y2) &&
      y <= Math.max(y1, y2);
    if (within && Math.abs(cross) < 1e-12) return true;
  }
  return false;
}

function inPolygon(polygon: Polygon, point: [number, number]): boolean {
  const [outer, ...holes] = polygon.coordinates;
  if (!outer || windingNumber(outer, point) === 0) return false;
  return holes.every((hole) => windingNumber(hole, point) === 0);
}

function districtPolygon(number: number): Polygon {
  const feature = profile.districts.features.find((f) => f.properties.number === number);
  if (!feature) throw new Error(`no district ${number}`);
  return feature.geometry;
}

function metres(aLon: number, aLat: number, bLon: number, bLat: number): number {
  const k = Math.cos((((aLat + bLat) / 2) * Math.PI) / 180);
  return Math.hypot((bLon - aLon) * k, bLat - aLat) * 111_195;
}

describe('city profile', () => {
  it('loads the Phoenix profile with 8 numbered districts inside the bbox', () => {
    expect(profile.timeZone).toBe('America/Phoenix');
    expect(profile.jurisdictionId).toBe('phoenix.az.us');
    expect(profile.districts.features.map((f) => f.properties.number).sort()).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    expect(profile.districts.features.map((f) => f.properties.name)).toContain('District 8');
    const [west, south, east, north] = profile.bbox;
    for (const feature of [profile.boundary, ...profile.districts.features]) {
      const polygons =
        feature.geometry.type === 'Polygon'
          ? [feature.geometry.coordinates]
          : feature.geometry.coordinates;
      for (const [lon, lat] of polygons.flat(2)) {
        expect(lon).toBeGreaterThanOrEqual(west);
        expect(lon).toBeLessThanOrEqual(east);
        expect(lat).toBeGreaterThanOrEqual(south);
        expect(lat).toBeLessThanOrEqual(north);
      }
    }
  });

  it('has districts that tile the boundary: every city point in exactly one district', () => {
    const boundary = profile.boundary.geometry;
    if (boundary.type !== 'Polygon') throw new Error('expected a Polygon boundary');
    const [west, south, east, north] = profile.bbox;
    let inside = 0;
    // Irrational-ish offsets keep sample points off the polygon edges.
    for (let i = 0; i < 160; i++) {
      for (let j = 0; j < 160; j++) {
        const point: [number, number] = [
          west + ((i + 0.4142) / 160) * (east - west),
          south + ((j + 0.732) / 160) * (north - south),
        ];
        const containing = profile.districts.features.filter((f) => inPolygon(f.geometry, point));
        if (inPolygon(boundary, point)) {
          inside += 1;
          expect(containing.length, `point ${point} in the city`).toBe(1);
        } else {
          expect(containing.length, `point ${point} outside the city`).toBe(0);
        }
      }
    }
    expect(inside).toBeGreaterThan(160 * 160 * 0.4);
  });

  it('names the missing file, and every problem of a malformed profile', () => {
    expect(() => loadCityProfile('atlantis')).toThrow(/atlantis.*not found/);
    expect(() => loadCityProfile('../etc/passwd')).toThrow(/invalid city profile id/);
    const broken = structuredClone(profile) as CityProfile & Record<string, unknown>;
    (broken.services[0] as { departmentCode: string }).departmentCode = 'NOPE';
    broken.timeZone = 'Mars/Olympus_Mons';
    broken.datasets[0]!.accrualPeriodicity = 'daily';
    broken.datasets[1]!.contactPoint.email = 'nobody';
    broken.datasets[1]!.landingPage = 'ftp://files.example/data';
    broken.datasets[1]!.temporal = 'last year';
    let message = '';
    try {
      validateCityProfile(broken, 'test profile');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/test profile is invalid/);
    expect(message).toMatch(/services\[0\]\.departmentCode: NOPE is not a department/);
    expect(message).toMatch(/timeZone: "Mars\/Olympus_Mons" is unknown/);
    expect(message).toMatch(/datasets\[0\]\.accrualPeriodicity: must be an ISO 8601 duration/);
    expect(message).toMatch(/datasets\[1\]\.contactPoint\.email: must be an email address/);
    expect(message).toMatch(/datasets\[1\]\.landingPage: must be an http\(s\) URL/);
    expect(message).toMatch(/datasets\[1\]\.temporal: must be "YYYY-MM-DD\/YYYY-MM-DD"/);
  });
});

describe('generateCity', () => {
  it('is deterministic, and another seed gives other ids', () => {
    const again = generateCity(profile, { seed: 1, now: new Date(NOW), requests: 5000 });
    expect(plain(again)).toEqual(plain(city));
    expect(materialise(again)).toEqual(rows);

    const other = generateCity(profile, { seed: 2, now: NOW, requests: 5000 });
    const otherRows = materialise(other);
    const ids = new Set([
      ...city.staff.map((s) => s.id),
      ...city.services.map((s) => s.id),
      ...rows.assets.map((a) => a.id),
      ...rows.serviceRequests.map((r) => r.id),
    ]);
    const otherIds = [
      ...other.staff.map((s) => s.id),
      ...other.services.map((s) => s.id),
      ...otherRows.assets.map((a) => a.id),
      ...otherRows.serviceRequests.map((r) => r.id),
    ];
    expect(otherIds.filter((id) => ids.has(id))).toEqual([]);
  });

  it('yields the same rows each time the batches are iterated', () => {
    expect(materialise(city)).toEqual(rows);
  });

  it('builds a bilingual service catalog of at least 15 services', () => {
    expect(city.services.length).toBeGreaterThanOrEqual(15);
    const departmentIds = new Set(city.departments.map((d) => d.id));
    for (const service of city.services) {
      expect(service.name.en.trim()).not.toBe('');
      expect(service.name.es.trim()).not.toBe('');
      expect(service.name.es).not.toBe(service.name.en);
      expect(service.description.es.trim()).not.toBe('');
      expect(departmentIds.has(service.departmentId)).toBe(true);
    }
  });

  it('has exactly one demo login per role, with the documented password', () => {
    const roles: StaffRole[] = [
      'ADMIN',
      'SUPERVISOR',
      'DISPATCHER',
      'FIELD_WORKER',
      'ANALYST',
      'BILLING',
    ];
    const logins = city.staff.filter((s) => s.demoPassword !== null);
    expect(logins.map((s) => s.role).sort()).toEqual([...roles].sort());
    for (const login of logins) {
      expect(login.demoPassword).toBe(DEMO_PASSWORD);
      expect(login.email).toMatch(/^[a-z-]+@demo\.phoenix\.az\.us$/);
    }
    expect(logins.find((s) => s.role === 'DISPATCHER')?.email).toBe(
      'dispatcher@demo.phoenix.az.us',
    );
    const emails = city.staff.map((s) => s.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const person of city.staff.filter((s) => s.demoPassword === null)) {
      expect(person.email).toMatch(/^[a-z0-9]+\.[a-z0-9]+\d+@phoenix\.az\.us$/);
    }
  });

  it('staffs every department and crew', () => {
    for (const department of city.departments) {
      const own = city.staff.filter((s) => s.departmentId === department.id);
      expect(own.filter((s) => s.role === 'SUPERVISOR')).toHaveLength(1);
      const dispatchers = own.filter((s) => s.role === 'DISPATCHER').length;
      expect(dispatchers).toBeGreaterThanOrEqual(1);
      expect(dispatchers).toBeLessThanOrEqual(2);
    }
    for (const crew of city.crews) {
      const members = city.staff.filter((s) => s.crewId === crew.id);
      expect(members.length).toBeGreaterThanOrEqual(3);
      expect(members.length).toBeLessThanOrEqual(6);
      for (const member of members) {
        expect(member.role).toBe('FIELD_WORKER');
        expect(member.departmentId).toBe(crew.departmentId);
      }
    }
    expect(city.staff.filter((s) => s.role === 'ADMIN')).toHaveLength(1);
    expect(city.staff.filter((s) => s.role === 'ANALYST')).toHaveLength(1);
    expect(city.staff.filter((s) => s.role === 'BILLING')).toHaveLength(1);
  });

  it('draws one street per arterial, inside the bbox', () => {
    const [west, south, east, north] = profile.bbox;
    const names = [...profile.streetGrid.northSouth, ...profile.streetGrid.eastWest];
    expect(city.streets.length).toBeGreaterThan(40);
    expect(new Set(city.streets.map((s) => s.name)).size).toBe(city.streets.length);
    for (const street of city.streets) {
      expect(names).toContain(street.name);
      for (const [lon, lat] of street.geometry.coordinates) {
        expect(lon).toBeGreaterThanOrEqual(west);
        expect(lon).toBeLessThanOrEqual(east);
        expect(lat).toBeGreaterThanOrEqual(south);
        expect(lat).toBeLessThanOrEqual(north);
      }
    }
  });

  it('puts work orders with a crew of the service department and a worker of that crew', () => {
    const services = new Map(city.services.map((s) => [s.id, s]));
    const crews = new Map(city.crews.map((c) => [c.id, c]));
    const staff = new Map(city.staff.map((s) => [s.id, s]));
    for (const order of rows.workOrders) {
      const service = services.get(order.serviceId);
      expect(service).toBeDefined();
      expect(order.departmentId).toBe(service?.departmentId);
      if (order.status === 'NEW') {
        expect(order.crewId).toBeNull();
        expect(order.assigneeId).toBeNull();
      } else if (order.status !== 'CANCELLED') {
        expect(order.crewId).not.toBeNull();
      }
      if (order.crewId !== null) {
        expect(crews.get(order.crewId)?.departmentId).toBe(order.departmentId);
        const assignee = staff.get(order.assigneeId ?? '');
        expect(assignee?.role).toBe('FIELD_WORKER');
        expect(assignee?.crewId).toBe(order.crewId);
        expect(assignee?.departmentId).toBe(order.departmentId);
      } else {
        expect(order.assigneeId).toBeNull();
      }
    }
  });

  it('refers to assets of the service asset type, near the request', () => {
    const services = new Map(city.services.map((s) => [s.id, s]));
    const types = new Map(city.assetTypes.map((t) => [t.id, t.code]));
    const assets = new Map(rows.assets.map((a) => [a.id, a]));
    let referenced = 0;
    rows.workOrders.forEach((order) => {
      const service = services.get(order.serviceId);
      if (!service?.assetTypeCode) {
        expect(order.assetId).toBeNull();
        return;
      }
      const asset = assets.get(order.assetId ?? '');
      expect(asset, `asset of ${order.number}`).toBeDefined();
      if (!asset) return;
      referenced += 1;
      expect(types.get(asset.assetTypeId)).toBe(service.assetTypeCode);
      expect(metres(asset.lon, asset.lat, order.lon, order.lat)).toBeLessThan(35);
    });
    expect(referenced).toBeGreaterThan(500);
  });

  it('generates assets on the street grid with unique tags', () => {
    const [west, south, east, north] = profile.bbox;
    expect(city.assetCount).toBe(rows.assets.length);
    expect(city.assetCount).toBeGreaterThanOrEqual(8000);
    expect(city.assetCount).toBeLessThanOrEqual(15000);
    expect(new Set(rows.assets.map((a) => a.tag)).size).toBe(rows.assets.length);
    const streetNames = new Set(city.streets.map((s) => s.name));
    for (const asset of rows.assets) {
      expect(asset.tag).toMatch(/^[A-Z]{3}-\d{6}$/);
      expect(streetNames.has(asset.streetName)).toBe(true);
      expect(asset.lon).toBeGreaterThan(west);
      expect(asset.lon).toBeLessThan(east);
      expect(asset.lat).toBeGreaterThan(south);
      expect(asset.lat).toBeLessThan(north);
      expect(asset.installedOn >= '1970-01-01' && asset.installedOn <= '2025-12-31').toBe(true);
      const type = city.assetTypes.find((t) => t.id === asset.assetTypeId);
      expect(asset.line === null).toBe(type?.geometry === 'POINT');
    }
    const statuses = new Set(rows.assets.map((a) => a.status));
    expect(statuses).toEqual(new Set(['ACTIVE', 'OUT_OF_SERVICE', 'RETIRED']));
  });

  it('honours options.assets with the same proportions', () => {
    const small = generateCity(profile, { seed: 1, now: NOW, requests: 10, assets: 1000 });
    const assets = materialise(small).assets;
    expect(assets).toHaveLength(1000);
    const lights = assets.filter((a) => a.tag.startsWith('STL-')).length;
    const share = rows.assets.filter((a) => a.tag.startsWith('STL-')).length / rows.assets.length;
    expect(Math.abs(lights / 1000 - share)).toBeLessThan(0.01);
  });

  it('places every point with a district inside that district', () => {
    const points = [
      ...rows.serviceRequests.map((r) => ({ lon: r.lon, lat: r.lat, district: r.district })),
      ...rows.assets.map((a) => ({ lon: a.lon, lat: a.lat, district: a.district })),
    ];
    let withDistrict = 0;
    for (const { lon, lat, district } of points) {
      const point: [number, number] = [lon, lat];
      const edge = profile.districts.features.some((f) =>
        onEdge(f.geometry.coordinates[0] ?? [], point),
      );
      if (edge) continue;
      if (district === null) {
        for (const feature of profile.districts.features) {
          expect(inPolygon(feature.geometry, point)).toBe(false);
        }
      } else {
        withDistrict += 1;
        expect(
          inPolygon(districtPolygon(district), point),
          `${point} in district ${district}`,
        ).toBe(true);
      }
    }
    expect(withDistrict).toBeGreaterThan(points.length * 0.95);
  });

  it('keeps request and work order timestamps and states consistent', () => {
    const services = new Map(city.services.map((s) => [s.id, s]));
    const windowStart = NOW.getTime() - 90 * DAY_MS;
    rows.serviceRequests.forEach((request, i) => {
      const order = rows.workOrders[i] as WorkOrderSeed;
      const sla = services.get(order.serviceId)?.slaHours ?? Number.NaN;
      expect(order.serviceRequestId).toBe(request.id);
      expect(request.requestedAt.getTime()).toBeGreaterThanOrEqual(windowStart);
      expect(request.requestedAt <= order.createdAt).toBe(true);
      expect(order.createdAt <= order.updatedAt).toBe(true);
      expect(order.updatedAt <= NOW).toBe(true);
      expect(request.updatedAt <= NOW).toBe(true);
      expect(order.dueAt.getTime()).toBe(order.createdAt.getTime() + sla * 3_600_000);
      const done = order.status === 'COMPLETED' || order.status === 'CLOSED';
      expect(order.completedAt !== null).toBe(done);
      expect(order.closedAt !== null).toBe(
        order.status === 'CLOSED' || order.status === 'CANCELLED',
      );
      expect(order.resolution !== null).toBe(done);
      if (order.completedAt) expect(order.completedAt <= order.updatedAt).toBe(true);
      if (order.completedAt && order.closedAt)
        expect(order.completedAt <= order.closedAt).toBe(true);
      const closed = done || order.status === 'CANCELLED';
      expect(request.status).toBe(closed ? 'CLOSED' : 'OPEN');
      expect(request.closedAt !== null).toBe(closed);
      if (request.closedAt) {
        expect(request.closedAt >= request.requestedAt && request.closedAt <= NOW).toBe(true);
      }
    });
  });

  it('has unique ids and numbers, in time order', () => {
    const ids = [
      ...city.departments.map((d) => d.id),
      ...city.crews.map((c) => c.id),
      ...city.staff.map((s) => s.id),
      ...city.services.map((s) => s.id),
      ...city.streets.map((s) => s.id),
      ...city.assetTypes.map((t) => t.id),
      ...city.datasets.map((d) => d.id),
      ...rows.assets.map((a) => a.id),
      ...rows.serviceRequests.map((r) => r.id),
      ...rows.workOrders.map((w) => w.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const numbers = rows.serviceRequests.map((r) => r.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(new Set(rows.workOrders.map((w) => w.number)).size).toBe(numbers.length);
    expect(numbers[0]).toMatch(/^PHX-\d{2}-000001$/);
    for (let i = 1; i < rows.serviceRequests.length; i++) {
      const previous = rows.serviceRequests[i - 1] as ServiceRequestSeed;
      expect(
        previous.requestedAt <= (rows.serviceRequests[i] as ServiceRequestSeed).requestedAt,
      ).toBe(true);
    }
  });

  it('mixes states by age, locales and hours realistically', () => {
    const recent = rows.workOrders.filter(
      (w) => NOW.getTime() - w.createdAt.getTime() < 2 * DAY_MS,
    );
    const old = rows.workOrders.filter((w) => NOW.getTime() - w.createdAt.getTime() > 60 * DAY_MS);
    const openShare = (list: WorkOrderSeed[]) =>
      list.filter((w) => ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD'].includes(w.status)).length /
      list.length;
    expect(openShare(recent)).toBeGreaterThan(0.5);
    expect(openShare(old)).toBeLessThan(0.15);
    const statuses = new Set(rows.workOrders.map((w) => w.status));
    for (const status of [
      'NEW',
      'ASSIGNED',
      'IN_PROGRESS',
      'ON_HOLD',
      'COMPLETED',
      'CLOSED',
      'CANCELLED',
    ]) {
      expect(statuses.has(status as WorkOrderSeed['status']), status).toBe(true);
    }
    const spanish = rows.serviceRequests.filter((r) => r.locale === 'es');
    expect(spanish.length / rows.serviceRequests.length).toBeGreaterThan(0.12);
    expect(spanish.length / rows.serviceRequests.length).toBeLessThan(0.28);
    const serviceNames = new Map(city.services.map((s) => [s.id, s.name.es.toLowerCase()]));
    for (const request of spanish.slice(0, 50)) {
      expect(request.description.toLowerCase()).toContain(serviceNames.get(request.serviceId));
    }
    // Phoenix is UTC-7 all year: working hours are 15:00–01:00 UTC.
    const working = rows.serviceRequests.filter((r) => {
      const hour = (r.requestedAt.getUTCHours() + 17) % 24;
      return hour >= 8 && hour < 18;
    });
    expect(working.length / rows.serviceRequests.length).toBeGreaterThan(0.55);
    for (const request of rows.serviceRequests.slice(0, 200)) {
      expect(request.address).toMatch(/^\d+ [NSEW] .+/);
    }
  });

  it('yields batches of batchSize', () => {
    expect([...city.requestBatches()].map((b) => b.serviceRequests.length)).toEqual([
      1000, 1000, 1000, 1000, 1000,
    ]);
    const odd = generateCity(profile, {
      seed: 1,
      now: NOW,
      requests: 700,
      assets: 650,
      batchSize: 300,
    });
    const requestSizes = [...odd.requestBatches()].map((b) => [
      b.serviceRequests.length,
      b.workOrders.length,
    ]);
    expect(requestSizes).toEqual([
      [300, 300],
      [300, 300],
      [100, 100],
    ]);
    expect([...odd.assetBatches()].map((b) => b.length)).toEqual([300, 300, 50]);
    // Batch boundaries do not change the rows: record i depends only on (seed, i).
    const first = [...odd.assetBatches()].flat();
    const whole = generateCity(profile, { seed: 1, now: NOW, requests: 10, assets: 650 });
    expect([...whole.assetBatches()].flat()).toEqual(first);
  });

  it('streams the scale option without holding the rows', { timeout: 120_000 }, () => {
    const large = generateCity(profile, { seed: 9, now: NOW, requests: 200_000, assets: 200_000 });
    expect(large.requestCount).toBe(200_000);
    expect(large.assetCount).toBe(200_000);
    let requests = 0;
    let orders = 0;
    let batches = 0;
    let last = 0;
    let lastNumber = '';
    let outOfOrder = 0;
    let oversized = 0;
    for (const batch of large.requestBatches()) {
      batches += 1;
      if (batch.serviceRequests.length > 1000) oversized += 1;
      requests += batch.serviceRequests.length;
      orders += batch.workOrders.length;
      for (const request of batch.serviceRequests) {
        if (request.requestedAt.getTime() < last) outOfOrder += 1;
        last = request.requestedAt.getTime();
        lastNumber = request.number;
      }
    }
    expect(oversized).toBe(0);
    expect(outOfOrder).toBe(0);
    expect(requests).toBe(200_000);
    expect(orders).toBe(200_000);
    expect(batches).toBe(200);
    expect(lastNumber).toMatch(/-200000$/);
    let assets = 0;
    for (const batch of large.assetBatches()) assets += batch.length;
    expect(assets).toBe(200_000);
  });
});
