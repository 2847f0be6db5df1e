import type { Logger } from '@civicgraph/platform';
import type { PhotoStore } from './photo-store';

/** How long an uploaded photo waits for the request or completion that takes it. */
export const UNATTACHED_PHOTO_TTL_MS = 24 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 60 * 60 * 1000;

/**
 * Deletes, every hour, photos that nothing took within a day of their upload (a form
 * left unsent): residents' pictures are kept no longer than needed. Returns the stop
 * function; a sweep in flight finishes first. Safe on several instances at once:
 * each deletion is one statement.
 */
export function startPhotoSweeper(
  store: PhotoStore,
  logger: Logger,
  everyMs = SWEEP_EVERY_MS,
): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const sweep = () => {
    running = store
      .deleteUnattached(new Date(Date.now() - UNATTACHED_PHOTO_TTL_MS))
      .then((deleted) => {
        if (deleted > 0) logger.info({ deleted }, 'deleted photos nothing took');
      })
      .catch((error: unknown) => logger.warn({ err: error }, 'sweeping unattached photos failed'));
  };
  const timer = setInterval(sweep, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
