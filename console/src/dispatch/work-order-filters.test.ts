import { describe, expect, it } from 'vitest';
import {
  filtersFromSearch,
  filtersToSearch,
  NO_FILTERS,
  toTileSearch,
  toWorkOrderFilter,
} from './work-order-filters';

describe('work-order filters', () => {
  it('keep what an address says and drop what it cannot mean', () => {
    const filters = filtersFromSearch(
      new URLSearchParams(
        'status=COMPLETED&status=BOGUS&priority=URGENT&district=-4&overdue=maybe&q=+lamp+',
      ),
    );
    expect(filters).toEqual({
      ...NO_FILTERS,
      statuses: ['COMPLETED'],
      priorities: ['URGENT'],
      text: 'lamp',
    });
    expect(
      filtersFromSearch(new URLSearchParams('status=CLOSED&status=CANCELLED')).statuses,
    ).toEqual([]);
  });

  it('ask for open work unless statuses are chosen, then exactly those, in the list and the tiles alike', () => {
    expect(toWorkOrderFilter(NO_FILTERS)).toEqual({ open: true });
    expect(toTileSearch(NO_FILTERS).toString()).toBe('open=true');
    const completed = { ...NO_FILTERS, statuses: ['COMPLETED' as const] };
    expect(toWorkOrderFilter(completed)).toEqual({ statuses: ['COMPLETED'] });
    expect(toTileSearch(completed).toString()).toBe('status=COMPLETED');
  });

  it('match nothing rather than everything for a service code the catalog does not have', () => {
    expect(
      toWorkOrderFilter({ ...NO_FILTERS, serviceCode: 'retired' }, { serviceId: null }),
    ).toBeNull();
  });

  it('round-trip through the address', () => {
    const filters = {
      ...NO_FILTERS,
      statuses: ['NEW' as const],
      district: 3,
      overdue: false,
      text: 'pothole',
    };
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(filtersToSearch(filters))) {
      if (value === null) continue;
      for (const one of typeof value === 'string' ? [value] : value) search.append(name, one);
    }
    expect(filtersFromSearch(search)).toEqual(filters);
  });
});
