import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Answer, Body } from '../../../lib/api-types';

export type Register = Answer<'/api/attendance/sections/{sectionId}/{date}', 'get'>;
export type RegisterInput = Body<'/api/attendance/sections/{sectionId}/{date}', 'put'>;
export type Status = NonNullable<Register['students'][number]['status']>;
export const STATUSES: Status[] = ['present', 'absent', 'late', 'excused'];

const registerKey = (sectionId: string, date: string) => ['register', sectionId, date] as const;

export const useRegister = (sectionId: string, date: string) =>
  useQuery({
    queryKey: registerKey(sectionId, date),
    enabled: Boolean(sectionId && date),
    queryFn: async () => (await api.get<Register>(`/attendance/sections/${sectionId}/${date}`)).data,
  });

export function useSaveRegister(sectionId: string, date: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: RegisterInput) => (await api.put<Register>(`/attendance/sections/${sectionId}/${date}`, input)).data,
    onSuccess: (register) => {
      qc.setQueryData(registerKey(sectionId, date), register);
      void qc.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}

/** Sections ("6A A") to take a register for. */
export const useSections = () =>
  useQuery({
    queryKey: ['classes', { limit: 100 }, 'sections'],
    queryFn: async () => {
      const { data } = await api.get<{ data: { id: string; name: string; sections: { id: string; name: string }[] }[] }>('/classes', {
        params: { limit: 100 },
      });
      return data.data.flatMap((c) => c.sections.map((s) => ({ id: s.id, label: `${c.name} ${s.name}` })));
    },
  });
