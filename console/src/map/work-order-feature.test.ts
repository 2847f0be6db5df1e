import { describe, expect, it } from 'vitest';
import { readWorkOrderFeature, zoomIntoCluster } from './work-order-feature';

describe('readWorkOrderFeature', () => {
  it('reads a work order as the tile contract describes it', () => {
    expect(
      readWorkOrderFeature({
        id: '3f1c',
        number: 'WO-000123',
        status: 'IN_PROGRESS',
        priority: 'URGENT',
        overdue: true,
        serviceCode: 'pothole',
        district: 4,
      }),
    ).toEqual({
      kind: 'workOrder',
      id: '3f1c',
      number: 'WO-000123',
      status: 'IN_PROGRESS',
      priority: 'URGENT',
      overdue: true,
    });
  });

  it('tolerates a numeric number and missing optional properties', () => {
    expect(readWorkOrderFeature({ number: 42, status: 'NEW' })).toEqual({
      kind: 'workOrder',
      id: null,
      number: '42',
      status: 'NEW',
      priority: null,
      overdue: false,
    });
  });

  it('reads a grid cell as a cluster', () => {
    expect(
      readWorkOrderFeature({ cluster: true, count: 37, overdueCount: 5, statusNew: 12 }),
    ).toEqual({ kind: 'cluster', count: 37, overdueCount: 5 });
  });

  it.each([
    ['no properties', null],
    ['no status', { number: 'WO-1' }],
    ['an unknown status', { number: 'WO-1', status: 'LOST' }],
    ['no number', { status: 'NEW' }],
  ])('ignores a feature with %s', (_name, properties) => {
    expect(readWorkOrderFeature(properties)).toBeNull();
  });
});

describe('zoomIntoCluster', () => {
  it('goes two levels in, never past the map’s limit', () => {
    expect(zoomIntoCluster(10.5, 22)).toBe(12.5);
    expect(zoomIntoCluster(21, 22)).toBe(22);
  });
});
