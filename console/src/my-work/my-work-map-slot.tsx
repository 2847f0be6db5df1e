import type { ComponentType } from 'react';
import type { WorkOrderStatus } from '../generated/graphql';

/** What the map of my work is given: the props of `LazyMyWorkMap` (map/my-work-map). */
export interface MyWorkMapProps {
  workOrders: { id: string; number: string; status: WorkOrderStatus; lon: number; lat: number }[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  className?: string;
}

// The map of my work is built in map/ (its own branch). Until it is merged, the page
// runs without it and offers no "Show map" toggle. TODO(lead, at merge): once
// console/src/map/my-work-map.tsx exists, replace the export below with this one line:
//   export { LazyMyWorkMap as MyWorkMap } from '../map/my-work-map';
/** The lazily loaded map of my work; null while the map component is not in the build. */
export const MyWorkMap: ComponentType<MyWorkMapProps> | null = null;
