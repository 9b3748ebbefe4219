import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Answer, Body, Row } from '../../../lib/api-types';

export type Sheet = Answer<'/api/exams/{id}/marks', 'get'>;
export type MarksInput = Body<'/api/exams/{id}/marks', 'put'>;
export type Exam = Row<'/api/exams'>;
export interface Choice {
  id: string;
  label: string;
}

const marksKey = (examId: string, sectionId: string) => ['marks', examId, sectionId] as const;

export async function getSheet(examId: string, sectionId: string): Promise<Sheet> {
  return (await api.get<Sheet>(`/exams/${examId}/marks`, { params: { sectionId } })).data;
}

export const useSheet = (examId: string, sectionId: string) =>
  useQuery({ queryKey: marksKey(examId, sectionId), queryFn: () => getSheet(examId, sectionId), enabled: Boolean(examId && sectionId) });

export function useSaveMarks(examId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: MarksInput) => (await api.put<Sheet>(`/exams/${examId}/marks`, input)).data,
    onSuccess: (sheet) => qc.setQueryData(marksKey(examId, sheet.sectionId), sheet),
  });
}

/** The exams of a class and subject, newest first. */
export const useExams = (classId: string, subjectId: string) =>
  useQuery({
    queryKey: ['exams', { classId, subjectId }],
    enabled: Boolean(classId && subjectId),
    queryFn: async () =>
      (await api.get<{ data: Exam[] }>('/exams', { params: { classId, subjectId, limit: 100, sort: '-date' } })).data.data,
  });

/** Sections ("6A A") and subjects to pick from. */
export const useSectionChoices = () =>
  useQuery({
    queryKey: ['classes', { limit: 100 }],
    queryFn: async () => {
      const { data } = await api.get<{ data: { id: string; name: string; sections: { id: string; name: string }[] }[] }>('/classes', {
        params: { limit: 100 },
      });
      return data.data.flatMap((c) => c.sections.map((s) => ({ id: `${c.id}:${s.id}`, label: `${c.name} ${s.name}` })));
    },
  });

export const useSubjectChoices = () =>
  useQuery({
    queryKey: ['subjects', { limit: 100 }],
    queryFn: async () => {
      const { data } = await api.get<{ data: { id: string; code: string; name: string }[] }>('/subjects', { params: { limit: 100 } });
      return data.data.map((s): Choice => ({ id: s.id, label: `${s.code} ${s.name}` }));
    },
  });
