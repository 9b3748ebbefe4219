import type { UseQueryResult } from '@tanstack/react-query';
import { errorMessage } from '../../../lib/query';

/** A query as the shared list components read it (`PagedTable`, `AsyncState`). */
export const listState = <T>(q: UseQueryResult<T>) => ({
  data: q.data ?? null,
  loading: q.isPending,
  error: q.error ? errorMessage(q.error) : null,
});
