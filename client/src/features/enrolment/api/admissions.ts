import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, getPage } from '../../../lib/api';
import type { Body, Row } from '../../../lib/api-types';

export type Application = Row<'/api/admissions'>;
export type NewApplication = Body<'/api/admissions', 'post'>;

const keys = { all: ['admissions'] as const, list: (status: string, page: number) => ['admissions', { status, page }] as const };

/** One page of applications, optionally of one status. */
export const useApplications = (status: string, page: number) =>
  useQuery({ queryKey: keys.list(status, page), queryFn: () => getPage<Application>('/admissions', { page, limit: 20, status }) });

/** The writes of this page; each refreshes the list (enrolling also adds a student, so student lists too). */
export function useAdmissionActions() {
  const qc = useQueryClient();
  const done = () => Promise.all([qc.invalidateQueries({ queryKey: keys.all }), qc.invalidateQueries({ queryKey: ['students'] })]);
  return {
    create: useMutation({ mutationFn: (body: NewApplication) => api.post('/admissions', body), onSuccess: done }),
    decide: useMutation({
      mutationFn: ({ id, action, reason }: { id: string; action: 'accept' | 'reject'; reason?: string }) =>
        api.post(`/admissions/${id}/${action}`, reason ? { reason } : {}),
      onSuccess: done,
    }),
    enrol: useMutation({
      mutationFn: ({ id, classId, sectionId }: { id: string; classId: string; sectionId: string }) =>
        api.post(`/admissions/${id}/enrol`, { classId, sectionId }),
      onSuccess: done,
    }),
  };
}
