import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { visibleNav as navItems } from './nav';

/** The menu's entries as an English reader sees them. */
const visibleNav = (...args: Parameters<typeof navItems>) => navItems(...args).map((i) => ({ label: i18n.t(`app:nav.${i.label}`) }));

describe('role-aware navigation', () => {
  it('shows each role only what it may use', () => {
    expect(visibleNav('parent', []).map((i) => i.label)).toEqual(['Home', 'Timetable', 'Announcements', 'Students', 'Exams']);
    expect(visibleNav('teacher', []).map((i) => i.label)).toContain('Attendance');
    expect(visibleNav('teacher', []).map((i) => i.label)).not.toContain('Teachers');
    // A feature the school has off vanishes from the navigation.
    expect(visibleNav('admin', []).map((i) => i.label)).not.toContain('Fees');
    expect(visibleNav('admin', ['financialManagement']).map((i) => i.label)).toContain('Fees');
    expect(visibleNav('admin', []).map((i) => i.label)).toEqual([
      'Home',
      'Timetable',
      'Attendance',
      'Announcements',
      'Students',
      'Teachers',
      'Guardians',
      'Admissions',
      'Classes',
      'Subjects',
      'Exams',
      'Marks',
      'Import',
      'Year end',
      'Years',
      'Grades',
      'Users',
      'Settings',
      'Audit log',
      'Messages',
    ]);
    expect(visibleNav('admin', ['financialManagement']).map((i) => i.label)).toContain('Fee setup');
    expect(visibleNav('staff', ['financialManagement']).map((i) => i.label)).not.toContain('Fee setup');
  });
});

describe('routes typed by hand', () => {
  it('open exactly what the menu would show', async () => {
    const { mayOpen } = await import('./nav');
    // A teacher at /fees (the menu hides Fees from teachers) is not allowed, whatever the school's plan.
    expect(mayOpen('/fees', 'teacher', ['financialManagement'])).toBe(false);
    expect(mayOpen('/fees', 'staff', ['financialManagement'])).toBe(true);
    expect(mayOpen('/fees', 'staff', [])).toBe(false);
    expect(mayOpen('/settings', 'teacher', [])).toBe(false);
    expect(mayOpen('/users', 'staff', [])).toBe(false);
    expect(mayOpen('/students/:id', 'parent', [])).toBe(true);
    expect(mayOpen('/account', 'student', [])).toBe(true);
    // A page listed nowhere is the admin's only.
    expect(mayOpen('/something-new', 'admin', [])).toBe(true);
    expect(mayOpen('/something-new', 'teacher', [])).toBe(false);
  });
});
