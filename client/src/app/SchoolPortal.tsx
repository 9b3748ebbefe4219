import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation } from 'react-router-dom';
import { errorBody } from '../lib/http';
import { session } from '../lib/api';
import { rememberedSchool, rememberSchoolFromLink, schoolFromHost, tenantHeaderValue } from '../lib/tenant';
import { BASE_DOMAIN } from '../config/env';
import { applyTheme } from '../lib/theme';
import { applySchoolLanguage, type Language } from '../i18n';
import { SchoolTimeZone } from '../lib/school-time';
import type { SessionUser } from '../lib/session';
import { fetchTenant, type PublicTenant } from '../lib/public-tenant';
import { paths } from '../config/paths';
import { Notice } from '../components/Notice';
import { LoginPage } from '../features/auth/LoginPage';
import { FindSchool } from '../features/auth/FindSchool';
import { login, logout, restoreSession } from '../features/auth/school-api';
import { saveOwnLanguage } from '../features/account/api/own-language';
import { followAccountLanguage } from './account-language';
import { SignInAgainDialog } from '../components/SignInAgainDialog';
import { SuspendedSchool } from '../components/SuspendedSchool';
import { Shell } from './shell/Shell';
import { schoolRoutes } from './school-routes';

const UnsubscribePage = lazy(() => import('../features/messages/UnsubscribePage').then((m) => ({ default: m.UnsubscribePage })));
const AcceptInvitationPage = lazy(() => import('../features/auth/AcceptInvitationPage').then((m) => ({ default: m.AcceptInvitationPage })));
const ForgotPasswordPage = lazy(() => import('../features/auth/ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })));
const ResetPasswordPage = lazy(() => import('../features/auth/ResetPasswordPage').then((m) => ({ default: m.ResetPasswordPage })));

type State =
  | { kind: 'loading' }
  | { kind: 'choose' }
  | { kind: 'missing' }
  | { kind: 'suspended'; message: string }
  /** The server's message, when it gave one. */
  | { kind: 'error'; message: string | undefined }
  | { kind: 'ready'; tenant: PublicTenant; user: SessionUser | null };

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('loading')}</p>;
}
const loading = <Loading />;

/** A bare host with no school picked on this device: ask, without a request the server can only refuse. */
function noSchoolNamed(): boolean {
  const { hostname, search } = window.location;
  rememberSchoolFromLink(hostname, BASE_DOMAIN, search);
  return schoolFromHost(hostname, BASE_DOMAIN).kind === 'none' && !tenantHeaderValue(hostname, BASE_DOMAIN, rememberedSchool.get());
}

/** The school portal: themed from GET /api/tenant, signed in (kept across reloads), then the role-aware shell. */
export function SchoolPortal() {
  const { t } = useTranslation(['app', 'common']);
  // A language picked on the sign-in page before signing in (see followAccountLanguage).
  const pickedOnSignIn = useRef<Language | null>(null);
  const [state, setState] = useState<State>(() => (noSchoolNamed() ? { kind: 'choose' } : { kind: 'loading' }));
  const [attempt, setAttempt] = useState(0);
  const location = useLocation();

  useEffect(() => {
    let current = true;
    if (noSchoolNamed()) return;
    fetchTenant()
      .then(async (tenant) => {
        applyTheme(tenant.theme, tenant.name);
        await applySchoolLanguage(tenant.language, tenant.locale);
        const user = await restoreSession();
        await followAccountLanguage(user, null);
        if (current) setState({ kind: 'ready', tenant, user });
      })
      .catch((err: unknown) => {
        if (!current) return;
        const body = errorBody(err);
        if (body?.error === 'TENANT_REQUIRED') setState({ kind: 'choose' });
        else if (body?.error === 'TENANT_NOT_FOUND') setState({ kind: 'missing' });
        else if (body?.error === 'TENANT_INACTIVE') setState({ kind: 'suspended', message: body.message });
        else setState({ kind: 'error', message: body?.message });
      });
    return () => {
      current = false;
    };
  }, [attempt]);

  // A session that ends underneath the portal (refresh refused: signed out elsewhere,
  // account disabled, school suspended) first asks to sign in again over the page
  // (SignInAgainDialog; the user is kept meanwhile); only "Sign out instead" or a
  // sign-out elsewhere in this tab empties the store and brings back the sign-in page.
  useEffect(
    () =>
      session.subscribe(() => {
        if (!session.currentUser) setState((s) => (s.kind === 'ready' && s.user ? { ...s, user: null } : s));
      }),
    [],
  );

  const chooseAnother = rememberedSchool.get() && (
    <button
      type="button"
      onClick={() => {
        rememberedSchool.clear();
        window.location.reload();
      }}
    >
      {t('school.chooseAnother')}
    </button>
  );
  const loadAgain = () => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  };
  if (state.kind === 'loading') return loading;
  if (state.kind === 'choose') return <FindSchool onChosen={loadAgain} />;
  if (state.kind === 'missing')
    return (
      <Notice title={t('school.notFoundTitle')} text={t('school.notFoundText')}>
        {chooseAnother}
      </Notice>
    );
  if (state.kind === 'suspended') return <SuspendedSchool message={state.message}>{chooseAnother}</SuspendedSchool>;
  if (state.kind === 'error')
    return (
      <Notice title={t('school.errorTitle')} text={state.message ?? t('school.couldNotLoad')}>
        <button type="button" onClick={loadAgain}>
          {t('common:retry')}
        </button>
      </Notice>
    );

  const { tenant, user } = state;
  // Pages a link from an email opens, signed in or not.
  const linkPage = {
    [paths.acceptInvitation]: AcceptInvitationPage,
    [paths.resetPassword]: ResetPasswordPage,
    [paths.forgotPassword]: ForgotPasswordPage,
  }[location.pathname];
  if (linkPage) {
    const Page = linkPage;
    return (
      <Suspense fallback={loading}>
        <Page tenant={tenant} />
      </Suspense>
    );
  }
  // An email's unsubscribe link works without signing in: its token is the proof.
  if (location.pathname === paths.unsubscribe)
    return (
      <Suspense fallback={loading}>
        <UnsubscribePage />
      </Suspense>
    );
  const signedIn = async (u: SessionUser) => {
    await followAccountLanguage(u, pickedOnSignIn.current);
    pickedOnSignIn.current = null;
    setState({ kind: 'ready', tenant, user: session.currentUser ?? u });
  };
  if (!user) return <LoginPage tenant={tenant} onChooseLanguage={(lng) => (pickedOnSignIn.current = lng)} onSignedIn={signedIn} />;
  const saveChosenLanguage = (lng: Language) => {
    saveOwnLanguage(lng).catch((err: unknown) =>
      window.alert(t('common:languageNotSaved', { message: errorBody(err)?.message ?? t('common:somethingWentWrong') })),
    );
  };
  const signOut = () => {
    void logout();
    setState({ kind: 'ready', tenant, user: null });
  };
  if (user.role === 'parent' && !tenant.features.includes('parentPortal'))
    return (
      <Notice title={t('school.parentPortalOffTitle')} text={t('school.parentPortalOffText')}>
        <button type="button" onClick={signOut}>
          {t('shell.signOut')}
        </button>
      </Notice>
    );
  return (
    <SchoolTimeZone zone={tenant.timeZone}>
      <Routes>
        <Route element={<Shell tenant={tenant} user={user} onSignOut={signOut} onChooseLanguage={saveChosenLanguage} />}>
          {schoolRoutes(tenant, user)}
        </Route>
      </Routes>
      <SignInAgainDialog session={session} signIn={login} />
    </SchoolTimeZone>
  );
}
