import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Answer, Body, Query } from '../../../lib/api-types';

export type Student = Answer<'/api/students/{id}', 'get'>;
export type StudentOverview = Answer<'/api/students/{id}/overview', 'get'>;
export type StudentPage = Answer<'/api/students', 'get'>;
export type StudentList = Query<'/api/students'>;
export type NewStudent = Body<'/api/students', 'post'>;
export type StudentChanges = Body<'/api/students/{id}', 'patch'>;
export type AttachGuardian = Body<'/api/students/{id}/guardians', 'post'>;
export type Guardian = StudentOverview['guardians'][number];

export const studentKeys = {
  all: ['students'] as const,
  list: (params: Partial<StudentList>) => ['students', 'list', params] as const,
  one: (id: string) => ['students', id] as const,
  overview: (id: string) => ['students', id, 'overview'] as const,
};

export const useStudents = (params: Partial<StudentList>) =>
  useQuery({
    queryKey: studentKeys.list(params),
    queryFn: async () => (await api.get<StudentPage>('/students', { params })).data,
    placeholderData: keepPreviousData,
  });

export const useStudent = (id: string) =>
  useQuery({ queryKey: studentKeys.one(id), queryFn: async () => (await api.get<Student>(`/students/${id}`)).data });

/** Class, guardians (in the caller's scope), this term's absences by date, fees by term, next exams. */
export const useStudentOverview = (id: string) =>
  useQuery({
    queryKey: studentKeys.overview(id),
    queryFn: async () => (await api.get<StudentOverview>(`/students/${id}/overview`)).data,
  });

/** A new student; a 409 POSSIBLE_DUPLICATE comes back as the error (send again with `confirmDuplicate: true`). */
export function useCreateStudent() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewStudent) => (await api.post<Student>('/students', body)).data,
    onSuccess: () => qc.invalidateQueries({ queryKey: studentKeys.all }),
  });
}

export function useUpdateStudent(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: StudentChanges) => (await api.patch<Student>(`/students/${id}`, body)).data,
    onSuccess: () => qc.invalidateQueries({ queryKey: studentKeys.all }),
  });
}

/** Moves the student to another class or section (the server keeps the placement history). */
export function useMoveStudent(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: { classId: string; sectionId: string }) => (await api.post<Student>(`/students/${id}/move`, body)).data,
    onSuccess: () => qc.invalidateQueries({ queryKey: studentKeys.all }),
  });
}

export function useAttachGuardian(studentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: AttachGuardian) => (await api.post<Student>(`/students/${studentId}/guardians`, body)).data,
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: studentKeys.all }), qc.invalidateQueries({ queryKey: ['guardians'] })]),
  });
}

export function useDetachGuardian(studentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (guardianId: string) => (await api.delete<Student>(`/students/${studentId}/guardians/${guardianId}`)).data,
    onSuccess: () => qc.invalidateQueries({ queryKey: studentKeys.all }),
  });
}

/** The printable report card of a term, opened in a new tab. */
export async function openReportCard(studentId: string, termId: string) {
  const pdf = await api.get<Blob>(`/report-cards/${studentId}/terms/${termId}`, { params: { format: 'pdf' }, responseType: 'blob' });
  window.open(URL.createObjectURL(pdf.data), '_blank');
}

export type ReportCard = Answer<'/api/report-cards/{studentId}/terms/{termId}', 'get'>;

/** The term's report card, or null when there is none yet (the page shows the rest anyway). */
export const useReportCard = (studentId: string, termId: string | undefined) =>
  useQuery({
    queryKey: ['report-cards', studentId, termId],
    queryFn: async () => (await api.get<ReportCard>(`/report-cards/${studentId}/terms/${termId}`).catch(() => ({ data: null }))).data,
    enabled: Boolean(termId),
  });
