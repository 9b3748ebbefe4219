import type { TFunction } from 'i18next';
import { number } from '../../lib/format';

interface Limits {
  maxStudents: number;
  maxTeachers: number;
  maxStorageMb: number;
  requestsPerMinute: number;
}

/** A plan's or school's limits in a line ("1,000 students, 50 teachers, 1,000 MB, 100 requests a minute"), each count its plural. */
export const limitsText = (t: TFunction<'superadmin'>, l: Limits) =>
  t('limitsText', {
    students: t('counts.students', { count: l.maxStudents, n: number(l.maxStudents) }),
    teachers: t('counts.teachers', { count: l.maxTeachers, n: number(l.maxTeachers) }),
    storage: number(l.maxStorageMb, { style: 'unit', unit: 'megabyte' }),
    requests: t('counts.requestsPerMinute', { count: l.requestsPerMinute, n: number(l.requestsPerMinute) }),
  });
