import { lazy } from 'react';
import type { WorkOrderStatus } from '../generated/graphql';
import { useI18n } from '../i18n';
import { LazyMapFrame } from './lazy-map-frame';
import { buildRenderer, loadMapLibrary } from './map-library';

/** A work order as the field worker's map shows it. */
export interface MyWorkMapItem {
  id: string;
  number: string;
  status: WorkOrderStatus;
  lon: number;
  lat: number;
}

export interface MyWorkMapProps {
  /** The work to show; the map fits them whenever the set changes. */
  workOrders: readonly MyWorkMapItem[];
  /** Ringed on the map, and brought into view. */
  selectedId: string | null;
  /** A tap on a point. */
  onSelect: (id: string) => void;
  className?: string;
}

const MyWorkMapView = lazy(async () => {
  const [module, library] = await Promise.all([
    import('./my-work-map-view'),
    loadMapLibrary(buildRenderer),
  ]);
  const View = module.default;
  return {
    default: (props: MyWorkMapProps) => (
      <View {...props} library={library} renderer={buildRenderer} />
    ),
  };
});

/**
 * The field worker's map of their work, loaded on demand (the map library is its own
 * chunk): the given work orders as points over the city, lettered by status, fitted.
 * The list on the same page is its accessible alternative.
 */
export function LazyMyWorkMap(props: MyWorkMapProps) {
  const { messages } = useI18n();
  const label = messages.dispatchMap.myWorkLabel;
  const frameClass = props.className ? `my-work-map ${props.className}` : 'my-work-map';
  return (
    <LazyMapFrame label={label} className={frameClass}>
      <MyWorkMapView {...props} />
    </LazyMapFrame>
  );
}
