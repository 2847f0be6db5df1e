import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { luis, rosa, staffMock, workOrder, workOrdersMock } from './my-work-mocks';
import { renderMyWork } from './my-work-test-kit';

// jsdom has no WebGL: a stand-in with the real map's props, so that the toggle and the
// selection both ways are tested here (the map itself in map/ and the e2e tests).
vi.mock('../map/my-work-map', () => ({
  LazyMyWorkMap: ({
    workOrders,
    selectedId,
    onSelect,
  }: import('../map/my-work-map').MyWorkMapProps) => (
    <section aria-label="Test map">
      {workOrders.map((point) => (
        <button
          key={point.id}
          type="button"
          aria-pressed={point.id === selectedId}
          onClick={() => onSelect(point.id)}
        >
          {`${point.number} ${point.status} ${point.lon},${point.lat}`}
        </button>
      ))}
    </section>
  ),
}));

afterEach(cleanup);

describe('MyWorkPage with a map', () => {
  it('shows the map of the listed work on demand, and selects a card from it', async () => {
    const user = userEvent.setup();
    renderMyWork([
      staffMock(),
      workOrdersMock(
        [
          workOrder(1, {
            assignee: rosa,
            location: { __typename: 'GeoPoint', lon: -112.1, lat: 33.5 },
          }),
        ],
        [workOrder(3, { assignee: luis, status: 'IN_PROGRESS' })],
      ),
    ]);
    await screen.findAllByTestId('my-work-card');
    expect(screen.queryByRole('region', { name: 'Test map' })).toBeNull();

    const toggle = screen.getByRole('button', { name: 'Show map' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await user.click(toggle);

    const map = screen.getByRole('region', { name: 'Test map' });
    expect(
      within(map)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['WO-000001 ASSIGNED -112.1,33.5', 'WO-000003 IN_PROGRESS -112.0773,33.4484']);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(toggle.textContent).toContain('Hide map');

    await user.click(within(map).getByRole('button', { name: /^WO-000003/ }));
    const card = screen.getAllByTestId('my-work-card')[1]!;
    expect(card.className).toContain('mw-card--selected');
    expect(within(card).getByRole('link').getAttribute('aria-current')).toBe('true');
    expect(
      within(map)
        .getByRole('button', { name: /^WO-000003/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');

    // The map shows what the list shows: the Mine filter leaves one point.
    await user.click(screen.getByRole('button', { name: 'Mine 1' }));
    expect(within(map).getAllByRole('button')).toHaveLength(1);

    await user.click(toggle);
    expect(screen.queryByRole('region', { name: 'Test map' })).toBeNull();
  });
});
