import { ApolloLink } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { catchError, defer, mergeMap, type Observable, of, throwError } from 'rxjs';
import type { SessionManager } from './session-manager';

declare module '@apollo/client' {
  interface DefaultContext {
    /**
     * false: send the access token only while it is unexpired, and neither refresh it
     * before nor after. For `logout`, whose credential is the refresh token in its
     * input: refreshing first would rotate that token away.
     */
    sessionRefresh?: boolean;
  }
}

/** A result the gateway refused for its token, carried to catchError. */
class RefusedResult extends Error {
  constructor(readonly result: ApolloLink.Result) {
    super('UNAUTHENTICATED');
  }
}

function isUnauthenticated(result: ApolloLink.Result): boolean {
  const errors = 'errors' in result ? result.errors : undefined;
  return (errors ?? []).some((error) => error.extensions?.code === 'UNAUTHENTICATED');
}

/**
 * Adds `Authorization: Bearer <access token>` to every operation while a staff
 * session exists, refreshing the token first when it is due. When the gateway still
 * refuses the token (HTTP 401, or an UNAUTHENTICATED answer: revoked, or expired
 * early), it refreshes once and sends the operation once more; when the refresh is
 * refused, the session manager has ended the session and the original refusal goes
 * back to the caller while the app returns to the sign-in page.
 */
export function createAuthLink(session: SessionManager): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const send = (token: string | null): Observable<ApolloLink.Result> => {
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => {
        const next = { ...headers };
        if (token) next.authorization = `Bearer ${token}`;
        else delete next.authorization;
        return { headers: next };
      });
      return forward(operation);
    };

    if (operation.getContext().sessionRefresh === false) {
      return send(session.currentAccessToken());
    }

    return defer(() => session.accessToken()).pipe(
      mergeMap((token) => {
        // Anonymous: public fields answer, and a refusal is not ours to fix.
        if (!token) return send(null);
        return send(token).pipe(
          mergeMap((result) =>
            isUnauthenticated(result) ? throwError(() => new RefusedResult(result)) : of(result),
          ),
          // Once: what the second attempt answers goes straight to the caller.
          catchError((error: unknown) => {
            const refused =
              error instanceof RefusedResult || (ServerError.is(error) && error.statusCode === 401);
            if (!refused) return throwError(() => error);
            return defer(() => session.refreshAfterRejection(token)).pipe(
              mergeMap((fresh) => {
                if (fresh) return send(fresh);
                return error instanceof RefusedResult ? of(error.result) : throwError(() => error);
              }),
            );
          }),
        );
      }),
    );
  });
}
