import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Answer } from '../../../lib/api-types';

export type GuardianPage = Answer<'/api/guardians', 'get'>;

/** Guardians whose names (every word) or contacts match `search`, for picking one to attach. */
export const useGuardianSearch = (search: string) =>
  useQuery({
    queryKey: ['guardians', 'search', search],
    queryFn: async () => (await api.get<GuardianPage>('/guardians', { params: { search, limit: 10 } })).data.data,
    enabled: search.trim().length >= 2,
  });
