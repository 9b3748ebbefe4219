import { useQuery } from '@tanstack/react-query';
import { platformApi } from '../../../lib/platform-api';
import type { Answer } from '../../../lib/api-types';
import { consoleKeys } from './keys';

export type Usage = Answer<'/api/superadmin/tenants/{id}/usage', 'get'>;
export type Overview = Answer<'/api/superadmin/overview', 'get'>;

/** A school's usage against its limits, requests and accounts signed in per day. */
export function useUsage(id: string) {
  return useQuery({ queryKey: consoleKeys.usage(id), queryFn: async () => (await platformApi.get<Usage>(`/tenants/${id}/usage`)).data });
}

/** The platform at a glance. */
export function useOverview() {
  return useQuery({ queryKey: consoleKeys.overview, queryFn: async () => (await platformApi.get<Overview>('/overview')).data });
}
