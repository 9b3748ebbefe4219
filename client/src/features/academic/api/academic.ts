import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, getPage } from '../../../lib/api';
import type { Row } from '../../../lib/api-types';

export type Year = Row<'/api/academic-years'>;
export type GradeLevel = Row<'/api/grade-levels'>;
export type Klass = Row<'/api/classes'>;
export type Subject = Row<'/api/subjects'>;

/**
 * Whole lists for pickers, keyed under their endpoint: when ResourcePage saves a record of an endpoint it
 * invalidates `[endpoint]`, and these refresh with it (a year added on Years is offered on Classes at once).
 */
const all = <T>(endpoint: string) => ({
  queryKey: [endpoint, { limit: 100 }],
  queryFn: () => getPage<T>(endpoint, { limit: 100 }),
});

export const useYears = () => useQuery(all<Year>('/academic-years'));
export const useGradeLevels = () => useQuery(all<GradeLevel>('/grade-levels'));

/** Adds a section to a class, or removes an empty one; the class lists refresh. */
export function useSectionChanges() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['/classes'] });
  return {
    add: useMutation({
      mutationFn: async ({ classId, name }: { classId: string; name: string }) =>
        (await api.post<Klass>(`/classes/${classId}/sections`, { name })).data,
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: ({ classId, sectionId }: { classId: string; sectionId: string }) =>
        api.delete(`/classes/${classId}/sections/${sectionId}`),
      onSuccess,
    }),
  };
}
