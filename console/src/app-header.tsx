import { type MouseEvent, useEffect } from 'react';
import { useCityState } from './city/use-city';
import { LanguageSwitch } from './feedback/language-switch';
import { useI18n } from './i18n';
import { LiveStatusIndicator } from './live/live-status-indicator';
import { PAGES, pageAt, pagesFor } from './routing/pages';
import { navigate, useLocation } from './routing/use-location';
import { useSession } from './session/session-context';
import { SignedInStaff } from './session/signed-in-staff';

/** A plain click stays in the app; a click meant for a new tab or window does not. */
function followInApp(event: MouseEvent<HTMLAnchorElement>, href: string) {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(href);
}

/**
 * Across the top of every page: the console and the city, the pages the signed-in role
 * has, whether the view is live, the language, and who is signed in. It wraps onto
 * more rows on a narrow screen rather than scrolling sideways.
 */
export function AppHeader() {
  const { messages } = useI18n();
  const { city } = useCityState();
  const { session } = useSession();
  const { pathname } = useLocation();
  const role = session?.staff.role ?? null;
  const current = role ? pageAt(pathname, role) : null;
  const pageTitle = current
    ? messages.shell.pages[current]
    : session
      ? null
      : messages.signIn.heading;

  // Which page this is, in the tab's title too (after I18nProvider's plain title).
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${messages.appName}` : messages.appName;
  }, [pageTitle, messages.appName]);

  return (
    <header className="app-header">
      <div className="app-header__inner">
        <div className="app-header__brand">
          <span className="app-header__mark" aria-hidden="true" />
          <span className="app-header__name">{messages.appName}</span>
          {city ? (
            <>
              {/* The divider is drawn; screen readers hear "CivicGraph Console, Phoenix". */}
              <span className="app-header__divider" aria-hidden="true" />
              <span className="visually-hidden">, </span>
              <span className="app-header__city" data-testid="city-name">
                {city.name}
              </span>
            </>
          ) : null}
        </div>
        {role ? (
          <nav className="app-nav" aria-label={messages.shell.navigation}>
            <ul className="app-nav__list">
              {pagesFor(role).map((page) => (
                <li key={page}>
                  <a
                    className="app-nav__link"
                    href={PAGES[page]}
                    aria-current={page === current ? 'page' : undefined}
                    onClick={(event) => followInApp(event, PAGES[page])}
                  >
                    {messages.shell.pages[page]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <div className="app-header__tools">
          {session ? <LiveStatusIndicator /> : null}
          <LanguageSwitch />
          <SignedInStaff />
        </div>
      </div>
    </header>
  );
}
