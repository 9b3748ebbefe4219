import { QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { errorBody } from './http';
import { i18n } from '../i18n';

/**
 * Server state for the whole app: one cache over the one axios client. Lists stay fresh for 30 s (a school's
 * records change by hand, not by the second); an answer the server gave on purpose (4xx) is not asked again,
 * a network failure or a 5xx/503 is retried twice. Writes invalidate the keys they change (see each feature's api/).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, err) => {
          const status = (err as { response?: { status?: number } }).response?.status;
          if (status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429) return false;
          return failures < 2;
        },
      },
      mutations: { retry: false },
    },
  });
}

/** The server's message for a failed query or mutation (in the person's language), or `fallback`. */
export const errorMessage = (err: unknown, fallback?: string): string => errorBody(err)?.message ?? fallback ?? i18n.t('couldNotLoad');

/** A query as the shared list components take it (`PagedTable`, `AsyncState`): data, loading, error text, reload. */
export function listState<T>(q: UseQueryResult<T>): { data: T | null; loading: boolean; error: string | null; reload: () => void } {
  return { data: q.data ?? null, loading: q.isPending, error: q.error ? errorMessage(q.error) : null, reload: () => void q.refetch() };
}
