import { CityMap } from './city-map';
import { WorkOrderPoints } from './work-order-points';
import { focusOnOpenWorkOrders } from './work-orders-focus';

/**
 * The city map as the open-work-orders page shows it: the open work orders (what the
 * list beside it shows) over streets and districts, answering clicks.
 */
export default function WorkOrdersMap({ className }: { className?: string }) {
  return (
    <CityMap className={className} onStyleLoad={focusOnOpenWorkOrders}>
      <WorkOrderPoints />
    </CityMap>
  );
}
