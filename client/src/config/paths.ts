/** Every client route in one place. */
export const paths = {
  home: '/',
  students: '/students',
  classes: '/classes',
  subjects: '/subjects',
  teachers: '/teachers',
  attendance: '/attendance',
  announcements: '/announcements',
  superadmin: '/superadmin',
} as const;
