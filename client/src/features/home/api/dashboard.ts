import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { loadOptions } from '../../../lib/school-options';
import type { Answer } from '../../../lib/api-types';

export type OfficeDashboard = Answer<'/api/dashboard', 'get'>;
export type SetupChecklist = Answer<'/api/dashboard/setup', 'get'>;
export type TeacherDay = Answer<'/api/dashboard/teacher', 'get'>;
export type FamilyDay = Answer<'/api/dashboard/family', 'get'>;
export type Notifications = Answer<'/api/notifications', 'get'>;
export type Assignments = Answer<'/api/assignments/mine', 'get'>;

const get = async <T>(url: string, params?: Record<string, unknown>) => (await api.get<T>(url, { params })).data;

/*
 * The home pages are asked again each time they open (staleTime 0; the last answer shows meanwhile): people come
 * back to them after taking a register or adding a record elsewhere, and the figures must include it.
 */
const fresh = { staleTime: 0 } as const;

/** The office's figures (admin, staff). */
export const useOfficeDashboard = () => useQuery({ queryKey: ['/dashboard'], queryFn: () => get<OfficeDashboard>('/dashboard'), ...fresh });

/** The setup checklist: the admin comes back to it after each step, and the step just done must show as done. */
export const useSetupChecklist = (enabled: boolean) =>
  useQuery({ queryKey: ['/dashboard/setup'], queryFn: () => get<SetupChecklist>('/dashboard/setup'), enabled, ...fresh });

export const useTeacherDay = () =>
  useQuery({ queryKey: ['/dashboard/teacher'], queryFn: () => get<TeacherDay>('/dashboard/teacher'), ...fresh });

export const useFamilyDay = () =>
  useQuery({ queryKey: ['/dashboard/family'], queryFn: () => get<FamilyDay>('/dashboard/family'), ...fresh });

export const useNotifications = () =>
  useQuery({ queryKey: ['/notifications', { limit: 10 }], queryFn: () => get<Notifications>('/notifications', { limit: 10 }) });

/** A teacher's assignments, named ("1 A · Maths") from the school's lists. */
export const useMyClasses = () =>
  useQuery({
    queryKey: ['/assignments/mine', 'named'],
    queryFn: async () => {
      const [mine, options] = await Promise.all([get<Assignments>('/assignments/mine'), loadOptions()]);
      const label = (list: { value: string; label: string }[], v: string) => list.find((o) => o.value === v)?.label ?? '';
      return mine.assignments.map((a) => ({
        ...a,
        section: label(options.sections, `${a.classId}:${a.sectionId}`),
        subject: label(options.subjects, a.subjectId),
      }));
    },
  });
