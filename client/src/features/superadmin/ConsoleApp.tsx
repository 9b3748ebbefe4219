import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { Link, Route, Routes, useLocation } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { restore, signOut } from '../../lib/http';
import { platformApi, platformSession } from '../../lib/platform-api';
import { paths } from '../../config/paths';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { LanguageMenu } from '../../components/LanguageMenu';
import { ConsoleSignIn } from './ConsoleSignIn';
import { consoleKeys } from './api/keys';

// `any`: lazy() itself constrains to ComponentType<any>; each page keeps its own props type through M[K].
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const page = <M extends Record<K, ComponentType<any>>, K extends keyof M & string>(load: () => Promise<M>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const OverviewPage = page(() => import('./OverviewPage'), 'OverviewPage');
const SchoolsPage = page(() => import('./SchoolsPage'), 'SchoolsPage');
const NewSchoolPage = page(() => import('./NewSchoolPage'), 'NewSchoolPage');
const SchoolPage = page(() => import('./SchoolPage'), 'SchoolPage');
const MessagesPage = page(() => import('./MessagesPage'), 'MessagesPage');
const ConsoleNotFound = page(() => import('./ConsoleNotFound'), 'ConsoleNotFound');

const MENU = [
  [paths.superadmin, 'menu.overview'],
  [paths.consoleSchools, 'menu.schools'],
  [paths.consoleNewSchool, 'menu.newSchool'],
  [paths.consoleMessages, 'menu.messages'],
] as const;

/** The menu entry an address belongs to: a school's page is under Schools, the wizard is New school. */
const section = (pathname: string) =>
  pathname.startsWith(paths.consoleNewSchool)
    ? paths.consoleNewSchool
    : pathname.startsWith(paths.consoleSchools)
      ? paths.consoleSchools
      : pathname.startsWith(paths.consoleMessages)
        ? paths.consoleMessages
        : pathname.replace(/\/$/, '') === paths.superadmin
          ? paths.superadmin
          : null;

/**
 * /superadmin/*: the platform console, its own app beside the school portal. Operators sign in with their own
 * session (never a school's); each page has its address, so Back, Forward, reload and shared links stay in the console.
 */
export function ConsoleApp() {
  const { t } = useTranslation('superadmin');
  // null: not known yet (a reload trades the refresh cookie for a session first).
  const [signedIn, setSignedIn] = useState<boolean | null>(platformSession.token ? true : null);
  const queryClient = useQueryClient();
  const { pathname } = useLocation();
  useEffect(() => {
    let current = true;
    if (!platformSession.token) void restore(platformApi, platformSession).then((u) => current && setSignedIn(Boolean(u)));
    // A refresh refused underneath the console (signed out elsewhere, account disabled) brings back the sign-in form.
    const off = platformSession.subscribe(() => {
      if (!platformSession.token) setSignedIn(false);
    });
    return () => {
      current = false;
      off();
    };
  }, []);
  if (signedIn === null) return <p role="status">{t('loading')}</p>;
  // The sign-in form shows at the address asked for, which opens once signed in.
  if (!signedIn) return <ConsoleSignIn onSignedIn={() => setSignedIn(true)} />;
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="topbar">
        <strong>{t('console')}</strong>
        <nav aria-label={t('menu.label')}>
          {MENU.map(([to, label]) => (
            <Link
              key={to}
              to={to}
              className={section(pathname) === to ? 'active' : undefined}
              aria-current={pathname === to ? 'page' : undefined}
            >
              {t(label)}
            </Link>
          ))}
        </nav>
        <LanguageMenu />
        <button
          type="button"
          onClick={() => {
            void signOut(platformApi, platformSession);
            queryClient.removeQueries({ queryKey: consoleKeys.all });
            setSignedIn(false);
          }}
        >
          {t('signOut')}
        </button>
      </header>
      <main className="content" id="main">
        <ErrorBoundary resetKey={pathname}>
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <Routes>
              <Route index element={<OverviewPage />} />
              <Route path="schools" element={<SchoolsPage />} />
              <Route path="schools/new" element={<NewSchoolPage />} />
              <Route path="schools/:id" element={<SchoolPage />} />
              <Route path="messages" element={<MessagesPage />} />
              <Route path="*" element={<ConsoleNotFound />} />
            </Routes>
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
