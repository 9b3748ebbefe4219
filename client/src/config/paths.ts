/** Every client route in one place. */
export const paths = {
  home: '/',
  students: '/students',
  attendance: '/attendance',
  announcements: '/announcements',
  superadmin: '/superadmin',
} as const;
