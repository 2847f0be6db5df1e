import { BulkAssignBar } from '../actions/bulk-assign-bar';
import { DetailPanel } from '../detail/detail-panel';
import { LazyDispatchMap } from '../map/lazy-dispatch-map';
import { DispatchProvider } from './dispatch-context';
import { FiltersBar } from './filters-bar';
import { WorkOrderList } from './work-order-list';
import './dispatch-workspace.css';

/**
 * The dispatcher's screen: filters across the top; the map, the list that follows it,
 * and the selected work order's detail side by side on a wide screen, stacked on a
 * narrow one. The state they share (filters and selection in the address bar, the
 * viewport, the bulk selection) lives in DispatchProvider.
 */
export function DispatchWorkspace() {
  return (
    <DispatchProvider>
      <div className="dispatch">
        <FiltersBar />
        <BulkAssignBar />
        <div className="dispatch__body">
          <LazyDispatchMap className="dispatch__map" />
          <div className="dispatch__list">
            <WorkOrderList />
          </div>
          <DetailPanel />
        </div>
      </div>
    </DispatchProvider>
  );
}
