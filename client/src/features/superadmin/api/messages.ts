import { useQuery } from '@tanstack/react-query';
import { platformApi } from '../../../lib/platform-api';
import type { Answer } from '../../../lib/api-types';
import { consoleKeys } from './keys';

export type MessagingOverview = Answer<'/api/superadmin/messages', 'get'>;
export type SchoolMessaging = Answer<'/api/superadmin/tenants/{id}/messages', 'get'>;

/** The platform's message queue and each school's sending of the last 7 days. */
export function useMessagingOverview() {
  return useQuery({
    queryKey: consoleKeys.messages,
    queryFn: async () => (await platformApi.get<MessagingOverview>('/messages')).data,
    // Queue figures move by the minute.
    staleTime: 0,
  });
}

export function useSchoolMessaging(id: string) {
  return useQuery({
    queryKey: consoleKeys.schoolMessages(id),
    queryFn: async () => (await platformApi.get<SchoolMessaging>(`/tenants/${id}/messages`)).data,
  });
}
