import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Row } from '../../../lib/api-types';

type SchoolClass = Row<'/api/classes'>;
export interface ClassOption {
  id: string;
  name: string;
  sections: { id: string; name: string }[];
}

export const fetchClassOptions = async (): Promise<ClassOption[]> =>
  (await api.get<{ data: SchoolClass[] }>('/classes', { params: { limit: 100, sort: 'name' } })).data.data.map((c) => ({
    id: c.id,
    name: c.name,
    sections: c.sections.map((s) => ({ id: s.id, name: s.name })),
  }));

/** The school's classes and their sections, for the class and section filters. */
export const useClassOptions = () => useQuery({ queryKey: ['classes', 'options'], queryFn: fetchClassOptions, staleTime: 5 * 60_000 });
