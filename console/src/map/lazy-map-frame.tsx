import { type ReactNode, Suspense } from 'react';
import { useI18n } from '../i18n';
import { MapCodeBoundary } from './map-code-boundary';
import { MapFailed, MapFrame, MapLoading } from './map-frame';

/**
 * Where a lazily loaded map goes: a labelled box saying "Loading the map…" while its
 * code arrives, and what went wrong if it cannot (offline, a release replaced the
 * file), the rest of the page staying.
 */
export function LazyMapFrame({
  label,
  className,
  children,
}: {
  label: string;
  className: string;
  children: ReactNode;
}) {
  const { messages } = useI18n();
  return (
    <MapCodeBoundary
      fallback={(error) => (
        <MapFrame label={label} className={className}>
          <MapFailed title={messages.map.errorTitle} detail={error.message} alert />
        </MapFrame>
      )}
    >
      <Suspense
        fallback={
          <MapFrame label={label} className={className}>
            <MapLoading />
          </MapFrame>
        }
      >
        {children}
      </Suspense>
    </MapCodeBoundary>
  );
}
