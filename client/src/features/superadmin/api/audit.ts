import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getPage } from '../../../lib/api';
import { platformApi } from '../../../lib/platform-api';
import type { Query, Row } from '../../../lib/api-types';
import { consoleKeys } from './keys';

export type AuditRow = Row<'/api/superadmin/audit'>;
export type AuditQuery = Query<'/api/superadmin/audit'>;

/** A page of the platform audit log (one school's lines with `tenantId`). */
export function usePlatformAudit(params: AuditQuery) {
  return useQuery({
    queryKey: consoleKeys.audit(params),
    queryFn: () => getPage<AuditRow>('/audit', { ...params }, platformApi),
    placeholderData: keepPreviousData,
  });
}
