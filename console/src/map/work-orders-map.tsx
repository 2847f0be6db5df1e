import { CityMap } from './city-map';
import { WorkOrderPoints } from './work-order-points';

/** The city map with its work orders answering clicks: what the signed-in page shows. */
export default function WorkOrdersMap({ className }: { className?: string }) {
  return (
    <CityMap className={className}>
      <WorkOrderPoints />
    </CityMap>
  );
}
