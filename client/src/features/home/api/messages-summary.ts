import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Answer } from '../../../lib/api-types';

export type MessageSummary = Answer<'/api/messages/summary', 'get'>;

/** The school's messages of the last 7 days; not retried (staff the school has not opened communication to get 403). */
export const useMessageSummary = () =>
  useQuery({
    queryKey: ['/messages/summary'],
    queryFn: async () => (await api.get<MessageSummary>('/messages/summary')).data,
    retry: false,
  });
