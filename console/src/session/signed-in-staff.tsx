import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '../i18n';
import { LogoutDocument } from './session.graphql';
import { useSession } from './session-context';

/** The header's right side while signed in: who, in what role, and Sign out. */
export function SignedInStaff() {
  const { messages } = useI18n();
  const { session, manager } = useSession();
  // Not refreshed first: logout's credential is the refresh token sent in its input.
  const [logout] = useMutation(LogoutDocument, {
    context: { sessionRefresh: false },
    fetchPolicy: 'no-cache',
  });
  const [signingOut, setSigningOut] = useState(false);
  if (!session) return null;
  const { refreshToken, staff } = session;

  async function signOut() {
    if (signingOut) return;
    setSigningOut(true);
    try {
      await logout({ variables: { refreshToken } });
    } catch {
      // Signed out here whatever accounts answered: the person asked to leave, and
      // an unrevoked refresh token only lives until its own expiry.
    }
    manager.end('signedOut');
  }

  return (
    <div className="app-header__staff">
      <p className="staff-identity" data-testid="signed-in-staff">
        <span className="visually-hidden">{messages.session.signedInAs} </span>
        <span className="staff-identity__name">{staff.name}</span>
        <span className="visually-hidden">, </span>
        <span className="staff-identity__role">{messages.roles[staff.role]}</span>
      </p>
      <button
        type="button"
        className="button button--on-dark"
        onClick={() => void signOut()}
        aria-disabled={signingOut}
      >
        {signingOut ? messages.session.signingOut : messages.session.signOut}
      </button>
    </div>
  );
}
