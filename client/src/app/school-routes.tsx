import { lazy, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route } from 'react-router-dom';
import { paths } from '../config/paths';
import { Notice } from '../components/Notice';
import type { PublicTenant } from '../lib/public-tenant';
import type { SessionUser } from '../lib/session';
import { closedBecause, mayOpen } from './shell/nav';

/** A page's code, fetched the first time it is opened. */
// `any`: lazy() itself constrains to ComponentType<any>; each page keeps its own props type through M[K].
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const page = <M extends Record<K, ComponentType<any>>, K extends keyof M & string>(load: () => Promise<M>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const HomePage = page(() => import('../features/home/HomePage'), 'HomePage');
const StudentsPage = page(() => import('../features/people/StudentsPage'), 'StudentsPage');
const StudentPage = page(() => import('../features/people/StudentPage'), 'StudentPage');
const TeachersPage = page(() => import('../features/people/TeachersPage'), 'TeachersPage');
const GuardiansPage = page(() => import('../features/people/GuardiansPage'), 'GuardiansPage');
const UsersPage = page(() => import('../features/people/UsersPage'), 'UsersPage');
const ClassesPage = page(() => import('../features/academic/ClassesPage'), 'ClassesPage');
const SubjectsPage = page(() => import('../features/academic/SubjectsPage'), 'SubjectsPage');
const GradeLevelsPage = page(() => import('../features/academic/GradeLevelsPage'), 'GradeLevelsPage');
const AcademicYearsPage = page(() => import('../features/academic/AcademicYearsPage'), 'AcademicYearsPage');
const ExamsPage = page(() => import('../features/gradebook/ExamsPage'), 'ExamsPage');
const MarksPage = page(() => import('../features/gradebook/MarksPage'), 'MarksPage');
const SettingsPage = page(() => import('../features/settings/SettingsPage'), 'SettingsPage');
const FeesPage = page(() => import('../features/fees/FeesPage'), 'FeesPage');
const FeeSetupPage = page(() => import('../features/fees/FeeSetupPage'), 'FeeSetupPage');
const InvoicePage = page(() => import('../features/fees/InvoicePage'), 'InvoicePage');
const ReceiptPage = page(() => import('../features/fees/ReceiptPage'), 'ReceiptPage');
const DefaultersPage = page(() => import('../features/fees/DefaultersPage'), 'DefaultersPage');
const AttendancePage = page(() => import('../features/attendance/AttendancePage'), 'AttendancePage');
const TimetablePage = page(() => import('../features/timetable/TimetablePage'), 'TimetablePage');
const AdmissionsPage = page(() => import('../features/enrolment/AdmissionsPage'), 'AdmissionsPage');
const RolloverPage = page(() => import('../features/enrolment/RolloverPage'), 'RolloverPage');
const ImportPage = page(() => import('../features/imports/ImportPage'), 'ImportPage');
const AuditPage = page(() => import('../features/audit/AuditPage'), 'AuditPage');
const DeliveryLogPage = page(() => import('../features/messages/DeliveryLogPage'), 'DeliveryLogPage');
const AnnouncementsPage = page(() => import('../features/announcements/AnnouncementsPage'), 'AnnouncementsPage');
const AccountPage = page(() => import('../features/account/AccountPage'), 'AccountPage');
const PreferencesForm = page(() => import('../features/messages/PreferencesForm'), 'PreferencesForm');

/**
 * The signed-in school routes, each guarded by the same permission map as the menu (`shell/nav.ts`): an address
 * typed by hand opens only what the menu would show, else a "not allowed" page that says why.
 */
export function schoolRoutes(tenant: PublicTenant, user: SessionUser): ReactNode {
  const { role } = user;
  const { features } = tenant;
  const routes: [string, ReactNode][] = [
    [paths.students, <StudentsPage role={role} />],
    [`${paths.students}/:id`, <StudentPage features={features} role={role} />],
    [paths.teachers, <TeachersPage role={role} />],
    [paths.guardians, <GuardiansPage role={role} />],
    [paths.users, <UsersPage role={role} />],
    [paths.classes, <ClassesPage role={role} />],
    [paths.subjects, <SubjectsPage role={role} />],
    [paths.gradeLevels, <GradeLevelsPage role={role} />],
    [paths.years, <AcademicYearsPage role={role} />],
    [paths.exams, <ExamsPage role={role} />],
    [paths.marks, <MarksPage />],
    [paths.settings, <SettingsPage />],
    [paths.fees, <FeesPage />],
    [paths.feeSetup, <FeeSetupPage />],
    [paths.feeInvoice, <InvoicePage role={role} />],
    [paths.feeReceipt, <ReceiptPage />],
    [paths.feeDefaulters, <DefaultersPage />],
    [paths.timetable, <TimetablePage role={role} weekStart={tenant.weekStart} />],
    [paths.admissions, <AdmissionsPage role={role} />],
    [paths.rollover, <RolloverPage />],
    [paths.imports, <ImportPage />],
    [paths.audit, <AuditPage />],
    [paths.messages, <DeliveryLogPage />],
    [paths.attendance, <AttendancePage role={role} />],
    [paths.announcements, <AnnouncementsPage role={role} features={features} />],
    [
      paths.account,
      <AccountPage user={user} schoolLanguage={tenant.language}>
        <PreferencesForm />
      </AccountPage>,
    ],
  ];
  const guarded = (path: string, element: ReactNode) =>
    mayOpen(path, role, features) ? element : <NotAllowed path={path} features={features} />;
  return (
    <>
      <Route index element={<HomePage user={user} />} />
      {routes.map(([path, element]) => (
        <Route key={path} path={path} element={guarded(path, element)} />
      ))}
      <Route path="*" element={<PageNotFound />} />
    </>
  );
}

function PageNotFound() {
  const { t } = useTranslation('app');
  return <Notice title={t('notFound.title')} text={t('notFound.text')} />;
}

function NotAllowed({ path, features }: { path: string; features: string[] }) {
  const { t } = useTranslation('app');
  return (
    <Notice title={t('notAllowed.title')} text={t(closedBecause(path, features) === 'feature' ? 'notAllowed.feature' : 'notAllowed.role')}>
      <Link to={paths.home}>{t('notAllowed.back')}</Link>
    </Notice>
  );
}
