import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorKindOf } from '../errors/error-kind';
import { useI18n } from '../i18n';
import { useLocation, useSetSearchParams } from '../routing/use-location';
import { LoadFailed } from './load-failed';
import { MyWorkStaffDocument } from './my-work.graphql';
import { MyWorkList } from './my-work-list';
import { MyWorkOrderView } from './my-work-order-view';
import { usePosition } from './use-position';
import './my-work.css';

/** The query parameter naming the work order open in its own view. */
export const OPEN_PARAM = 'workOrder';

/**
 * The field worker's home: their open work and their crew's, as a list of cards (nearest
 * first once they let the phone say where it is), each opening a full-screen view with
 * the actions. The open work order lives in the address (`?workOrder=`) so that the
 * phone's back gesture returns to the list.
 */
export function MyWorkPage() {
  const text = useI18n().messages.myWork;
  const { search } = useLocation();
  const setSearchParams = useSetSearchParams();
  const openId = search.get(OPEN_PARAM);
  const staff = useQuery(MyWorkStaffDocument);
  const geolocation = usePosition();

  // Opened from the list: Back is the browser's back, so the history stays as a phone
  // user expects. Opened from a shared link: Back goes to the list.
  const openedFromList = useRef(false);
  // Back on the list puts focus on the card that was open, for keyboards and readers.
  const [returnTo, setReturnTo] = useState<string | null>(null);

  const open = useCallback(
    (id: string) => {
      openedFromList.current = true;
      setSearchParams({ [OPEN_PARAM]: id });
    },
    [setSearchParams],
  );

  const back = useCallback(() => {
    setReturnTo(openId);
    if (openedFromList.current) {
      openedFromList.current = false;
      window.history.back();
    } else {
      setSearchParams({ [OPEN_PARAM]: null });
    }
  }, [openId, setSearchParams]);

  useEffect(() => {
    if (openId) setReturnTo(null);
  }, [openId]);

  const me = staff.data?.me;
  if (staff.error && !me) {
    return (
      <LoadFailed
        title={text.errorTitle}
        kind={errorKindOf(staff.error)}
        onRetry={() => staff.refetch().catch(() => {})}
      />
    );
  }
  if (!staff.data) {
    return (
      <p className="notice notice--loading" role="status">
        <span className="spinner" aria-hidden="true" />
        {text.loading}
      </p>
    );
  }
  // Signed in but the graph does not know who: the session is no longer good.
  if (!me) return <LoadFailed title={text.errorTitle} kind="sessionExpired" />;

  const position = geolocation.state.kind === 'located' ? geolocation.state.position : null;
  return (
    <div className="my-work">
      {/* The list stays mounted under the open work order: its filter, order and scroll survive. */}
      <div hidden={openId !== null}>
        <MyWorkList
          me={me}
          geolocation={geolocation}
          onOpen={open}
          focusId={openId === null ? returnTo : null}
        />
      </div>
      {openId !== null ? (
        <MyWorkOrderView key={openId} id={openId} meId={me.id} position={position} onBack={back} />
      ) : null}
    </div>
  );
}
