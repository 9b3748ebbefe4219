import type { SessionUser } from '../../lib/session';

type Role = SessionUser['role'];
const EVERYONE: Role[] = ['admin', 'staff', 'teacher', 'parent', 'student'];
import { paths } from '../../config/paths';

export interface NavItem {
  to: string;
  label: string;
  roles: SessionUser['role'][];
  /** The school feature this needs; hidden when the school has it off. */
  feature?: string;
  group: NavGroup;
}

export const NAV_GROUPS = ['Today', 'People', 'Teaching', 'Office', 'School'] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

export const NAV: NavItem[] = [
  { to: paths.home, label: 'Home', roles: EVERYONE, group: 'Today' },
  { to: paths.timetable, label: 'Timetable', roles: EVERYONE, group: 'Today' },
  { to: paths.attendance, label: 'Attendance', roles: ['admin', 'teacher'], group: 'Today' },
  { to: paths.announcements, label: 'Announcements', roles: EVERYONE, group: 'Today' },
  { to: paths.students, label: 'Students', roles: EVERYONE, group: 'People' },
  { to: paths.teachers, label: 'Teachers', roles: ['admin', 'staff'], group: 'People' },
  { to: paths.guardians, label: 'Guardians', roles: ['admin', 'staff', 'teacher'], group: 'People' },
  { to: paths.admissions, label: 'Admissions', roles: ['admin', 'staff'], group: 'People' },
  { to: paths.classes, label: 'Classes', roles: ['admin', 'staff', 'teacher'], group: 'Teaching' },
  { to: paths.subjects, label: 'Subjects', roles: ['admin', 'staff', 'teacher'], group: 'Teaching' },
  { to: paths.exams, label: 'Exams', roles: EVERYONE, group: 'Teaching' },
  { to: paths.marks, label: 'Marks', roles: ['admin', 'teacher'], group: 'Teaching' },
  { to: paths.fees, label: 'Fees', roles: ['admin', 'staff'], feature: 'financialManagement', group: 'Office' },
  { to: paths.feeSetup, label: 'Fee setup', roles: ['admin'], feature: 'financialManagement', group: 'Office' },
  { to: paths.imports, label: 'Import', roles: ['admin'], group: 'Office' },
  { to: paths.rollover, label: 'Year end', roles: ['admin'], group: 'Office' },
  { to: paths.years, label: 'Years', roles: ['admin'], group: 'School' },
  { to: paths.gradeLevels, label: 'Grades', roles: ['admin'], group: 'School' },
  { to: paths.users, label: 'Users', roles: ['admin'], group: 'School' },
  { to: paths.settings, label: 'Settings', roles: ['admin'], group: 'School' },
  { to: paths.audit, label: 'Audit log', roles: ['admin'], group: 'School' },
  { to: paths.messages, label: 'Messages', roles: ['admin'], group: 'School' },
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
