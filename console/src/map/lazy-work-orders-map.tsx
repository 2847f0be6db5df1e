import { Component, type ErrorInfo, lazy, type ReactNode, Suspense } from 'react';
import { useI18n } from '../i18n';
import { MapFailed, MapFrame, MapLoading } from './map-frame';

// maplibre-gl is most of the console's code: it loads on its own, after the list has
// started, and never for the sign-in page.
const WorkOrdersMap = lazy(() => import('./work-orders-map'));

/** The work-orders map, loaded on demand; a box saying "Loading the map…" meanwhile. */
export function LazyWorkOrdersMap({ className }: { className?: string }) {
  const { messages } = useI18n();
  const frame = (notice: ReactNode) => <MapFrame className={className}>{notice}</MapFrame>;
  return (
    <MapCodeBoundary
      fallback={(error) =>
        frame(<MapFailed title={messages.map.errorTitle} detail={error.message} alert />)
      }
    >
      <Suspense fallback={frame(<MapLoading />)}>
        <WorkOrdersMap className={className} />
      </Suspense>
    </MapCodeBoundary>
  );
}

/**
 * The map's code may fail to arrive (offline; a new release replaced the file): the rest
 * of the page stays, the map's box says what happened.
 */
class MapCodeBoundary extends Component<
  { fallback: (error: Error) => ReactNode; children: ReactNode },
  { error: Error | null }
> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.warn('The map could not be shown', error, info.componentStack);
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
