import { api } from '../../../lib/api';
import type { Row } from '../../../lib/api-types';

export type FoundStudent = Pick<Row<'/api/students'>, 'id' | 'admissionNumber' | 'firstName' | 'lastName'>;

/** Up to ten students whose name or admission number matches `term` (the server's search). */
export const searchStudents = async (term: string): Promise<FoundStudent[]> =>
  (await api.get<{ data: FoundStudent[] }>('/students', { params: { search: term, limit: 10 } })).data.data;
