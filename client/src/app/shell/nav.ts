import type { SessionUser } from '../../lib/session';
import type app from '../../i18n/locales/en/app.json';
import { paths } from '../../config/paths';

type Role = SessionUser['role'];
const EVERYONE: Role[] = ['admin', 'staff', 'teacher', 'parent', 'student'];

/** A menu entry's word in the `app` namespace (`nav.<label>`), so the menu reads in the shown language. */
export type NavLabel = Exclude<keyof (typeof app)['nav'], 'label' | 'groups'>;

export interface NavItem {
  to: string;
  label: NavLabel;
  roles: SessionUser['role'][];
  /** The school feature this needs; hidden when the school has it off. */
  feature?: string;
  group: NavGroup;
}

export const NAV_GROUPS = ['today', 'people', 'teaching', 'office', 'school'] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

export const NAV: NavItem[] = [
  { to: paths.home, label: 'home', roles: EVERYONE, group: 'today' },
  { to: paths.timetable, label: 'timetable', roles: EVERYONE, group: 'today' },
  { to: paths.attendance, label: 'attendance', roles: ['admin', 'teacher'], group: 'today' },
  { to: paths.announcements, label: 'announcements', roles: EVERYONE, group: 'today' },
  { to: paths.students, label: 'students', roles: EVERYONE, group: 'people' },
  { to: paths.teachers, label: 'teachers', roles: ['admin', 'staff'], group: 'people' },
  { to: paths.guardians, label: 'guardians', roles: ['admin', 'staff', 'teacher'], group: 'people' },
  { to: paths.admissions, label: 'admissions', roles: ['admin', 'staff'], group: 'people' },
  { to: paths.classes, label: 'classes', roles: ['admin', 'staff', 'teacher'], group: 'teaching' },
  { to: paths.subjects, label: 'subjects', roles: ['admin', 'staff', 'teacher'], group: 'teaching' },
  { to: paths.exams, label: 'exams', roles: EVERYONE, group: 'teaching' },
  { to: paths.marks, label: 'marks', roles: ['admin', 'teacher'], group: 'teaching' },
  { to: paths.fees, label: 'fees', roles: ['admin', 'staff'], feature: 'financialManagement', group: 'office' },
  { to: paths.feeSetup, label: 'feeSetup', roles: ['admin'], feature: 'financialManagement', group: 'office' },
  { to: paths.imports, label: 'imports', roles: ['admin'], group: 'office' },
  { to: paths.rollover, label: 'rollover', roles: ['admin'], group: 'office' },
  { to: paths.years, label: 'years', roles: ['admin'], group: 'school' },
  { to: paths.gradeLevels, label: 'gradeLevels', roles: ['admin'], group: 'school' },
  { to: paths.users, label: 'users', roles: ['admin'], group: 'school' },
  { to: paths.settings, label: 'settings', roles: ['admin'], group: 'school' },
  { to: paths.audit, label: 'audit', roles: ['admin'], group: 'school' },
  { to: paths.messages, label: 'messages', roles: ['admin'], group: 'school' },
];

/** Pages the menu does not list, with who may open them (a link leads there). */
export const UNLISTED: Omit<NavItem, 'label' | 'group'>[] = [
  { to: `${paths.students}/:id`, roles: EVERYONE },
  { to: paths.account, roles: EVERYONE },
  // Families open their own invoices and receipts (the server keeps them to their children); teachers never.
  { to: paths.feeInvoice, roles: ['admin', 'staff', 'parent', 'student'], feature: 'financialManagement' },
  { to: paths.feeReceipt, roles: ['admin', 'staff', 'parent', 'student'], feature: 'financialManagement' },
  { to: paths.feeDefaulters, roles: ['admin', 'staff'], feature: 'financialManagement' },
];

/**
 * Whether this user may open the page at route `to` (a route pattern as in `paths`): the same map as the menu, so an
 * address typed by hand opens exactly what the menu would show. A page listed nowhere is open to admins only.
 */
export function mayOpen(to: string, role: Role, features: string[]): boolean {
  const item = NAV.find((i) => i.to === to) ?? UNLISTED.find((i) => i.to === to);
  if (!item) return role === 'admin';
  return item.roles.includes(role) && (!item.feature || features.includes(item.feature));
}

/** Why a page is closed to this user: their role, or the school's plan. */
export function closedBecause(to: string, features: string[]): 'feature' | 'role' {
  const item = NAV.find((i) => i.to === to);
  return item?.feature && !features.includes(item.feature) ? 'feature' : 'role';
}

/** What this user sees, in group order: their role's items, without the features the school has off. */
export function visibleNav(role: Role, features: string[]): NavItem[] {
  return NAV.filter((i) => i.roles.includes(role) && (!i.feature || features.includes(i.feature)));
}
