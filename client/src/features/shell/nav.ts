import type { SessionUser } from '../../lib/session';
import { paths } from '../../config/paths';

export interface NavItem {
  to: string;
  label: string;
  roles: SessionUser['role'][];
  /** The school feature this needs; hidden when the school has it off. */
  feature?: string;
}

export const NAV: NavItem[] = [
  { to: paths.home, label: 'Home', roles: ['admin', 'staff', 'teacher', 'parent', 'student'] },
  { to: paths.students, label: 'Students', roles: ['admin', 'staff', 'teacher', 'parent', 'student'] },
  { to: paths.classes, label: 'Classes', roles: ['admin', 'staff', 'teacher'] },
  { to: paths.subjects, label: 'Subjects', roles: ['admin', 'staff', 'teacher'] },
  { to: paths.teachers, label: 'Teachers', roles: ['admin', 'staff'] },
  { to: paths.guardians, label: 'Guardians', roles: ['admin', 'staff', 'teacher'] },
  { to: paths.years, label: 'Years', roles: ['admin'] },
  { to: paths.gradeLevels, label: 'Grades', roles: ['admin'] },
  { to: paths.attendance, label: 'Attendance', roles: ['admin', 'teacher'] },
  { to: paths.announcements, label: 'Announcements', roles: ['admin', 'staff', 'teacher', 'parent', 'student'] },
  { to: paths.exams, label: 'Exams', roles: ['admin', 'staff', 'teacher', 'parent', 'student'] },
  { to: paths.marks, label: 'Marks', roles: ['admin', 'teacher'] },
  { to: paths.fees, label: 'Fees', roles: ['admin', 'staff'], feature: 'financialManagement' },
  { to: paths.users, label: 'Users', roles: ['admin'] },
  { to: paths.settings, label: 'Settings', roles: ['admin'] },
];

/** What this user sees: their role's items, without the features the school has off. */
export function visibleNav(role: SessionUser['role'], features: string[]): NavItem[] {
  return NAV.filter((i) => i.roles.includes(role) && (!i.feature || features.includes(i.feature)));
}
