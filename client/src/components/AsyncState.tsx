import type { ReactNode } from 'react';

/** Loading, error and empty states, the same everywhere. */
export function AsyncState({
  loading,
  error,
  empty,
  children,
}: {
  loading: boolean;
  error: string | null;
  empty?: boolean;
  children: ReactNode;
}) {
  if (loading) return <p role="status">Loading…</p>;
  if (error) return <p role="alert">{error}</p>;
  if (empty) return <p>Nothing here yet.</p>;
  return <>{children}</>;
}
