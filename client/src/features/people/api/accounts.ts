import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Answer, Row } from '../../../lib/api-types';
import { resendInvitation, revokeInvitation } from '../invitation-api';

export type Account = Row<'/api/users'>;
export type IssuedInvitation = Answer<'/api/students/{id}/account', 'post'>;
/** The records that can have a sign-in account, by their API endpoint. */
export const RECORDS = { students: '/students', guardians: '/guardians', teachers: '/teachers' } as const;
export type RecordEndpoint = (typeof RECORDS)[keyof typeof RECORDS];

/**
 * The accounts a list of records points at, fetched together: every `accountOf` call made in the same tick goes
 * out as one `GET /users?ids=…` (a page of 20 guardians is one request, not twenty).
 */
let waiting: { ids: Set<string>; done: Promise<Map<string, Account>> } | null = null;
function accountOf(id: string): Promise<Account | null> {
  if (!waiting) {
    const ids = new Set<string>();
    const done = new Promise<Map<string, Account>>((resolve, reject) =>
      setTimeout(() => {
        waiting = null;
        api
          .get<{ data: Account[] }>('/users', { params: { ids: [...ids].join(','), limit: 100 } })
          .then((r) => resolve(new Map(r.data.data.map((a) => [a.id, a]))), reject);
      }, 0),
    );
    waiting = { ids, done };
  }
  waiting.ids.add(id);
  return waiting.done.then((m) => m.get(id) ?? null);
}

export const accountKey = (userId: string) => ['users', 'account', userId] as const;

/** The sign-in account linked to a record (admins only: others cannot read accounts). */
export const useAccount = (userId: string | null, enabled: boolean) =>
  useQuery({ queryKey: accountKey(userId ?? ''), queryFn: () => accountOf(userId!), enabled: enabled && Boolean(userId) });

/** Gives a record without an account an invited one: the email goes through the outbox; the link comes back. */
export function useInviteRecord(endpoint: RecordEndpoint, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (email: string) => (await api.post<IssuedInvitation>(`${endpoint}/${id}/account`, { email })).data,
    onSuccess: () => qc.invalidateQueries({ queryKey: [endpoint.slice(1)] }),
  });
}

export function useResendInvitation(userId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => resendInvitation(userId),
    onSuccess: () => qc.invalidateQueries({ queryKey: accountKey(userId) }),
  });
}

export function useRevokeInvitation(userId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => revokeInvitation(userId),
    onSuccess: () => qc.invalidateQueries({ queryKey: accountKey(userId) }),
  });
}
