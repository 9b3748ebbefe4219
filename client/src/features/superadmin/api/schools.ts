import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getPage } from '../../../lib/api';
import { platformApi } from '../../../lib/platform-api';
import type { Answer, Body, Query, Row } from '../../../lib/api-types';
import { consoleKeys } from './keys';

export type SchoolRow = Row<'/api/superadmin/tenants'>;
export type School = Answer<'/api/superadmin/tenants/{id}', 'get'>;
export type SchoolsQuery = Query<'/api/superadmin/tenants'>;
export type NewSchool = Body<'/api/superadmin/tenants', 'post'>;
export type CreatedSchool = Answer<'/api/superadmin/tenants', 'post'>;
export type SchoolChange = Body<'/api/superadmin/tenants/{id}', 'patch'>;
export type StatusAction = 'suspend' | 'activate' | 'delete';

/** A page of the platform's schools, filtered and sorted by the server. */
export const listSchools = (params: SchoolsQuery) => getPage<SchoolRow>('/tenants', { ...params }, platformApi);

export function useSchools(params: SchoolsQuery) {
  return useQuery({ queryKey: consoleKeys.schools(params), queryFn: () => listSchools(params), placeholderData: keepPreviousData });
}

export function useSchool(id: string) {
  return useQuery({ queryKey: consoleKeys.school(id), queryFn: async () => (await platformApi.get<School>(`/tenants/${id}`)).data });
}

export function useStatusHistory(id: string) {
  return useQuery({
    queryKey: consoleKeys.statusHistory(id),
    queryFn: async () =>
      (await platformApi.get<Answer<'/api/superadmin/tenants/{id}/status-history', 'get'>>(`/tenants/${id}/status-history`)).data.data,
  });
}

/** Whether a subdomain can be used for a new school (checked with the platform, never a school's header). */
export function useSubdomainCheck(subdomain: string) {
  return useQuery({
    queryKey: consoleKeys.subdomain(subdomain),
    queryFn: async ({ signal }) =>
      (
        await platformApi.get<Answer<'/api/superadmin/subdomains/{subdomain}', 'get'>>(`/subdomains/${encodeURIComponent(subdomain)}`, {
          signal,
        })
      ).data,
    enabled: subdomain !== '',
    staleTime: 5_000,
  });
}

export function usePlans() {
  return useQuery({
    queryKey: consoleKeys.plans,
    queryFn: async () => (await platformApi.get<Answer<'/api/superadmin/plans', 'get'>>('/plans')).data.data,
    staleTime: Infinity,
  });
}

/** Every change to a school refreshes the console's lists and pages (status, plan and name show in several). */
function useConsoleMutation<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: consoleKeys.all }) });
}

export const useCreateSchool = () =>
  useConsoleMutation(async (body: NewSchool) => (await platformApi.post<CreatedSchool>('/tenants', body)).data);

export const useUpdateSchool = (id: string) =>
  useConsoleMutation(async (body: SchoolChange) => (await platformApi.patch<School>(`/tenants/${id}`, body)).data);

/** Suspends, activates (or restores) or deletes a school, with the reason kept in its status history. */
export const useChangeStatus = () =>
  useConsoleMutation(async ({ id, action, reason }: { id: string; action: StatusAction; reason?: string }) => {
    if (action === 'delete') return (await platformApi.delete<School>(`/tenants/${id}`, { params: reason ? { reason } : {} })).data;
    return (await platformApi.post<School>(`/tenants/${id}/${action}`, reason ? { reason } : {})).data;
  });
