import type { SessionUser } from '../../lib/session';
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
  { to: paths.home, label: 'Home', roles: ['admin', 'staff', 'teacher', 'parent', 'student'], group: 'Today' },
  { to: paths.timetable, label: 'Timetable', roles: ['admin', 'staff', 'teacher', 'parent', 'student'], group: 'Today' },
  { to: paths.attendance, label: 'Attendance', roles: ['admin', 'teacher'], group: 'Today' },
  { to: paths.announcements, label: 'Announcements', roles: ['admin', 'staff', 'teacher', 'parent', 'student'], group: 'Today' },
  { to: paths.students, label: 'Students', roles: ['admin', 'staff', 'teacher', 'parent', 'student'], group: 'People' },
  { to: paths.teachers, label: 'Teachers', roles: ['admin', 'staff'], group: 'People' },
  { to: paths.guardians, label: 'Guardians', roles: ['admin', 'staff', 'teacher'], group: 'People' },
  { to: paths.admissions, label: 'Admissions', roles: ['admin', 'staff'], group: 'People' },
  { to: paths.classes, label: 'Classes', roles: ['admin', 'staff', 'teacher'], group: 'Teaching' },
  { to: paths.subjects, label: 'Subjects', roles: ['admin', 'staff', 'teacher'], group: 'Teaching' },
  { to: paths.exams, label: 'Exams', roles: ['admin', 'staff', 'teacher', 'parent', 'student'], group: 'Teaching' },
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

/** What this user sees, in group order: their role's items, without the features the school has off. */
export function visibleNav(role: SessionUser['role'], features: string[]): NavItem[] {
  return NAV.filter((i) => i.roles.includes(role) && (!i.feature || features.includes(i.feature)));
}
