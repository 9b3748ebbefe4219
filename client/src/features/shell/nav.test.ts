import { describe, expect, it } from 'vitest';
import { visibleNav } from './nav';

describe('role-aware navigation', () => {
  it('shows each role only what it may use', () => {
    expect(visibleNav('parent', []).map((i) => i.label)).toEqual(['Home', 'Students', 'Announcements']);
    expect(visibleNav('teacher', []).map((i) => i.label)).toContain('Attendance');
    expect(visibleNav('teacher', []).map((i) => i.label)).not.toContain('Teachers');
    expect(visibleNav('admin', []).map((i) => i.label)).toEqual([
      'Home',
      'Students',
      'Classes',
      'Subjects',
      'Teachers',
      'Guardians',
      'Years',
      'Grades',
      'Attendance',
      'Announcements',
      'Marks',
      'Users',
      'Settings',
    ]);
  });
});
