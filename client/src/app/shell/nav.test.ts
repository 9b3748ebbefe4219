import { describe, expect, it } from 'vitest';
import { visibleNav } from './nav';

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
