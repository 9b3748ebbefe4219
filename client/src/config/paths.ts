/** Every client route in one place. */
export const paths = {
  home: '/',
  students: '/students',
  classes: '/classes',
  subjects: '/subjects',
  teachers: '/teachers',
  guardians: '/guardians',
  gradeLevels: '/grade-levels',
  years: '/academic-years',
  users: '/users',
  settings: '/settings',
  marks: '/marks',
  exams: '/exams',
  fees: '/fees',
  attendance: '/attendance',
  announcements: '/announcements',
  superadmin: '/superadmin',
} as const;
