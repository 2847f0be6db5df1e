import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyDispatchMap } from './lazy-dispatch-map';

// The map's code arrives as a chunk of its own; here it never does.
vi.mock('./dispatch-map', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

afterEach(cleanup);

describe('LazyDispatchMap', () => {
  it('says so in the map’s box when the map’s code cannot be loaded', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<LazyDispatchMap className="dispatch__map" />);
    const region = screen.getByRole('region', { name: 'Work orders map' });
    expect(within(region).getByRole('status').textContent).toBe('Loading the map…');

    // A box of the same name and place replaces the loading one.
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The map could not be loaded.');
    const failed = screen.getByRole('region', { name: 'Work orders map' });
    expect(failed.contains(alert)).toBe(true);
    expect(failed.className).toBe('city-map dispatch-map dispatch__map');
    expect(within(failed).queryByRole('status')).toBeNull();
    expect(warn).toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});
