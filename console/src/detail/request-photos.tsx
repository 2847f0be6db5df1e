import { useEffect, useState } from 'react';
import { useI18n } from '../i18n';
import { useSession } from '../session/session-context';
import type { SessionManager } from '../session/session-manager';
import type { DetailPhoto } from './detail-panel.graphql';

// The gateway serves a request's photos at /photos/<id> to whoever may read the request,
// with the same bearer token as /graphql: an <img src> cannot send it (credentials travel
// in headers, never cookies), so each image is fetched with the token and shown from a
// blob: URL, which the console's CSP allows.

async function fetchImage(manager: SessionManager, path: string, signal?: AbortSignal) {
  const token = await manager.accessToken();
  const response = await fetch(path, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    signal,
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return URL.createObjectURL(await response.blob());
}

type Loaded = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; url: string };

function useImage(path: string): Loaded {
  const { manager } = useSession();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    let url: string | null = null;
    setLoaded({ state: 'loading' });
    fetchImage(manager, path, controller.signal).then(
      (objectUrl) => {
        url = objectUrl;
        setLoaded({ state: 'ready', url: objectUrl });
      },
      () => {
        if (!controller.signal.aborted) setLoaded({ state: 'failed' });
      },
    );
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [manager, path]);
  return loaded;
}

/** How long a full-size image opened in a tab keeps its blob: URL alive. */
const FULL_SIZE_URL_LIFETIME_MS = 5 * 60_000;

function PhotoThumbnail({ photo, alt }: { photo: DetailPhoto; alt: string }) {
  const { messages } = useI18n();
  const text = messages.detail.request;
  const { manager } = useSession();
  const thumbnail = useImage(photo.thumbnailUrl);
  const [openFailed, setOpenFailed] = useState(false);

  function openFullSize(event: React.MouseEvent<HTMLAnchorElement>) {
    // Modified clicks (a new window, a download) get the plain link; they cannot carry
    // the token, so the plain click is the one that works, and it is the common one.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    setOpenFailed(false);
    // Opened now, within the click, so that no popup blocker stops it; filled once
    // the image has arrived.
    const tab = window.open('', '_blank');
    fetchImage(manager, photo.url).then(
      (url) => {
        if (!tab) {
          // A blocked popup: say so rather than navigate the console away.
          URL.revokeObjectURL(url);
          setOpenFailed(true);
          return;
        }
        tab.location.href = url;
        setTimeout(() => URL.revokeObjectURL(url), FULL_SIZE_URL_LIFETIME_MS);
      },
      () => {
        tab?.close();
        setOpenFailed(true);
      },
    );
  }

  return (
    <li className="detail-photos__item">
      <a
        className="detail-photos__link"
        href={photo.url}
        target="_blank"
        rel="noopener"
        onClick={openFullSize}
      >
        {thumbnail.state === 'ready' ? (
          <img
            className="detail-photos__image"
            src={thumbnail.url}
            alt={`${alt} (${text.openFullSize})`}
            width={Math.min(160, photo.width)}
            height={Math.round(Math.min(160, photo.width) * (photo.height / photo.width))}
          />
        ) : (
          <span className="detail-photos__placeholder">
            {thumbnail.state === 'failed' ? text.photoFailed : ''}
            <span className="visually-hidden">{`${alt} (${text.openFullSize})`}</span>
          </span>
        )}
      </a>
      {openFailed ? (
        <p className="detail__error-inline" role="alert">
          {text.photoFailed}
        </p>
      ) : null}
    </li>
  );
}

/** The request's stored photos as thumbnails, and the links it was filed with. */
export function RequestPhotos({
  photos,
  mediaUrls,
}: {
  photos: readonly DetailPhoto[];
  mediaUrls: readonly string[];
}) {
  const { messages } = useI18n();
  const text = messages.detail.request;
  // Links a partner app filed: http(s) on other sites, which the CSP keeps out of <img>;
  // offered as links, opened without telling that site where the reader came from.
  const links = mediaUrls.filter((url) => /^https?:\/\//i.test(url));
  if (photos.length === 0 && links.length === 0) {
    return <p className="detail__muted">{text.noPhotos}</p>;
  }
  return (
    <>
      {photos.length > 0 ? (
        <ul className="detail-photos">
          {photos.map((photo, index) => (
            <PhotoThumbnail
              key={photo.id}
              photo={photo}
              alt={text.photoAlt(index + 1, photos.length, photo.kind === 'COMPLETION')}
            />
          ))}
        </ul>
      ) : null}
      {links.length > 0 ? (
        <ul className="detail-links">
          {links.map((url, index) => (
            <li key={url}>
              <a href={url} target="_blank" rel="noopener noreferrer">
                {text.mediaLink(index + 1)}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
