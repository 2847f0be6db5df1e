import { useEffect, useRef } from 'react';
import { AppHeader } from './app-header';
import { CityProvider } from './city/city-context';
import { RequireCity } from './city/require-city';
import { DispatchWorkspace } from './dispatch/dispatch-workspace';
import { FeedbackProvider } from './feedback/feedback-provider';
import { useI18n } from './i18n';
import { LiveProvider } from './live/live-provider';
import { MyWorkPage } from './my-work/my-work-page';
import { pageAt, pagesFor } from './routing/pages';
import { useLocation } from './routing/use-location';
import { useSession } from './session/session-context';
import { SignInPage } from './session/sign-in-page';

export function App() {
  const { messages } = useI18n();
  const { session } = useSession();
  const { pathname } = useLocation();
  const signedIn = session !== null;
  const mainRef = useRef<HTMLElement>(null);
  const wasSignedIn = useRef(signedIn);
  useEffect(() => {
    // Signing in or out replaces the whole page, and with it the focused control:
    // start keyboard and screen-reader users at the top of the new content.
    if (wasSignedIn.current === signedIn) return;
    wasSignedIn.current = signedIn;
    // Without scrolling: the header (who is signed in, the pages) stays in sight.
    mainRef.current?.focus({ preventScroll: true });
  }, [signedIn]);
  const page = session ? pageAt(pathname, session.staff.role) : null;
  const hasPages = session ? pagesFor(session.staff.role).length > 0 : false;
  return (
    // The city is public: the header names it on the sign-in page too.
    <CityProvider>
      <FeedbackProvider>
        {/* Around the header too: its indicator says whether the view is live. */}
        <LiveProvider>
          <a className="skip-link" href="#main">
            {messages.skipToContent}
          </a>
          <AppHeader />
          <main id="main" className="app-main" tabIndex={-1} ref={mainRef}>
            {session && !hasPages ? (
              <section className="no-pages" aria-labelledby="no-pages-title">
                <h1 id="no-pages-title">{messages.noPages.title}</h1>
                <p>{messages.noPages.body}</p>
              </section>
            ) : session ? (
              <RequireCity>
                {page === 'myWork' ? <MyWorkPage /> : <DispatchWorkspace />}
              </RequireCity>
            ) : (
              <SignInPage />
            )}
          </main>
        </LiveProvider>
      </FeedbackProvider>
    </CityProvider>
  );
}
