import { lazy } from 'react';
import { useI18n } from '../i18n';
import { LazyMapFrame } from './lazy-map-frame';
import { buildRenderer, loadMapLibrary } from './map-library';

// The map library is most of the console's code: it loads on its own, after the list
// has started, and never for the sign-in page; only the one this build renders with.
const DispatchMap = lazy(async () => {
  const [module, library] = await Promise.all([
    import('./dispatch-map'),
    loadMapLibrary(buildRenderer),
  ]);
  const View = module.default;
  return {
    default: ({ className }: { className?: string }) => (
      <View className={className} library={library} renderer={buildRenderer} />
    ),
  };
});

/**
 * The dispatcher's map (filters, viewport, selection both ways, area selection, live),
 * loaded on demand; a box saying "Loading the map…" meanwhile, and what went wrong if
 * its code cannot be loaded.
 */
export function LazyDispatchMap({ className }: { className?: string }) {
  const { messages } = useI18n();
  const label = messages.dispatchMap.label;
  const frameClass = className ? `dispatch-map ${className}` : 'dispatch-map';
  return (
    <LazyMapFrame label={label} className={frameClass}>
      <DispatchMap className={className} />
    </LazyMapFrame>
  );
}
