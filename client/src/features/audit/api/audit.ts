import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getPage } from '../../../lib/api';
import type { Query, Row } from '../../../lib/api-types';
import { errorMessage } from '../../../lib/query';

export type AuditEntry = Row<'/api/audit'>;
export type AuditFilters = Pick<Query<'/api/audit'>, 'model' | 'action' | 'from' | 'to'>;

export const auditKeys = { page: (filters: AuditFilters, page: number) => ['audit', filters, page] as const };

/** A page of the audit log with the names of actors and records (resolved by the server), as PagedTable reads it. */
export function useAuditLog(filters: AuditFilters, page: number) {
  const q = useQuery({
    queryKey: auditKeys.page(filters, page),
    queryFn: () => getPage<AuditEntry>('/audit', { ...filters, page, limit: 50 }),
    placeholderData: keepPreviousData,
  });
  return {
    data: q.data ?? null,
    loading: q.isPending,
    error: q.isError ? errorMessage(q.error) : null,
    reload: () => void q.refetch(),
  };
}
