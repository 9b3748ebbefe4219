import { lazy, Suspense, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Link, Route, Routes, useLocation } from 'react-router-dom';
import { errorBody } from '../../lib/http';
import { session } from '../../lib/api';
import { rememberedSchool, rememberSchoolFromLink } from '../../lib/tenant';
import { BASE_DOMAIN } from '../../config/env';
import { applyTheme } from '../../lib/theme';
import { SchoolTimeZone } from '../../lib/school-time';
import type { SessionUser } from '../../lib/session';
import { paths } from '../../config/paths';
import { Shell } from '../shell/Shell';
import { fetchTenant, login, logout, restoreSession, type PublicTenant } from './school-api';

const AccountPage = lazy(() => import('./AccountPage').then((m) => ({ default: m.AccountPage })));
const UnsubscribePage = lazy(() => import('../messages/UnsubscribePage').then((m) => ({ default: m.UnsubscribePage })));
const AcceptInvitationPage = lazy(() => import('./AcceptInvitationPage').then((m) => ({ default: m.AcceptInvitationPage })));
const ForgotPasswordPage = lazy(() => import('./ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })));
const ResetPasswordPage = lazy(() => import('./ResetPasswordPage').then((m) => ({ default: m.ResetPasswordPage })));
const HomePage = lazy(() => import('../home/HomePage').then((m) => ({ default: m.HomePage })));
const records = () => import('../records/RecordPages');
const StudentsPage = lazy(() => records().then((m) => ({ default: m.StudentsAdminPage })));
const ClassesPage = lazy(() => records().then((m) => ({ default: m.ClassesPage })));
const SubjectsPage = lazy(() => records().then((m) => ({ default: m.SubjectsPage })));
const TeachersPage = lazy(() => records().then((m) => ({ default: m.TeachersPage })));
const GuardiansPage = lazy(() => records().then((m) => ({ default: m.GuardiansPage })));
const GradeLevelsPage = lazy(() => records().then((m) => ({ default: m.GradeLevelsPage })));
const AcademicYearsPage = lazy(() => records().then((m) => ({ default: m.AcademicYearsPage })));
const UsersPage = lazy(() => records().then((m) => ({ default: m.UsersPage })));
const ExamsPage = lazy(() => records().then((m) => ({ default: m.ExamsPage })));
const SettingsPage = lazy(() => import('../settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const StudentPage = lazy(() => import('../student/StudentPage').then((m) => ({ default: m.StudentPage })));
const FeesPage = lazy(() => import('../fees/FeesPage').then((m) => ({ default: m.FeesPage })));
const MarksPage = lazy(() => import('../gradebook/MarksPage').then((m) => ({ default: m.MarksPage })));
const AttendancePage = lazy(() => import('../attendance/AttendancePage').then((m) => ({ default: m.AttendancePage })));
const TimetablePage = lazy(() => import('../timetable/TimetablePage').then((m) => ({ default: m.TimetablePage })));
const FeeSetupPage = lazy(() => import('../fees/FeeSetupPage').then((m) => ({ default: m.FeeSetupPage })));
const AdmissionsPage = lazy(() => import('../enrolment/AdmissionsPage').then((m) => ({ default: m.AdmissionsPage })));
const RolloverPage = lazy(() => import('../enrolment/RolloverPage').then((m) => ({ default: m.RolloverPage })));
const ImportPage = lazy(() => import('../imports/ImportPage').then((m) => ({ default: m.ImportPage })));
const AuditPage = lazy(() => import('../audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const DeliveryLogPage = lazy(() => import('../messages/DeliveryLogPage').then((m) => ({ default: m.DeliveryLogPage })));
const AnnouncementsPage = lazy(() => import('../announcements/AnnouncementsPage').then((m) => ({ default: m.AnnouncementsPage })));

type State =
  | { kind: 'loading' }
  | { kind: 'choose' }
  | { kind: 'missing' }
  | { kind: 'suspended' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; tenant: PublicTenant; user: SessionUser | null };

/** The school portal: themed from GET /api/tenant, signed in (kept across reloads), then the role-aware shell. */
export function SchoolPortal() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const location = useLocation();

  useEffect(() => {
    let current = true;
    rememberSchoolFromLink(window.location.hostname, BASE_DOMAIN, window.location.search);
    fetchTenant()
      .then(async (tenant) => {
        applyTheme(tenant.theme, tenant.name);
        const user = await restoreSession();
        if (current) setState({ kind: 'ready', tenant, user });
      })
      .catch((err: unknown) => {
        if (!current) return;
        const code = errorBody(err)?.error;
        if (code === 'TENANT_REQUIRED') setState({ kind: 'choose' });
        else if (code === 'TENANT_NOT_FOUND') setState({ kind: 'missing' });
        else if (code === 'TENANT_INACTIVE') setState({ kind: 'suspended' });
        else setState({ kind: 'error', message: errorBody(err)?.message ?? 'The school could not be loaded' });
      });
    return () => {
      current = false;
    };
  }, [attempt]);

  // A session that ends underneath the portal (refresh refused: signed out elsewhere,
  // account disabled, school suspended) brings back the sign-in page.
  useEffect(
    () =>
      session.subscribe(() => {
        if (!session.currentUser) setState((s) => (s.kind === 'ready' && s.user ? { ...s, user: null } : s));
      }),
    [],
  );

  if (state.kind === 'loading') return <p role="status">Loading…</p>;
  if (state.kind === 'choose')
    return (
      <FindSchool
        onChosen={() => {
          setState({ kind: 'loading' });
          setAttempt((n) => n + 1);
        }}
      />
    );
  if (state.kind === 'missing')
    return <Notice title="School not found" text="No school is registered at this address. Check the link you were given." />;
  if (state.kind === 'suspended') return <Notice title="This school's account is suspended" text="Please contact your school's office." />;
  if (state.kind === 'error') return <Notice title="Something went wrong" text={state.message} />;

  const { tenant, user } = state;
  const feesOnly = (page: ReactNode) =>
    tenant.features.includes('financialManagement') ? (
      page
    ) : (
      <Notice title="Not enabled for this school" text="Fees are not part of this school's plan." />
    );
  // Pages a link from an email opens, signed in or not.
  const linkPage = {
    [paths.acceptInvitation]: AcceptInvitationPage,
    [paths.resetPassword]: ResetPasswordPage,
    [paths.forgotPassword]: ForgotPasswordPage,
  }[location.pathname];
  if (linkPage) {
    const Page = linkPage;
    return (
      <Suspense fallback={<p role="status">Loading…</p>}>
        <Page tenant={tenant} />
      </Suspense>
    );
  }
  // An email's unsubscribe link works without signing in: its token is the proof.
  if (location.pathname === paths.unsubscribe)
    return (
      <Suspense fallback={<p role="status">Loading…</p>}>
        <UnsubscribePage />
      </Suspense>
    );
  if (!user) return <LoginPage tenant={tenant} onSignedIn={(u) => setState({ kind: 'ready', tenant, user: u })} />;
  if (user.role === 'parent' && !tenant.features.includes('parentPortal'))
    return (
      <Notice
        title="The parent portal is not enabled for this school"
        text="Please contact your school's office for your child's information."
      >
        <button type="button" onClick={() => (void logout(), setState({ kind: 'ready', tenant, user: null }))}>
          Sign out
        </button>
      </Notice>
    );
  return (
    <SchoolTimeZone zone={tenant.timeZone}>
      <Suspense fallback={<p role="status">Loading…</p>}>
        <Routes>
          <Route
            element={
              <Shell
                tenant={tenant}
                user={user}
                onSignOut={() => {
                  void logout();
                  setState({ kind: 'ready', tenant, user: null });
                }}
              />
            }
          >
            <Route index element={<HomePage user={user} />} />
            <Route path={paths.students} element={<StudentsPage role={user.role} />} />
            <Route path={`${paths.students}/:id`} element={<StudentPage features={tenant.features} />} />
            <Route path={paths.classes} element={<ClassesPage role={user.role} />} />
            <Route path={paths.subjects} element={<SubjectsPage role={user.role} />} />
            <Route path={paths.teachers} element={<TeachersPage role={user.role} />} />
            <Route path={paths.guardians} element={<GuardiansPage role={user.role} />} />
            <Route path={paths.gradeLevels} element={<GradeLevelsPage role={user.role} />} />
            <Route path={paths.years} element={<AcademicYearsPage role={user.role} />} />
            <Route path={paths.users} element={<UsersPage role={user.role} />} />
            <Route path={paths.settings} element={<SettingsPage />} />
            <Route path={paths.marks} element={<MarksPage />} />
            <Route path={paths.exams} element={<ExamsPage role={user.role} />} />
            <Route path={paths.fees} element={feesOnly(<FeesPage />)} />
            <Route path={paths.feeSetup} element={feesOnly(<FeeSetupPage />)} />
            <Route path={paths.timetable} element={<TimetablePage role={user.role} />} />
            <Route path={paths.admissions} element={<AdmissionsPage role={user.role} />} />
            <Route path={paths.rollover} element={<RolloverPage />} />
            <Route path={paths.imports} element={<ImportPage />} />
            <Route path={paths.audit} element={<AuditPage />} />
            <Route path={paths.messages} element={<DeliveryLogPage />} />
            <Route path={paths.attendance} element={<AttendancePage />} />
            <Route path={paths.announcements} element={<AnnouncementsPage role={user.role} features={tenant.features} />} />
            <Route path={paths.account} element={<AccountPage user={user} />} />
            <Route path="*" element={<Notice title="Page not found" text="There is no such page." />} />
          </Route>
        </Routes>
      </Suspense>
    </SchoolTimeZone>
  );
}

function LoginPage({ tenant, onSignedIn }: { tenant: PublicTenant; onSignedIn: (u: SessionUser) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await login({ email: String(form.get('email')), password: String(form.get('password')) }));
    } catch (err) {
      setError(errorBody(err)?.message ?? 'Could not sign in');
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="card">
      <header className="brand">
        {(tenant.theme.logoUrl ?? tenant.logo) && <img src={tenant.theme.logoUrl ?? tenant.logo} alt="" width={48} height={48} />}
        <div>
          <h1>{tenant.name}</h1>
          {tenant.motto && <p className="muted">{tenant.motto}</p>}
        </div>
      </header>
      <form onSubmit={submit} aria-label="Sign in">
        <label>
          Email <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          Password <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error && <p role="alert">{error}</p>}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        <Link to={paths.forgotPassword}>Forgot password?</Link>
      </p>
    </main>
  );
}

function FindSchool({ onChosen }: { onChosen: () => void }) {
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const code = String(new FormData(e.currentTarget).get('school')).trim().toLowerCase();
    if (code) {
      rememberedSchool.set(code);
      onChosen();
    }
  };
  return (
    <main className="card">
      <h1>Find your school</h1>
      <form onSubmit={submit}>
        <label>
          School code <input name="school" placeholder="e.g. demo" required pattern="[a-z0-9-]{3,63}" />
        </label>
        <button type="submit">Continue</button>
      </form>
    </main>
  );
}

function Notice({ title, text, children }: { title: string; text: string; children?: ReactNode }) {
  return (
    <main className="card">
      <h1>{title}</h1>
      <p>{text}</p>
      {children}
      {rememberedSchool.get() && (
        <button
          type="button"
          onClick={() => {
            rememberedSchool.clear();
            window.location.reload();
          }}
        >
          Choose another school
        </button>
      )}
    </main>
  );
}
